import { randomBytes, randomUUID } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { flowAggregates } from './analytics.js'
import { Jobs } from './jobs.js'
import { startObjectStore, type ObjectStore } from './object-store.js'
import { errorBody, page, renderDependency, renderFlow, renderOperation, renderVersion } from './render.js'
import { FaultSchema, parseScenario, type Fault, type Scenario, type ScenarioInput } from './scenario.js'
import { HOME_DIVISION } from './grants.js'
import { OrgState, PlatformFault, type FlowState } from './state.js'

/** One request as the emulator saw it: tests count calls and prove that no write happened. */
export interface RequestRecord {
  seq: number
  /** Epoch ms when the request arrived. */
  at: number
  /** Epoch ms when its answer was sent (a dropped connection has none). */
  answeredAt?: number
  method: string
  path: string
  query: string
  status: number
  correlationId: string
  clientId?: string
  /** A call that changes the platform (POST /api/v2/flows/actions/...). */
  write: boolean
  fault?: string
  /** The client had closed the connection before the answer was ready (it timed out). */
  clientGone?: boolean
  /** The access token this request minted. */
  token?: string
}

export interface EmulatorOptions {
  scenario?: Scenario | ScenarioInput
  port?: number
  host?: string
  now?: () => number
  /**
   * Called with each request of the platform API once it is answered, or its connection dropped
   * (`status` -1): the command line's `--log`. The record holds the token a login minted: never print it.
   */
  onRequest?: (record: Readonly<RequestRecord>) => void
}

export interface Emulator {
  url: string
  state: OrgState
  /** The export and import jobs, and the object store behind their signed URLs (another origin). */
  jobs: Jobs
  objectStore: ObjectStore
  requests: RequestRecord[]
  /** Every write: the platform's (publish, deactivate, import job) and the object store's uploads. */
  writes(): RequestRecord[]
  /** Every access token whose answer went out (not to a client that had given up), so tests can prove none leaked. */
  issuedTokens(): string[]
  addFault(fault: Partial<Fault>): void
  close(): Promise<void>
}

interface TokenRecord {
  clientId: string
  clientName: string
  expiresAt: number
  calls: number
  maxCalls: number
  window: number[]
}

