/**
 * Errors the action raises on purpose, and one helper that turns anything thrown into a sentence.
 */

/** A bad input: names the input so the annotation can point at it. Raised before any request. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`${input}: ${message}`)
    this.name = 'InputError'
  }
}

/** A platform call that failed for good, with what Genesys Care needs to trace it. */
export class PlatformError extends Error {
  readonly status?: number
  readonly code?: string
  readonly correlationId?: string
  readonly messageParams?: Record<string, unknown>
  /** Seconds the platform asked us to wait (429/503), when it said so. */
  readonly retryAfterSeconds?: number
  /** Transport failure code (ECONNRESET, ECONNABORTED...) when no response arrived. */
  readonly networkCode?: string
  readonly hint?: string
  /** What the failure leaves behind, when that matters more than the failure (a publish still running). */
  readonly consequence?: string

  constructor(fields: {
    message: string
    status?: number
    code?: string
    correlationId?: string
    messageParams?: Record<string, unknown>
    retryAfterSeconds?: number
    networkCode?: string
    hint?: string
    consequence?: string
  }) {
    super(fields.message)
    this.name = 'PlatformError'
    this.status = fields.status
    this.code = fields.code
    this.correlationId = fields.correlationId
    this.messageParams = fields.messageParams
    this.retryAfterSeconds = fields.retryAfterSeconds
    this.networkCode = fields.networkCode
    this.hint = fields.hint
    this.consequence = fields.consequence
  }

  /** The same failure, saying what it leaves behind. */
  withConsequence(consequence: string): PlatformError {
    return new PlatformError({ ...this, message: this.message, consequence })
  }

  /** The message with status, code, correlation id and hint, for logs and the audit record. */
  describe(): string {
    const facts = [
      this.status !== undefined ? `HTTP ${this.status}` : undefined,
      this.code,
      this.networkCode,
      this.correlationId ? `correlation id ${this.correlationId}` : undefined
    ].filter(Boolean)
    const head = facts.length ? `${this.message} (${facts.join(', ')})` : this.message
    return [head, this.hint, this.consequence].filter(Boolean).join('. ')
  }
}

/** A precondition of the promotion does not hold; nothing was written. */
export class CheckFailedError extends Error {
  constructor(
    message: string,
    /** The failed check, when the failure happened outside any one flow's checks (the organization). */
    readonly check?: { name: string; passed: boolean; detail: string }
  ) {
    super(message)
    this.name = 'CheckFailedError'
  }
}

/** Turns anything thrown into a readable message (never "[object Object]"). */
export function errorMessage(err: unknown): string {
  if (err instanceof PlatformError) return err.describe()
  if (err instanceof Error) return err.message
  if (typeof err === 'string') return err
  try {
    return JSON.stringify(err) ?? String(err)
  } catch {
    return String(err)
  }
}

/**
 * What Genesys' own SDKs (Java, .NET) repeat: 429, 502, 503, 504, plus transport failures. 500 is
 * not transient for Genesys.
 */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504])

/** The `networkCode` of an answer that arrived but could not be read (a body cut off on the way). */
export const UNREADABLE_ANSWER = 'ERR_BAD_RESPONSE'

/**
 * A failure after which a write may or may not have taken effect: no answer, an unreadable one, or
 * a 5xx. A 4xx is a refusal: the platform did not act.
 */
export function isAmbiguous(err: unknown): err is PlatformError {
  if (!(err instanceof PlatformError)) return false
  return err.status === undefined ? err.networkCode !== undefined : err.status >= 500
}

/** A failure worth repeating: the platform did not refuse, it could not answer yet. */
export function isTransient(err: unknown): err is PlatformError {
  if (!(err instanceof PlatformError)) return false
  if (err.status === undefined) return err.networkCode !== undefined
  return TRANSIENT_STATUSES.has(err.status)
}
