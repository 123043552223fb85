import { createHash } from 'node:crypto'
import { CHECKED_FIELDS } from '../src/promotion/platform/flow-reads.js'

/**
 * What a real org answers where public evidence left the shape open, as a short report a user can
 * paste into a public issue: shapes and counts only. Every string value is replaced by a
 * placeholder naming its kind (`<id>`, `<name>`, `<email>`, `<uri>`, `<date>`, `<text>`); our own
 * client id becomes its fingerprint; enum-like values (`VALIDATE`, `SUCCESS`, `INBOUNDCALL`) stay,
 * as do version ids such as 3.0, which carry nothing about the org.
 */

type Json = unknown

export interface FlowSample {
  /** The raw body of one flow as a read or a listing answered it. */
  body: Json
}

/** What dependency tracking answered for one flow (`checks.ts`). Nothing in it names the org. */
export interface DependencySample {
  /** The flow read in detail (`--flow-id`, or the first listed), or another listed flow. */
  detailed: boolean
  /** The flow's type as read, uppercase. */
  flowType?: string
  /** What the action's table maps the type to; absent when the table lacks the type. */
  objectType?: string
  /** The table marks the pair assumed: no public source confirms it. */
  assumed?: true
  /** Which version was asked about. */
  version?: 'published' | 'checked-in'
  outcome?: 'accepted' | 'refused' | 'forbidden' | 'not in the table' | 'no version'
  status?: number
  /** The error body's code, on a refusal. */
  code?: string
  /** Accepted: the answer's `total` (the first page's count when absent). */
  entries?: number
  pageCount?: number
  /** Accepted: the answer's top-level keys. */
  answerKeys?: string[]
  /** Accepted: each entry's `type` on the first page (dependency tracking's vocabulary). */
  entryTypes?: string[]
  /** Accepted: the first entry as it came, for its shape. */
  entry?: Json
  /** Accepted, but the action's schema does not read it: where and why. */
  shapeError?: string
}

/** The flow fields the lookup is compared on: what the action's checks before a write read. */
export const LOOKUP_FIELDS = ['id', ...CHECKED_FIELDS] as const
export type LookupField = (typeof LOOKUP_FIELDS)[number]

/** What `GET /api/v2/flows/lookup` answered (`checks.ts`). Counts and one redacted entry: nothing names the org. */
export interface LookupSample {
  /** Flows asked for that the listing or a read showed, and of them, how many the lookup answered. */
  asked?: number
  found?: number
  /** An id no flow has was asked too; true when the lookup answered it (it must not). */
  unknownAnswered?: boolean
  status?: number
  /** The error body's code, on a refusal. */
  code?: string
  /** The answer's top-level keys, and its paging at `pageSize=50`. */
  answerKeys?: string[]
  pageSize?: number
  pageCount?: number
  /** Per field: entries that carry it, and entries that lack it though the read of the same flow had it. */
  fields?: Partial<Record<LookupField, { present: number; lacking: number }>>
  /** The same ids at `pageSize=1`: one flow a page and a `pageCount` above 1, or all at once. */
  paging?: string
  /** The same ids as repeated `id` parameters instead of the SDK's comma-joined one. */
  repeatedIds?: string
  /** The first entry as it came, for its shape. */
  entry?: Json
  /** The answer does not parse with the action's schema: where and why. */
  shapeError?: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ENUM = /^[A-Z][A-Z0-9_]*$/
const VERSION = /^\d+(\.\d+)*$/
const KEEP_KEYS = new Set(['actionName', 'actionStatus', 'type', 'errorCode'])

/** `sha256:` + 12 hex: the form the audit record uses for a client id that must not be shown. */
export function fingerprint(value: string): string {
  return `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 12)}`
}

/** A JSON value with every identifying string replaced by a placeholder of its kind. */
export function redact(value: Json, ourClientId: string, key = ''): Json {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && /^date/i.test(key)) return '<date>'
    if (typeof value !== 'string') return value
    if (value === ourClientId) return `<our client ${fingerprint(ourClientId)}>`
    if (KEEP_KEYS.has(key) && ENUM.test(value)) return value
    if (VERSION.test(value) || /^saved_version_/.test(value))
      return value.startsWith('saved_') ? '<saved version id>' : value
    if (UUID.test(value) || key === 'id') return '<id>'
    if (/^[^@\s]+@[^@\s]+$/.test(value)) return '<email>'
    if (/^(https?:\/\/|\/api\/)/.test(value)) return '<uri>'
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return '<date>'
    return key === 'name' ? '<name>' : '<text>'
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, ourClientId, key))
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, ourClientId, k)]))
}