interface ActiveFault {
  fault: Fault
  pattern?: RegExp
  seen: number
}

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {}
  ) {}
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')
    )
    .join('.*')
  return new RegExp(`^${source}$`)
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const scenario = parseScenario(options.scenario ?? {})
  const now = options.now ?? (() => Date.now())
  const state = new OrgState(scenario, now)
  const tokens = new Map<string, TokenRecord>()
  const requests: RequestRecord[] = []
  const faults: ActiveFault[] = []
  const addFault = (input: Partial<Fault>) => {
    const fault = FaultSchema.parse(input)
    faults.push({ fault, pattern: fault.match.path ? globToRegExp(fault.match.path) : undefined, seen: 0 })
  }
  scenario.faults.forEach(addFault)
  const objectStore = await startObjectStore(
    () => jobs,
    options.host ?? '127.0.0.1',
    now,
    (method, path) => matchFault({ method, path })
  )
  const jobs = new Jobs(state, () => objectStore.url)

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500).end(String(err))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const correlationId = randomUUID()
    const url = new URL(req.url ?? '/', 'http://emulator')
    const body = await readBody(req)
    const record: RequestRecord = {
      seq: requests.length + 1,
      at: now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      status: 0,
      correlationId,
      write:
        req.method === 'POST' &&
        (url.pathname.startsWith('/api/v2/flows/actions/') || url.pathname === '/api/v2/flows/jobs')
    }
    requests.push(record)

    const fault = matchFault(record)
    if (fault) record.fault = describeFault(fault)
    // A fault that is not `applied` strikes before the platform sees the request.
    if (fault && !fault.applied && !fault.malformed) {
      if (fault.delayMs) await sleep(fault.delayMs)
      if (fault.drop) return dropConnection(req, record)
    }
    if (scenario.latencyMs) await sleep(scenario.latencyMs)

    let answer = fault?.status && !fault.applied ? faultAnswer(fault, correlationId) : answerFor(req, url, body, record)
    if (fault && (fault.applied || fault.malformed)) {
      if (fault.delayMs) await sleep(fault.delayMs)
      if (fault.drop) return dropConnection(req, record)
      if (fault.status) answer = faultAnswer(fault, correlationId)
    }
    record.status = answer.status
    record.clientGone = req.socket.destroyed
    let payload = answer.body === undefined ? '' : JSON.stringify(answer.body)
    if (fault?.malformed) payload = payload.slice(0, Math.max(1, Math.floor(payload.length / 2)))
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      'inin-correlation-id': correlationId,
      ...answer.headers
    })
    record.answeredAt = now()
    res.end(payload)
    options.onRequest?.(record)
  }

  function answerFor(req: IncomingMessage, url: URL, body: string, record: RequestRecord): HttpAnswer {
    try {
      return route(req.method ?? 'GET', url, body, req.headers.authorization, record)
    } catch (err) {
      if (err instanceof PlatformFault) {
        return new HttpAnswer(err.status, errorBody(err.status, err.code, err.message, record.correlationId))
      }
      if (err instanceof HttpAnswer) return err
      throw err
    }
  }

  function dropConnection(req: IncomingMessage, record: RequestRecord): void {
    record.status = -1
    req.socket.destroy()
    options.onRequest?.(record)
  }

  function matchFault(record: Pick<RequestRecord, 'method' | 'path'>): Fault | undefined {
    for (const active of faults) {
      const { match, skip, times } = active.fault
      if (match.method && match.method.toUpperCase() !== record.method) continue
      if (active.pattern && !active.pattern.test(record.path)) continue
      active.seen += 1
      if (active.seen > skip && (times === 0 || active.seen <= skip + times)) return active.fault
    }
    return undefined
  }

  function faultAnswer(fault: Fault, correlationId: string): HttpAnswer {
    const status = fault.status!
    const headers: Record<string, string> = {}
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
    if (status === 429) return tooManyRequests(fault.retryAfter ?? 1, correlationId)
    const code = fault.code ?? FAULT_CODES[status] ?? 'error'
    return new HttpAnswer(
      status,
      errorBody(status, code, fault.message ?? `Injected failure ${status}`, correlationId),
      headers
    )
  }

  function fail(status: number, code: string, message: string, record: RequestRecord): never {
    throw new HttpAnswer(status, errorBody(status, code, message, record.correlationId))
  }

  function route(
    method: string,
    url: URL,
    body: string,
    authorization: string | undefined,
    record: RequestRecord
  ): HttpAnswer {
    const path = url.pathname
    if (path === '/oauth/token' && method === 'POST') return token(body, authorization, record)
    if (!path.startsWith('/api/v2/')) fail(404, 'not.found', 'The requested resource was not found', record)

    const caller = authenticate(authorization, record)
    const q = url.searchParams

    if (method === 'GET' && path === '/api/v2/organizations/me') {
      return new HttpAnswer(200, { ...scenario.organization, state: 'active', selfUri: '/api/v2/organizations/me' })
    }
    // Both need no permission: they say what the caller may do.
    if (method === 'GET' && path === '/api/v2/authorization/subjects/me') {
      return new HttpAnswer(200, state.grants.subject(caller))
    }
    if (method === 'GET' && path === '/api/v2/authorization/divisionspermitted/paged/me') {
      const permission = q.get('permission')
      if (!permission) fail(400, 'bad.request', 'The permission query parameter is required.', record)
      const permitted = state.grants.divisionsPermitted(caller.id, permission)
      const divisions = permitted.divisions.map((d) => ({
        ...d,
        homeDivision: d.id === HOME_DIVISION.id,
        selfUri: `/api/v2/authorization/divisions/${d.id}`
      }))
      return new HttpAnswer(200, { ...page(divisions, q, path), allDivsPermitted: permitted.all })
    }
    // A flow in a division where the caller may not view flows is left out of listings (assumed).
    const viewable = (flow: FlowState) => state.grants.permits(caller.id, 'architect:flow:view', flow.division)
    if (method === 'GET' && path === '/api/v2/flows') {
      const flows = state
        .listFlows(q.get('name') ?? undefined, q.getAll('type'), q.get('deleted') === 'true')
        .filter(viewable)
      return new HttpAnswer(
        200,
        page(
          flows.map((f) => renderFlow(f, now())),
          q,
          path
        )
      )
    }
    // Before `/flows/{id}`, which would take `lookup` for an id.
    if (method === 'GET' && path === '/api/v2/flows/lookup') {
      const found = page(
        state.lookupFlows(lookupIds(q, scenario.lookup.idForms)).filter(viewable),
        q,
        path,
        scenario.lookup.maxPageSize
      )
      const entities = found.entities.map((f) => renderFlow(f, now()))
      // Only the page answered was read; each flow's read counts after it is rendered, as a single read's does.
      for (const flow of found.entities) state.noteRead(flow)
      return new HttpAnswer(200, { ...found, entities })
    }
    if (method === 'POST' && path === '/api/v2/flows/actions/publish') {
      return new HttpAnswer(200, renderOperation(state.requestPublish(q.get('flow'), q.get('version'), caller), now()))
    }
    if (method === 'POST' && path === '/api/v2/flows/export/jobs') {
      state.require(caller, 'architect:jobExport:create')
      const job = jobs.startExport(parseJson(body))
      return new HttpAnswer(200, { id: job.id, status: 'Started', totalFlows: job.items.length })
    }
    if (method === 'POST' && path === '/api/v2/flows/validate/jobs') {
      state.require(caller, 'architect:jobValidate:create')
      const job = jobs.startValidate(parseJson(body))
      return new HttpAnswer(200, {
        id: job.id,
        status: 'Started',
        totalFlows: job.items.length,
        selfUri: `/api/v2/flows/validate/jobs/${job.id}`
      })
    }
    const validateJob = /^\/api\/v2\/flows\/validate\/jobs\/([^/]+)$/.exec(path)
    if (method === 'GET' && validateJob) {
      state.require(caller, 'architect:jobValidate:view')
      return new HttpAnswer(200, jobs.validateState(decodeURIComponent(validateJob[1]!)))
    }
    const exportJob = /^\/api\/v2\/flows\/export\/jobs\/([^/]+)$/.exec(path)
    if (method === 'GET' && exportJob) {
      state.require(caller, 'architect:jobExport:view')
      return new HttpAnswer(200, jobs.exportState(decodeURIComponent(exportJob[1]!)))
    }
    if (method === 'POST' && path === '/api/v2/flows/jobs') {
      state.require(caller, 'architect:job:create')
      const job = jobs.registerImport(caller)
      return new HttpAnswer(200, {
        id: job.id,
        presignedUrl: `${objectStore.url}/uploads/${job.uploadToken}`,
        headers: job.uploadHeaders
      })
    }
    const importJob = /^\/api\/v2\/flows\/jobs\/([^/]+)$/.exec(path)
    if (method === 'GET' && importJob) {
      state.require(caller, 'architect:job:view')
      return new HttpAnswer(200, jobs.importState(decodeURIComponent(importJob[1]!)))
    }
    if (method === 'GET' && path === '/api/v2/architect/dependencytracking/consumedresources') {
      state.require(caller, 'architect:dependencyTracking:view')
      const flowId = q.get('id')
      const consumed = state.consumedResources(flowId, q.get('version'), q.get('objectType'), q.getAll('resourceType'))
      const nulls = state.flows.get(flowId!)?.explicitNulls ?? false
      // pageSize is capped at 100 (assumed), as Terraform's provider asks for 100 a page.
      return new HttpAnswer(
        200,
        page(
          consumed.map((d) => renderDependency(d, nulls)),
          q,
          path,
          100
        )
      )
    }
    // A read sent as a POST: not a write.
    if (method === 'POST' && path === '/api/v2/analytics/flows/aggregates/query') {
      state.require(caller, 'analytics:flowAggregate:view')
      return new HttpAnswer(200, flowAggregates(state, parseJson(body)))
    }
    if (method === 'GET' && path === '/api/v2/architect/dependencytracking') {
      state.require(caller, 'architect:dependencyTracking:view')
      // `objectType` repeated (the API definition) or comma-joined (the SDK's `multi`), or both.
      const types = q
        .getAll('objectType')
        .flatMap((t) => t.split(','))
        .filter(Boolean)
      const found = state.findObjects(q.get('name'), types)
      return new HttpAnswer(
        200,
        page(
          found.map((d) => renderDependency(d)),
          q,
          path,
          100
        )
      )
    }
    if (method === 'POST' && path === '/api/v2/flows/actions/unlock') {
      return new HttpAnswer(200, renderFlow(state.requestUnlock(q.get('flow'), caller), now()))
    }
    if (method === 'POST' && path === '/api/v2/flows/actions/deactivate') {
      return new HttpAnswer(200, renderFlow(state.requestDeactivate(q.get('flow'), caller), now()))
    }

    const m = /^\/api\/v2\/flows\/([^/]+)(\/versions(?:\/([^/]+))?)?$/.exec(path)
    if (method === 'GET' && m) {
      const flowId = decodeURIComponent(m[1]!)
      const flow = state.readFlow(flowId, q.get('deleted') === 'true')
      state.require(caller, 'architect:flow:view', flow)
      if (!m[2]) {
        const rendered = renderFlow(flow, now())
        state.noteRead(flow)
        return new HttpAnswer(200, rendered)
      }
      if (!m[3])
        return new HttpAnswer(
          200,
          page(
            [...flow.versions.values()].map((v) => renderVersion(flow, v)),
            q,
            path
          )
        )
      return new HttpAnswer(200, renderVersion(flow, state.readVersion(flowId, decodeURIComponent(m[3]))))
    }
    fail(404, 'not.found', 'The requested resource was not found', record)
  }

  function token(body: string, authorization: string | undefined, record: RequestRecord): HttpAnswer {
    const form = new URLSearchParams(body)
    if (form.get('grant_type') !== 'client_credentials') {
      return new HttpAnswer(400, {
        error: 'unsupported_grant_type',
        description: 'grant type not supported',
        error_description: 'grant type not supported'
      })
    }
    const basic = /^Basic (.+)$/i.exec(authorization ?? '')
    const [id, secret] = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(/:(.*)/s) : []
    const client = scenario.clients.find((c) => c.id === id && c.secret === secret)
    if (!client) {
      // A client of another region is "not found" here too: the region gives the same answer.
      const description = scenario.clients.some((c) => c.id === id) ? 'authentication failed' : 'client not found'
      return new HttpAnswer(scenario.loginRefusalStatus, {
        error: 'invalid_client',
        description,
        error_description: description
      })
    }
    record.clientId = client.id
    const accessToken = randomBytes(32).toString('base64url')
    record.token = accessToken
    tokens.set(accessToken, {
      clientId: client.id,
      clientName: client.name ?? client.id,
      expiresAt: now() + client.tokenLifetimeSeconds * 1000,
      calls: 0,
      maxCalls: client.tokenExpiresAfterCalls,
      window: []
    })
    return new HttpAnswer(200, {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: client.tokenLifetimeSeconds
    })
  }

  function authenticate(authorization: string | undefined, record: RequestRecord) {
    const bearer = /^Bearer (.+)$/i.exec(authorization ?? '')
    if (!bearer)
      fail(401, 'authentication.required', 'No authentication bearer token specified in authorization header.', record)
    const t = tokens.get(bearer[1]!)
    if (!t) fail(401, 'bad.credentials', 'Invalid login credentials.', record)
    record.clientId = t.clientId
    if (now() >= t.expiresAt || (t.maxCalls > 0 && t.calls >= t.maxCalls)) {
      fail(401, 'credentials.expired', 'The authentication token has expired.', record)
    }
    const { requests: limit, windowSeconds } = scenario.rateLimit
    if (limit > 0) {
      const windowMs = windowSeconds * 1000
      while (t.window.length && t.window[0]! <= now() - windowMs) t.window.shift()
      if (t.window.length >= limit) {
        const seconds = Math.max(1, Math.ceil((t.window[0]! + windowMs - now()) / 1000))
        throw tooManyRequests(seconds, record.correlationId)
      }
      t.window.push(now())
    }
    t.calls += 1
    return { id: t.clientId, name: t.clientName }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  const openSockets = new Set<import('node:net').Socket>()
  server.on('connection', (socket) => {
    openSockets.add(socket)
    socket.on('close', () => openSockets.delete(socket))
  })

  return {
    url: `http://${address.address}:${address.port}`,
    state,
    jobs,
    objectStore,
    requests,
    writes: () => [
      ...requests.filter((r) => r.write),
      ...objectStore.requests
        .filter((r) => r.method === 'PUT')
        .map((r, i) => ({
          seq: -(i + 1),
          at: r.at,
          method: r.method,
          path: `object store ${r.path}`,
          query: '',
          status: r.status,
          correlationId: '',
          write: true
        }))
    ],
    issuedTokens: () => requests.filter((r) => r.token && !r.clientGone && r.status === 200).map((r) => r.token!),
    addFault,
    close: () =>
      Promise.all([
        objectStore.close(),
        new Promise<void>((resolve) => {
          for (const socket of openSockets) socket.destroy()
          server.close(() => resolve())
        })
      ]).then(() => undefined)
  }
}

