import { parseRetryAfterMs } from '../http/backoff.js'
import { isDnsFailure } from '../http/dns.js'
import { PlatformError, UNREADABLE_ANSWER } from '../model/errors.js'
import { ErrorBodySchema } from './schemas.js'

/** What a call was for: decides the hint a 401/403/404/410 gets. */
export type CallKind =
  | 'login'
  | 'organization'
  | 'authorization'
  | 'read'
  | 'publish'
  | 'deactivate'
  | 'unlock'
  | 'export'
  | 'import'
  | 'analytics'
  | 'validate'

type Headers = Record<string, unknown> | undefined

function header(headers: Headers, name: string): string | undefined {
  if (!headers) return undefined
  const value = headers[name] ?? headers[name.toLowerCase()]
  return value === undefined || value === null ? undefined : String(value)
}

export function correlationIdOf(headers: Headers): string | undefined {
  return header(headers, 'inin-correlation-id')
}

/** `Retry-After` in whole seconds, rounded up: Genesys sends seconds, HTTP also allows a date. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const ms = parseRetryAfterMs(header(headers, 'retry-after'), now)
  return ms === undefined ? undefined : Math.ceil(ms / 1000)
}

/**
 * Normalises whatever the SDK rejected with (an extended response, an axios error from the login
 * call, or a transport error with no response) into one PlatformError with a hint.
 */
export function toPlatformError(
  rejection: unknown,
  kind: CallKind,
  what: string,
  /** For a login: the host it went to, and which setting chose it. */
  login?: LoginTarget
): PlatformError {
  const r = rejection as {
    status?: unknown
    headers?: Headers
    body?: unknown
    response?: { status?: number; headers?: Headers; data?: unknown }
    code?: string
    message?: string
    hostname?: unknown
    cause?: { hostname?: unknown }
    config?: { url?: unknown }
  }
  // An axios error (the login call) has `response`; an extended SDK response has `status` and `body`.
  const axios = r?.response !== undefined
  const status = axios ? r.response!.status : typeof r?.status === 'number' ? r.status : undefined
  const headers = axios ? r.response!.headers : r?.headers
  const body = axios ? r.response!.data : r?.body

  if (status === undefined) {
    const networkCode = r?.code ?? 'ERR_NETWORK'
    if (isDnsFailure(networkCode)) return dnsFailure(r, what, networkCode, login)
    const reason =
      networkCode === 'ECONNABORTED' || networkCode === 'ETIMEDOUT'
        ? 'timed out'
        : networkCode === UNREADABLE_ANSWER
          ? 'got an answer that could not be read'
          : 'failed without a response'
    return new PlatformError({ message: `${what} ${reason}`, networkCode })
  }

  // jitless: a run parses each schema a few times, and zod's generated fast path costs more to build than it saves.
  const errorBody = ErrorBodySchema.safeParse(body, { jitless: true })
  const platform = errorBody.success ? errorBody.data : undefined
  const oauth = (typeof body === 'object' && body ? body : {}) as {
    error?: unknown
    error_description?: unknown
    description?: unknown
  }
  const code = platform?.code ?? (typeof oauth.error === 'string' ? oauth.error : undefined)
  const platformMessage =
    platform?.message ??
    [oauth.error_description, oauth.description].find((m): m is string => typeof m === 'string') ??
    (typeof body === 'string' && body.length < 300 ? body : undefined)
  return new PlatformError({
    message: platformMessage ? `${what} failed: ${platformMessage}` : `${what} failed`,
    status,
    code,
    correlationId: correlationIdOf(headers) ?? platform?.contextId,
    messageParams: platform?.messageParams,
    retryAfterSeconds: status === 429 || status === 503 ? retryAfterSeconds(headers) : undefined,
    hint:
      (status === 403 ? missingPermissionHint(kind, code, platformMessage, platform?.messageParams) : undefined) ??
      hintFor(status, kind, code, login)
  })
}

/** The step a call serves, in the words the `permissions` check uses ("publish needs …"). */
const STEP_OF_KIND: Record<CallKind, string> = {
  login: 'the login',
  organization: 'the organization check',
  authorization: 'the permissions check',
  read: 'reads',
  publish: 'publish',
  deactivate: 'deactivate',
  unlock: 'force-unlock',
  export: 'export',
  import: 'import',
  analytics: 'the health gate',
  validate: 'validation'
}

const PERMISSION = /\b[a-z][A-Za-z]*:[A-Za-z*]+:[A-Za-z*]+\b/g

/**
 * A 403 that names what is missing (`missing.permissions`, `missing.any.permissions`: the
 * permission is in the message), worded as the `permissions` check words it, so a refusal the
 * check did not foresee reads the same as one it did. Undefined when the answer names none.
 */