/** Every path (a.b.c) under `value` whose value is null. */
function nullPaths(value: Json, at = ''): string[] {
  if (value === null) return [at]
  if (typeof value !== 'object') return []
  return Object.entries(value as Record<string, Json>).flatMap(([k, v]) => nullPaths(v, at ? `${at}.${k}` : k))
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON of unknown shape
function actorKind(op: Record<string, any>, ourClientId: string): string {
  const filled = (ref: unknown) => !!ref && typeof ref === 'object' && Object.keys(ref).length > 0
  const client = op.client?.id === ourClientId ? 'our client' : 'another client'
  if (filled(op.user)) return filled(op.client) ? `a user and ${client}` : 'a user'
  if (filled(op.client)) return op.user ? `${client}, with user {}` : client
  if (op.user) return 'user {}'
  return op.client ? 'client {}' : 'no actor'
}

function count(items: string[]): string {
  const tally = new Map<string, number>()
  for (const item of items) tally.set(item, (tally.get(item) ?? 0) + 1)
  return [...tally].map(([item, n]) => `${item} ×${n}`).join(', ') || 'none'
}

/** The open questions of docs/platform.md, answered from what the org returned. */
export function findings(flows: FlowSample[], ourClientId: string, tooManyRequests?: Json): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON of unknown shape
  const bodies = flows.map((f) => f.body as Record<string, any>)
  const nulls = bodies.flatMap((b) => nullPaths(b))
  const ops = bodies.map((b) => b.currentOperation).filter((op) => op && typeof op === 'object')
  const embedded = bodies.flatMap((b) =>
    ['publishedVersion', 'checkedInVersion', 'savedVersion'].map((k) => b[k]).filter((v) => v && typeof v === 'object')
  )
  const locks = bodies.flatMap((b) =>
    ['lockedUser', 'lockedClient']
      .filter((k) => b[k] && typeof b[k] === 'object')
      .map((k) => `${k}${Object.keys(b[k]).length ? '' : ' {}'}`)
  )
  return [
    `flows read: ${bodies.length}`,
    `explicit nulls: ${nulls.length ? count(nulls) : 'none (absent fields are omitted)'}`,
    `never published (publishedVersion absent): ${bodies.filter((b) => !('publishedVersion' in b)).length}; as null: ${bodies.filter((b) => b.publishedVersion === null).length}`,
    `currentOperation by action: ${count(ops.map((op) => String(op.actionName ?? '(none)')))}`,
    `currentOperation by actor: ${count(ops.map((op) => actorKind(op, ourClientId)))}`,
    `currentOperation without "complete": ${ops.filter((op) => op.complete === undefined || op.complete === null).length}`,
    `embedded versions: ${embedded.length}; with type: ${embedded.filter((v) => v.type != null).length}; with dateCreated: ${embedded.filter((v) => v.dateCreated != null).length}; id ≠ configurationVersion: ${embedded.filter((v) => v.configurationVersion !== undefined && v.configurationVersion !== v.id).length}`,
    `lock fields: ${count(locks)}`,
    `429 body keys: ${
      tooManyRequests && typeof tooManyRequests === 'object'
        ? Object.keys(tooManyRequests).sort().join(', ')
        : 'no 429 was seen (none is provoked: the check is read-only)'
    }`
  ]
}

/** An enum-like value (a flow type) as it is, anything else as a placeholder. */
function safeType(value: string | undefined): string {
  if (value === undefined) return '(no type)'
  return ENUM.test(value) ? value : '<text>'
}

/** A platform error code (`bad.request`, `missing.permissions`) as it is, anything else as a placeholder. */
function safeCode(value: string | undefined): string {
  if (value === undefined) return '(no code)'
  return ENUM.test(value) || /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/.test(value) ? value : '<text>'
}

/** One line per flow asked about: its type, the table's objectType, and what the platform said. */
export function dependencyFindings(samples: DependencySample[]): string[] {
  if (!samples.length) return ['no flow was asked about (no flow was read)']
  return samples.map((s) => {
    const flowType = safeType(s.flowType)
    const which = s.detailed ? 'the flow read in detail' : 'a listed flow'
    if (s.outcome === 'not in the table' || !s.objectType)
      return `type ${flowType}: not in the table (${which}); the action skips its dependency check for it with a warning: please report the type`
    const pair = `${flowType} → ${s.objectType}${s.assumed ? ' (assumed)' : ''}`
    if (s.outcome === 'no version') return `${pair} (${which}): not asked, no published or checked-in version`
    const asked = `${pair} (${which}, ${s.version ?? '?'} version)`
    const answer = `HTTP ${s.status ?? '?'} ${safeCode(s.code)}`
    if (s.outcome === 'forbidden')
      return `${asked}: ${answer}, the client lacks architect:dependencyTracking:view; not a failure of the mapping, which stays untested`
    if (s.outcome === 'refused')
      return s.status === 400
        ? `${asked}: refused, ${answer}: the mapping is wrong for this type; please report it`
        : `${asked}: refused, ${answer}`
    const entries = `${s.entries ?? '?'} ${s.entries === 1 ? 'entry' : 'entries'}`
    return s.shapeError
      ? `${asked}: accepted; the action's schema does not read the answer: ${s.shapeError}`
      : `${asked}: accepted${s.assumed ? ' (confirms the assumed pair)' : ''}, ${entries}, pageCount ${s.pageCount ?? 'absent'}`
  })
}