/**
 * A lookup's ids: repeated `id` parameters (`?id=a&id=b`, the API definition's `multi` form) or one
 * comma-joined value (`?id=a,b`, what the SDK sends), or both; as the scenario's `lookup.idForms`
 * says the platform reads them.
 */
function lookupIds(query: URLSearchParams, forms: readonly string[]): string[] {
  const values = forms.includes('repeated') ? query.getAll('id') : query.getAll('id').slice(0, 1)
  return values
    .flatMap((value) => (forms.includes('comma-joined') ? value.split(',') : [value]))
    .map((id) => id.trim())
    .filter(Boolean)
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    throw new PlatformFault(400, 'bad.request', 'The request body is not JSON.')
  }
}

/** Error codes the platform uses for these statuses (reference: error codes table). */
const FAULT_CODES: Record<number, string> = {
  401: 'credentials.expired',
  403: 'missing.permissions',
  404: 'not.found',
  409: 'conflict',
  500: 'internal.server.error',
  502: 'bad.gateway',
  503: 'service.unavailable',
  504: 'request.timeout'
}

function describeFault(fault: Fault): string {
  const what = fault.malformed
    ? 'malformed body'
    : fault.drop
      ? 'drop'
      : fault.status
        ? String(fault.status)
        : `delay ${fault.delayMs ?? 0}ms`
  return fault.applied ? `${what} after processing` : what
}

/** The platform's normalized 429 (since November 2021): Retry-After in seconds, and the same in the body. */
function tooManyRequests(seconds: number, correlationId: string): HttpAnswer {
  return new HttpAnswer(
    429,
    errorBody(
      429,
      'too.many.requests.retry.after',
      `Rate limit exceeded the maximum. Retry the request in [${seconds}] seconds`,
      correlationId
    ),
    { 'retry-after': String(seconds) }
  )
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
