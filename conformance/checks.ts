import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { DEPENDENCY_OBJECT_TYPES } from '../src/promotion/checks/dependencies.js'
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
import { LOOKUP_FIELDS, type DependencySample, type FlowSample, type LookupSample } from './findings.js'

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
  /** What the flow lookup answered, for the same report. */
  lookup: LookupSample
  /** The body of a 429, if one came (none is provoked). */
  tooManyRequests?: unknown
}

export async function runConformance(target: Target): Promise<Conformance> {
  const results: CheckResult[] = []
  const flows: FlowSample[] = []
  const dependencies: DependencySample[] = []
  const lookup: LookupSample = {}
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
  if (!token) return { results, flows, dependencies, lookup }

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

  await check('flows: GET /api/v2/flows/lookup answers the flows asked for, with the fields a read has', () =>
    checkLookup(lookupCandidates(flow, flows), get, lookup)
  )

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
  return { results, flows, dependencies, lookup, tooManyRequests }
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

/** The known flows looked up: at most this many, one request of ids well under any cap. */
export const LOOKUP_FLOWS = 10

type ReadFlowAnswer = z.output<typeof FlowSchema>

/**
 * The flows to look up, each as a read answered it: the one read in detail (`GET /api/v2/flows/{id}`),
 * then listed ones, each once, at most {@link LOOKUP_FLOWS}. Their fields are what the lookup's
 * entries are compared with.
 */
export function lookupCandidates(detailed: ReadFlowAnswer | undefined, listed: FlowSample[]): ReadFlowAnswer[] {
  const chosen = detailed?.id ? [detailed] : []
  for (const sample of listed) {
    const parsed = FlowSchema.safeParse(sample.body)
    if (parsed.success && parsed.data.id && !chosen.some((f) => f.id === parsed.data.id)) chosen.push(parsed.data)
  }
  return chosen.slice(0, LOOKUP_FLOWS)
}

/**
 * One lookup of known flow ids and an id no flow has, the way the SDK sends it (one `id` parameter,
 * comma-joined; `pageSize=50`, as the action asks), every page. It throws (the check fails) when the
 * lookup is refused or does not parse with the action's schema, leaves out a flow that was just read,
 * answers the unknown id, or lacks a field (`LOOKUP_FIELDS`) that the read of the same flow carried:
 * then a lookup cannot stand in for reads before a write. Whether it pages at `pageSize=1`, and what
 * it does with repeated `id` parameters, are findings (two more requests), not failures.
 */
export async function checkLookup(
  known: ReadFlowAnswer[],
  get: (path: string) => Promise<Response>,
  sample: LookupSample,
  unknownId: string = randomUUID()
): Promise<string> {
  const flows = known.filter((f): f is ReadFlowAnswer & { id: string } => !!f.id)
  sample.asked = flows.length
  if (!flows.length) return 'no flow to look up (the org lists none)'
  const ids = [...flows.map((f) => f.id), unknownId]
  const commaJoined = `id=${ids.map(encodeURIComponent).join(',')}`

  const first = await lookupPage(get, `${commaJoined}&pageNumber=1&pageSize=50`, sample)
  sample.answerKeys = first.keys
  sample.pageSize = first.listing.pageSize
  sample.pageCount = first.listing.pageCount
  sample.entry = first.firstEntry
  const entries = [...first.listing.entities]
  // A platform whose page holds fewer than the ids asked: the rest, never more pages than ids.
  for (let n = 2; n <= Math.min(first.listing.pageCount ?? 1, ids.length); n++) {
    entries.push(...(await lookupPage(get, `${commaJoined}&pageNumber=${n}&pageSize=50`, sample)).listing.entities)
  }
  const answered = new Map(entries.flatMap((f) => (f.id ? [[f.id.toLowerCase(), f] as const] : [])))
  sample.found = flows.filter((f) => answered.has(f.id.toLowerCase())).length
  sample.unknownAnswered = answered.has(unknownId.toLowerCase())
  sample.fields = compareFields(flows, answered)

  if (sample.found >= 2) sample.paging = await probePaging(get, commaJoined)
  sample.repeatedIds = await probeRepeatedIds(get, ids, answered)

  const missing = flows.length - sample.found
  if (missing) throw new Error(`left out ${missing} of ${flows.length} flows that were just read`)
  if (sample.unknownAnswered) throw new Error('answered an id no flow has')
  const lacking = LOOKUP_FIELDS.filter((field) => sample.fields?.[field]?.lacking)
  if (lacking.length)
    throw new Error(
      `its entries lack ${lacking.join(', ')}, which the read of the same flow carried: a lookup cannot stand in for a read of those fields`
    )
  const present = LOOKUP_FIELDS.map((field) => `${field} ${sample.fields?.[field]?.present ?? 0}`).join(', ')
  return `${sample.found} of ${flows.length} flows answered, an unknown id left out; entries carrying each field: ${present}; at pageSize=1: ${sample.paging ?? 'not tried'}; repeated id parameters: ${sample.repeatedIds}`
}

/** One page of a lookup; a refusal or an answer the schema does not read throws, recorded in `sample`. */
async function lookupPage(get: (path: string) => Promise<Response>, query: string, sample: LookupSample) {
  const response = await get(`/api/v2/flows/lookup?${query}`)
  const text = await response.text()
  sample.status = response.status
  if (response.status !== 200) {
    const error = ErrorBodySchema.safeParse(jsonOrUndefined(text))
    sample.code = error.success ? error.data.code : undefined
    throw new Error(`HTTP ${response.status} ${sample.code ?? '(no code)'}: ${text.slice(0, 200)}`)
  }
  const raw = parseJson(text, 200)
  try {
    const listing = parse(FlowListingSchema, raw)
    const entities = (raw as { entities?: unknown }).entities
    return {
      listing,
      keys: Object.keys(raw as object).sort(),
      firstEntry: Array.isArray(entities) ? (entities[0] as unknown) : undefined
    }
  } catch (err) {
    sample.shapeError = (err as Error).message
    throw err
  }
}

/** Per field: the entries that carry it, and those that lack it though the read of the same flow had it. */
function compareFields(
  read: (ReadFlowAnswer & { id: string })[],
  answered: Map<string, ReadFlowAnswer>
): NonNullable<LookupSample['fields']> {
  const fields: NonNullable<LookupSample['fields']> = {}
  for (const field of LOOKUP_FIELDS) {
    const tally = { present: 0, lacking: 0 }
    for (const flow of read) {
      const entry = answered.get(flow.id.toLowerCase())
      if (!entry) continue
      if (entry[field] !== undefined) tally.present += 1
      else if (flow[field] !== undefined) tally.lacking += 1
    }
    fields[field] = tally
  }
  return fields
}

/** The same ids at `pageSize=1`: does the lookup page like the platform's other listings? */
async function probePaging(get: (path: string) => Promise<Response>, commaJoined: string): Promise<string> {
  const response = await get(`/api/v2/flows/lookup?${commaJoined}&pageNumber=1&pageSize=1`)
  const text = await response.text()
  if (response.status !== 200) return `HTTP ${response.status}`
  const listing = FlowListingSchema.safeParse(jsonOrUndefined(text))
  if (!listing.success) return 'an answer the schema does not read'
  const { entities, pageCount } = listing.data
  if (entities.length > 1) return 'ignores pageSize'
  return entities.length === 1 && (pageCount ?? 0) >= 2
    ? 'pages'
    : `${entities.length} entries, pageCount ${pageCount ?? 'absent'}`
}

/** The ids as repeated `id` parameters (the API definition's `multi` form), compared with the comma-joined answer. */
async function probeRepeatedIds(
  get: (path: string) => Promise<Response>,
  ids: string[],
  commaAnswer: Map<string, ReadFlowAnswer>
): Promise<string> {
  const query = ids.map((id) => `id=${encodeURIComponent(id)}`).join('&')
  const response = await get(`/api/v2/flows/lookup?${query}&pageNumber=1&pageSize=50`)
  const text = await response.text()
  if (response.status !== 200) {
    const error = ErrorBodySchema.safeParse(jsonOrUndefined(text))
    return `HTTP ${response.status} ${error.success ? (error.data.code ?? '(no code)') : '(no error body)'}`
  }
  const listing = FlowListingSchema.safeParse(jsonOrUndefined(text))
  if (!listing.success) return 'an answer the schema does not read'
  const answered = new Set(listing.data.entities.flatMap((f) => (f.id ? [f.id.toLowerCase()] : [])))
  const same = answered.size === commaAnswer.size && [...answered].every((id) => commaAnswer.has(id))
  return same ? 'accepted, the same flows' : `accepted, ${answered.size} flows (comma-joined: ${commaAnswer.size})`
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A finding's body: what is not JSON is simply not read. */
function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
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