/** What the lookup answered, as lines of the report: counts, codes and placeholders only. */
export function lookupFindings(sample: LookupSample): string[] {
  if (sample.asked === undefined) return ['not asked: no flow was read']
  if (sample.status !== 200)
    return [`refused: HTTP ${sample.status ?? '?'} ${safeCode(sample.code)} (${sample.asked} flows asked)`]
  if (sample.shapeError) return [`the action's schema does not read the answer: ${sample.shapeError}`]
  const fields = LOOKUP_FIELDS.map((field) => {
    const f = sample.fields?.[field]
    return f ? `${field} ${f.present}${f.lacking ? ` (${f.lacking} lacking though read)` : ''}` : `${field} ?`
  })
  return [
    `flows answered: ${sample.found ?? '?'} of ${sample.asked} asked; an unknown id ${sample.unknownAnswered ? 'answered (it must not be)' : 'left out'}`,
    `answer keys: ${sample.answerKeys?.join(', ') || 'none'}; pageSize ${sample.pageSize ?? 'absent'}, pageCount ${sample.pageCount ?? 'absent'}`,
    `entries carrying each field: ${fields.join(', ')}`,
    `paging at pageSize=1: ${sample.paging ?? 'not tried'}`,
    `repeated id parameters (instead of one comma-joined): ${sample.repeatedIds ?? 'not tried'}`
  ]
}

/**
 * The report as printed: findings, one flow's shape, then what dependency tracking answered and one
 * consumed resource's shape, then what the flow lookup answered; every string a placeholder.
 */
export function renderReport(
  flows: FlowSample[],
  ourClientId: string,
  tooManyRequests?: Json,
  dependencies?: DependencySample[],
  lookup?: LookupSample
): string {
  const sample = flows.find((f) => (f.body as Record<string, unknown>)?.currentOperation) ?? flows[0]
  const accepted = dependencies?.filter((d) => d.outcome === 'accepted') ?? []
  const entry = accepted.find((d) => d.entry !== undefined)?.entry
  const keys = [...new Set(accepted.flatMap((d) => d.answerKeys ?? []))].sort()
  const dependencySection = dependencies
    ? [
        '',
        'Dependency tracking (`GET /api/v2/architect/dependencytracking/consumedresources`, `objectType` from the action’s table):',
        '',
        ...dependencyFindings(dependencies).map((line) => `- ${line}`),
        ...(keys.length ? [`- answer keys: ${keys.join(', ')}`] : []),
        ...(accepted.length
          ? [`- consumed resources by type: ${count(accepted.flatMap((d) => d.entryTypes ?? []).map(safeType))}`]
          : []),
        '',
        ...(entry === undefined
          ? ['No consumed resource was listed: no entry to show.']
          : [
              'One consumed resource, as a shape:',
              '',
              '```json',
              JSON.stringify(redact(entry, ourClientId), null, 2),
              '```'
            ])
      ]
    : []
  return [
    '### genesys-flow-promote conformance report',
    '',
    'Shapes and counts only: ids, names, e-mails, URIs and dates are placeholders; our client id is a fingerprint.',
    '',
    ...findings(flows, ourClientId, tooManyRequests).map((line) => `- ${line}`),
    '',
    'One flow, as a shape:',
    '',
    '```json',
    JSON.stringify(sample ? redact(sample.body, ourClientId) : null, null, 2),
    '```',
    ...dependencySection,
    ...(lookup ? lookupSection(lookup, ourClientId) : [])
  ].join('\n')
}

function lookupSection(lookup: LookupSample, ourClientId: string): string[] {
  return [
    '',
    'Flow lookup (`GET /api/v2/flows/lookup`, the ids comma-joined as the SDK sends them):',
    '',
    ...lookupFindings(lookup).map((line) => `- ${line}`),
    ...(lookup.entry === undefined
      ? []
      : [
          '',
          'One entry, as a shape:',
          '',
          '```json',
          JSON.stringify(redact(lookup.entry, ourClientId), null, 2),
          '```'
        ])
  ]
}
