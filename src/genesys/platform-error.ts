import { parseRetryAfterMs } from '../http/backoff.js'
import { PlatformError, UNREADABLE_ANSWER } from '../model/errors.js'
import { ErrorBodySchema } from './schemas.js'

/** What a call was for: decides the hint a 401/403/404/410 gets. */
export type CallKind = 'login' | 'organization' | 'read' | 'publish' | 'deactivate'

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
export function toPlatformError(rejection: unknown, kind: CallKind, what: string): PlatformError {
  const r = rejection as {
    status?: unknown
    headers?: Headers
    body?: unknown
    response?: { status?: number; headers?: Headers; data?: unknown }
    code?: string
    message?: string
  }
  // An axios error (the login call) has `response`; an extended SDK response has `status` and `body`.
  const axios = r?.response !== undefined
  const status = axios ? r.response!.status : typeof r?.status === 'number' ? r.status : undefined
  const headers = axios ? r.response!.headers : r?.headers
  const body = axios ? r.response!.data : r?.body

  if (status === undefined) {
    const networkCode = r?.code ?? 'ERR_NETWORK'
    const reason =
      networkCode === 'ECONNABORTED' || networkCode === 'ETIMEDOUT'
        ? 'timed out'
        : networkCode === UNREADABLE_ANSWER
          ? 'got an answer that could not be read'
          : 'failed without a response'
    return new PlatformError({ message: `${what} ${reason}`, networkCode })
  }

  const errorBody = ErrorBodySchema.safeParse(body)
  const oauth = body as { error?: string; error_description?: string; description?: string } | undefined
  const code = errorBody.success ? errorBody.data.code : typeof oauth?.error === 'string' ? oauth.error : undefined
  const platformMessage = errorBody.success
    ? errorBody.data.message
    : (oauth?.error_description ??
      oauth?.description ??
      (typeof body === 'string' && body.length < 300 ? body : undefined))
  return new PlatformError({
    message: platformMessage ? `${what} failed: ${platformMessage}` : `${what} failed`,
    status,
    code,
    correlationId: correlationIdOf(headers) ?? (errorBody.success ? errorBody.data.contextId : undefined),
    messageParams: errorBody.success ? errorBody.data.messageParams : undefined,
    retryAfterSeconds: status === 429 || status === 503 ? retryAfterSeconds(headers) : undefined,
    hint: hintFor(status, kind)
  })
}

function hintFor(status: number, kind: CallKind): string | undefined {
  if (status === 401) {
    return kind === 'login'
      ? 'The login was refused: check client-id and client-secret, and that the OAuth client (client-credentials grant) exists in this region'
      : 'The platform refused the access token even after a fresh login: check that the OAuth client is still active'
  }
  if (status === 403) {
    if (kind === 'publish' || kind === 'deactivate') {
      return "Give the OAuth client's role the permission architect:flow:publish, in the flow's division"
    }
    if (kind === 'read')
      return "Give the OAuth client's role the permission architect:flow:view, in the flow's division"
    return undefined
  }
  if (status === 404 && kind === 'read') {
    return 'Check the flow id, and that region and credentials belong to the org that owns the flow'
  }
  if (status === 410) return 'The flow has been deleted'
  if (status === 409) return 'The flow is busy (locked, or another operation is running): try again when it is free'
  return undefined
}