function missingPermissionHint(
  kind: CallKind,
  code: string | undefined,
  message: string | undefined,
  messageParams: Record<string, unknown> | undefined
): string | undefined {
  if (!code?.startsWith('missing.')) return undefined
  const text = [message, ...Object.values(messageParams ?? {}).map(String)].join(' ')
  const named = [...new Set(text.match(PERMISSION) ?? [])]
  if (!named.length) return undefined
  // Flow permissions are granted per division; where jobs' are is not known (docs/platform.md).
  const where = named.some((p) => p.startsWith('architect:flow:')) ? " in the flow's division" : ''
  return `${STEP_OF_KIND[kind]} needs ${named.join(' and ')}${where}: give ${named.length === 1 ? 'it' : 'them'} to the OAuth client's role (a role change takes up to five minutes to apply)`
}

/**
 * A platform host that does not resolve: the message names the host the resolver was asked for
 * (the region's, the gateway's, or a proxy's: what actually failed), which is no secret, and says
 * which setting chose it when that is known.
 */
function dnsFailure(
  r: TransportError | undefined,
  what: string,
  networkCode: string,
  login?: LoginTarget
): PlatformError {
  const host = failedHost(r) ?? (login ? hostOf(login.host) : undefined)
  const chosen = login && host !== undefined && host === hostOf(login.host) ? ` (chosen by ${login.source})` : ''
  return new PlatformError({
    message: `${what} failed: the host ${host ?? 'of the platform'}${chosen} could not be resolved`,
    networkCode,
    hint:
      'Check region or gateway-url, and that the runner can resolve and reach it (its DNS, HTTPS_PROXY on a self-hosted runner); ' +
      'a host that does not resolve is retried once at most, whatever max-retries says'
  })
}

/** Where a transport error names its host: Node's error, axios' `cause`, or the request's URL. */
type TransportError = { hostname?: unknown; cause?: { hostname?: unknown }; config?: { url?: unknown } }

function failedHost(r: TransportError | undefined): string | undefined {
  for (const candidate of [r?.cause?.hostname, r?.hostname])
    if (typeof candidate === 'string' && candidate) return candidate
  return typeof r?.config?.url === 'string' ? hostOf(r.config.url) : undefined
}

/** The host name of a URL (or of `protocol://host:port`), or the text itself when it is not one. */
function hostOf(text: string): string {
  try {
    return new URL(text).hostname
  } catch {
    return text
  }
}

export interface LoginTarget {
  host: string
  /** `region`, `GENESYSCLOUD_REGION`, `gateway-url` or the default region. */
  source: string
}

/** The OAuth errors of a client the platform does not know here, or will not let log in. */
const REFUSED_CLIENT = new Set(['invalid_client', 'unauthorized_client'])

function hintFor(status: number, kind: CallKind, code?: string, login?: LoginTarget): string | undefined {
  // Client libraries see 400 here, not 401; a wrong region looks the same ("authentication failed").
  if (kind === 'login' && (status === 400 || status === 401) && code && REFUSED_CLIENT.has(code)) {
    const where = login ? ` of ${login.host} (chosen by ${login.source})` : ''
    return `The login was refused: check client-id and client-secret, and that the OAuth client (client-credentials grant) exists in the region${where}: an OAuth client exists only in the region that created it`
  }
  if (status === 401) {
    return kind === 'login'
      ? 'The login was refused: check client-id and client-secret, and that the OAuth client (client-credentials grant) exists in this region'
      : 'The platform refused the access token even after a fresh login: check that the OAuth client is still active'
  }
  if (status === 403) {
    if (kind === 'publish' || kind === 'deactivate') {
      return "Give the OAuth client's role the permission architect:flow:publish, in the flow's division"
    }
    if (kind === 'unlock')
      return "Unlocking needs Architect admin rights: give the OAuth client's role architect:flow:unlock, or ask the holder to check the flow in"
    if (kind === 'read')
      return "Give the OAuth client's role the permission architect:flow:view, in the flow's division"
    if (kind === 'export')
      return "Give the OAuth client's role the permissions architect:jobExport:create and architect:jobExport:view"
    if (kind === 'import')
      return "Give the OAuth client's role the permissions architect:job:create and architect:job:view, and architect:flow:publish"
    if (kind === 'analytics')
      return "The health gate reads flow analytics: give the OAuth client's role the permission analytics:flowAggregate:view"
    if (kind === 'validate')
      return "Give the OAuth client's role the permissions architect:jobValidate:create and architect:jobValidate:view"
    return undefined
  }
  if (kind === 'validate') return undefined
  if (status === 404 && kind === 'read') {
    return 'Check the flow id, and that region and credentials belong to the org that owns the flow'
  }
  if (status === 410) return 'The flow has been deleted'
  if (status === 409) return 'The flow is busy (locked, or another operation is running): try again when it is free'
  return undefined
}
