import { createHash } from 'node:crypto'

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
    if (UUID.test(value)) return '<id>'
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

/** The report as printed: findings, then one flow's shape, every string a placeholder. */
export function renderReport(flows: FlowSample[], ourClientId: string, tooManyRequests?: Json): string {
  const sample = flows.find((f) => (f.body as Record<string, unknown>)?.currentOperation) ?? flows[0]
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
    '```'
  ].join('\n')
}
