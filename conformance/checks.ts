import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { DEPENDENCY_OBJECT_TYPES } from '../src/promotion/dependencies.js'
import {
  ConsumedResourcesListingSchema,
  ErrorBodySchema,
  FlowListingSchema,
  FlowSchema,
  FlowVersionListingSchema,
  FlowVersionSchema,
  OrganizationSchema,
  TokenSchema
} from '../src/genesys/schemas.js'
import type { DependencySample, FlowSample } from './findings.js'

/**
 * Read-only checks of the platform shapes the action relies on. They run against the emulator in
 * CI, and against a real org with a user's credentials, which is how the emulator's assumptions are
 * confirmed where they matter. Nothing here writes.
 */
export interface Target {
  loginUrl: string
  apiUrl: string
  clientId: string
  clientSecret: string
  /** A flow to read in detail; the first flow listed otherwise. */
  flowId?: string
}

export interface CheckResult {
  name: string
  passed: boolean
  detail: string
}

export interface Conformance {
  results: CheckResult[]
  /** Raw flow answers, for the shareable report (`findings.ts`). */
  flows: FlowSample[]
  /** What dependency tracking answered for the flows asked about, for the same report. */
  dependencies: DependencySample[]
  /** The body of a 429, if one came (none is provoked). */
  tooManyRequests?: unknown
}

export async function runConformance(target: Target): Promise<Conformance> {
  const results: CheckResult[] = []
  const flows: FlowSample[] = []
  const dependencies: DependencySample[] = []
  let tooManyRequests: unknown
  const check = async (name: string, body: () => Promise<string>) => {
    try {
      results.push({ name, passed: true, detail: await body() })
    } catch (err) {
      results.push({ name, passed: false, detail: (err as Error).message })
    }
  }
  const correlationIds: boolean[] = []

  let token = ''
  await check('login: client credentials grant answers a bearer token', async () => {
    const response = await fetch(`${target.loginUrl}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${target.clientId}:${target.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded'
      },
      body: 'grant_type=client_credentials'
    })
    const body = parse(TokenSchema, await json(response, 200))
    token = body.access_token
    return `token_type ${body.token_type ?? '?'}, expires_in ${body.expires_in ?? '?'} s`
  })
  if (!token) return { results, flows, dependencies }

  const get = async (path: string) => {
    const response = await fetch(`${target.apiUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
    correlationIds.push(response.headers.has('inin-correlation-id'))
    if (response.status === 429)
      tooManyRequests = await response
        .clone()
        .json()
        .catch(() => undefined)
    return response
  }

  await check('organization: GET /api/v2/organizations/me', async () => {
    const org = parse(OrganizationSchema, await json(await get('/api/v2/organizations/me'), 200))
    return `${org.name ?? ''} (${org.id})`
  })

  let flow: z.output<typeof FlowSchema> | undefined
  await check('flows: listing pages with pageNumber/pageSize/pageCount', async () => {
    const first = parse(FlowListingSchema, await json(await get('/api/v2/flows?pageSize=1&pageNumber=1'), 200))
    if (first.pageCount === undefined || first.pageSize === undefined) {
      throw new Error('the listing has no pageCount or pageSize: the client falls back to reading until a short page')
    }
    if (first.total !== undefined && first.pageCount !== Math.ceil(first.total / first.pageSize)) {
      throw new Error(`pageCount ${first.pageCount} for total ${first.total} at pageSize ${first.pageSize}`)
    }
    if (first.pageCount > 1) {
      const second = parse(FlowListingSchema, await json(await get('/api/v2/flows?pageSize=1&pageNumber=2'), 200))
      if (second.entities[0]?.id === first.entities[0]?.id) throw new Error('page 2 repeats page 1')
    }
    flow = first.entities[0]
    return `${first.total ?? '?'} flows, ${first.pageCount} pages of 1`
  })

  await check('flow: GET /api/v2/flows/{id} has the fields the snapshot reads', async () => {
    const id = target.flowId ?? flow?.id
    if (!id) throw new Error('no flow to read: the org has no flows (pass --flow-id)')
    flow = parse(FlowSchema, await json(await get(`/api/v2/flows/${id}`), 200))
    return `${flow.name} (${flow.type}), published ${flow.publishedVersion?.id ?? 'none'}, checked in ${flow.checkedInVersion?.id ?? 'none'}`
  })

  await check('flows: name is a contains-match and type is a lowercase filter', async () => {
    if (!flow?.name || !flow.type) throw new Error('no flow read with a name and a type')
    const part = flow.name.slice(0, Math.max(1, Math.floor(flow.name.length / 2)))
    const listing = parse(
      FlowListingSchema,
      await json(
        await get(`/api/v2/flows?name=${encodeURIComponent(part)}&type=${flow.type.toLowerCase()}&pageSize=100`),
        200
      )
    )
    if (!listing.entities.some((f) => f.id === flow!.id)) throw new Error(`"${part}" did not find "${flow.name}"`)
    return `"${part}" found "${flow.name}" among ${listing.entities.length}`
  })

  await check('versions: listing pages and a version reads by id', async () => {
    if (!flow) throw new Error('no flow read')
    const listing = parse(
      FlowVersionListingSchema,
      await json(await get(`/api/v2/flows/${flow.id}/versions?pageSize=1&pageNumber=1`), 200)
    )
    const first = listing.entities[0]
    if (!first?.id) return 'the flow has no versions'
    const version = parse(
      FlowVersionSchema,
      await json(await get(`/api/v2/flows/${flow.id}/versions/${encodeURIComponent(first.id)}`), 200)
    )
    return `${listing.total ?? '?'} versions; ${version.id} is ${version.type ?? 'untyped'}`
  })

  await check('errors: 404 not.found with the ErrorBody shape, contextId = ININ-Correlation-Id', async () => {
    const response = await get(`/api/v2/flows/${randomUUID()}`)
    const body = parse(ErrorBodySchema, await json(response, 404))
    if (body.code !== 'not.found') throw new Error(`code ${body.code}`)
    const header = response.headers.get('inin-correlation-id')
    if (!header || body.contextId !== header) throw new Error(`contextId ${body.contextId} vs header ${header}`)
    return `${body.code}, correlation id ${header}`
  })

  await check('shapes: the first page of flows, for the report of what the evidence left open', async () => {
    const listing = (await json(await get('/api/v2/flows?pageSize=100&pageNumber=1'), 200)) as { entities?: unknown[] }
    for (const body of listing.entities ?? []) flows.push({ body })
    const parsed = parse(FlowListingSchema, listing)
    return `${parsed.entities.length} flows read; each parses`
  })

  // The table the action maps a flow's type with, asked of the flow read in detail and a few listed.
  for (const candidate of dependencyCandidates(flow, flows)) {
    const known = candidate.flow.type ? DEPENDENCY_OBJECT_TYPES[candidate.flow.type.toUpperCase()] : undefined
    const mapping = known ? ` → ${known.objectType}` : ''
    await check(
      `dependency tracking: consumedresources of ${candidate.detailed ? 'the flow read in detail' : 'a listed flow'} (${candidate.flow.type?.toUpperCase() ?? 'no type'}${mapping})`,
      () => checkConsumedResources(candidate.flow, candidate.detailed, get, dependencies)
    )
  }

  await check('every API response carries ININ-Correlation-Id', async () => {
    if (!correlationIds.length || correlationIds.includes(false))
      throw new Error(`${correlationIds.filter((c) => !c).length} of ${correlationIds.length} lacked it`)
    return `${correlationIds.length} of ${correlationIds.length}`
  })
  return { results, flows, dependencies, tooManyRequests }
}

/** The flows whose dependencies are asked about: at most this many requests. */
export const DEPENDENCY_FLOWS = 5
const PERMISSION = 'architect:dependencyTracking:view'

/** What the check reads of a flow (a `FlowSchema` answer, read in detail or listed). */
interface FlowRead {
  id?: string
  name?: string
  type?: string
  publishedVersion?: { id?: string }
  checkedInVersion?: { id?: string }
}

/**
 * The flow read in detail, then listed flows: one of each type not yet covered first (a second
 * flow of a type tells nothing more about the mapping), then others (one may consume something,
 * which shows an entry's shape); at most {@link DEPENDENCY_FLOWS}.
 */
export function dependencyCandidates(
  detailed: FlowRead | undefined,
  listed: FlowSample[]
): { flow: FlowRead; detailed: boolean }[] {
  const chosen: { flow: FlowRead; detailed: boolean }[] = detailed?.id ? [{ flow: detailed, detailed: true }] : []
  const others = listed
    .map((sample) => FlowSchema.safeParse(sample.body))
    .flatMap((parsed) => (parsed.success && parsed.data.id && parsed.data.id !== detailed?.id ? [parsed.data] : []))
  const types = new Set(chosen.map((c) => c.flow.type?.toUpperCase()))
  const firstOfType = others.filter((f) => !types.has(f.type?.toUpperCase()) && types.add(f.type?.toUpperCase()))
  const rest = others.filter((f) => !firstOfType.includes(f))
  for (const flow of [...firstOfType, ...rest]) chosen.push({ flow, detailed: false })
  return chosen.slice(0, DEPENDENCY_FLOWS)
}

/**
 * One read of `GET /api/v2/architect/dependencytracking/consumedresources` the way the action makes
 * it (its port's `consumedResources`): the flow's type mapped by `DEPENDENCY_OBJECT_TYPES`, the
 * published version (the checked-in one when none is published), the first page of 100. It records
 * what came back in `samples` and answers the check's detail; it throws (the check fails) when the
 * answer does not parse with the action's schema, or the platform refuses the mapping (a 400: users
 * should report it) or the read (any status but 403). A type the table lacks and a 403 (the client
 * lacks the permission: nothing is learnt about the mapping) are findings, not failures.
 */
export async function checkConsumedResources(
  flow: FlowRead,
  detailed: boolean,
  get: (path: string) => Promise<Response>,
  samples: DependencySample[]
): Promise<string> {
  const flowType = flow.type?.toUpperCase()
  const known = flowType ? DEPENDENCY_OBJECT_TYPES[flowType] : undefined
  const sample: DependencySample = { detailed, flowType, objectType: known?.objectType, assumed: known?.assumed }
  samples.push(sample)
  if (!known) {
    sample.outcome = 'not in the table'
    return `type ${flowType ?? '(not given)'}: not in the table; the action skips its dependency check for it with a warning (please report the type)`
  }
  const version = flow.publishedVersion?.id
    ? { id: flow.publishedVersion.id, kind: 'published' as const }
    : flow.checkedInVersion?.id
      ? { id: flow.checkedInVersion.id, kind: 'checked-in' as const }
      : undefined
  if (!version || !flow.id) {
    sample.outcome = 'no version'
    return 'no published or checked-in version to ask about'
  }
  sample.version = version.kind

  const query = new URLSearchParams({
    id: flow.id,
    version: version.id,
    objectType: known.objectType,
    pageNumber: '1',
    pageSize: '100'
  })
  const response = await get(`/api/v2/architect/dependencytracking/consumedresources?${query}`)
  const text = await response.text()
  sample.status = response.status
  const asked = `${flow.name ?? flow.id} (${version.kind} version ${version.id}) as ${known.objectType}${known.assumed ? ' (an assumed pair)' : ''}`
  if (response.status !== 200) {
    sample.outcome = response.status === 403 ? 'forbidden' : 'refused'
    const error = parse(ErrorBodySchema, parseJson(text, response.status))
    sample.code = error.code
    const answer = `HTTP ${response.status} ${error.code ?? '(no code)'}`
    if (response.status === 403)
      return `${answer}: the OAuth client lacks ${PERMISSION}; the mapping is not tested (the action skips its dependency check with a warning)`
    if (response.status === 400)
      throw new Error(
        `${asked} refused, ${answer}: the mapping ${flowType} → ${known.objectType} is wrong for this type; please report it (the action skips its dependency check for these flows)`
      )
    throw new Error(`${asked} refused, ${answer}: ${text.slice(0, 200)}`)
  }
  const raw = parseJson(text, 200) as { entities?: unknown[] }
  sample.outcome = 'accepted'
  sample.answerKeys = raw && typeof raw === 'object' ? Object.keys(raw).sort() : []
  let listing: z.output<typeof ConsumedResourcesListingSchema>
  try {
    listing = parse(ConsumedResourcesListingSchema, raw)
  } catch (err) {
    sample.shapeError = (err as Error).message
    throw new Error(`${asked}: accepted, but ${sample.shapeError}`, { cause: err })
  }
  sample.entries = listing.total ?? listing.entities.length
  sample.pageCount = listing.pageCount
  sample.entry = Array.isArray(raw.entities) ? raw.entities[0] : undefined
  sample.entryTypes = listing.entities.map((d) => d.type ?? '(no type)')
  const pages = listing.pageCount === undefined ? 'no pageCount' : `pageCount ${listing.pageCount} at pageSize 100`
  return `${asked}: accepted, ${plural(sample.entries, 'entry', 'entries')} (${pages}); the answer parses`
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function parseJson(text: string, status: number): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}`)
  }
}

async function json(response: Response, expected: number): Promise<unknown> {
  const text = await response.text()
  if (response.status !== expected)
    throw new Error(`HTTP ${response.status} (expected ${expected}): ${text.slice(0, 200)}`)
  return JSON.parse(text)
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new Error(`unexpected shape at ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  }
  return result.data
}
