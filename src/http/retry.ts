import type { Clock } from '../model/clock.js'
import { PlatformError, isTransient } from '../model/errors.js'
import { backoffDelayMs, type Backoff } from './backoff.js'
import { MAX_DNS_RETRIES, isDnsFailure } from './dns.js'

/** When to repeat a failed platform call (which failures are transient: `isTransient`). */
export interface RetryPolicy {
  maxRetries: number
  /** A Retry-After above this ends the run instead of waiting (the Java and Go SDKs' cap). */
  maxRetryAfterMs: number
  /** Used for a 429 that names no Retry-After (the Java SDK's default). */
  defaultRetryAfterMs: number
  /** Backoff for 5xx and transport failures. */
  backoff: Backoff
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  maxRetryAfterMs: 180_000,
  defaultRetryAfterMs: 3_000,
  backoff: { baseMs: 1_000, factor: 3, capMs: 27_000, jitter: 'half' }
}

/**
 * How long to wait before retry number `retry` (1-based) of a call that failed with `err`.
 * Throws a PlatformError when the platform asks for a wait longer than the policy allows.
 */
export function retryDelayMs(err: PlatformError, retry: number, policy: RetryPolicy, random: () => number): number {
  if (err.retryAfterSeconds !== undefined) {
    const asked = err.retryAfterSeconds * 1000
    if (asked > policy.maxRetryAfterMs) {
      throw new PlatformError({
        message: `the platform asked to retry after ${err.retryAfterSeconds} s, more than the ${policy.maxRetryAfterMs / 1000} s this action waits; ${err.message}`,
        status: err.status,
        code: err.code,
        correlationId: err.correlationId,
        hint: 'The rate limit of this OAuth client is exhausted; run again later or raise the limit with Genesys.'
      })
    }
    // A little jitter so that concurrent callers told the same Retry-After do not return in lockstep.
    return asked + Math.floor(random() * 250)
  }
  if (err.status === 429) return policy.defaultRetryAfterMs + Math.floor(random() * 250)
  return backoffDelayMs(policy.backoff, retry, random)
}

export interface RetryHooks {
  clock: Clock
  policy: RetryPolicy
  /** Which failures are worth repeating; transient ones by default. */
  isRetryable?: (err: PlatformError) => boolean
  /** Called before each wait; the trace counts retries and waited time here. */
  onRetry?: (delayMs: number, err: PlatformError, retry: number) => void
  /** Called once per call on a 401: log in again, then the call is repeated once. */
  onUnauthorized?: () => Promise<void>
  /** No retry waits past this time (the run's time budget): the failure is final then. */
  until?: () => number
}

/**
 * Runs `call`, repeating it on transient failures as the policy says, and once after a fresh login
 * on a 401. A host that does not resolve is repeated once at most, whatever the policy. The final
 * error names how many retries were made and keeps the last correlation id.
 */
export async function withRetries<T>(call: () => Promise<T>, hooks: RetryHooks): Promise<T> {
  let retry = 0
  let dnsRetries = 0
  let reauthenticated = false
  for (;;) {
    try {
      return await call()
    } catch (err) {
      if (err instanceof PlatformError && err.status === 401 && hooks.onUnauthorized && !reauthenticated) {
        reauthenticated = true
        await hooks.onUnauthorized()
        continue
      }
      if (!isTransient(err) || !(hooks.isRetryable ?? isTransient)(err)) throw err
      const dns = isDnsFailure(err.networkCode)
      if (retry >= hooks.policy.maxRetries || (dns && dnsRetries >= MAX_DNS_RETRIES)) throw gaveUp(err, retry)
      retry += 1
      if (dns) dnsRetries += 1
      const delay = retryDelayMs(err, retry, hooks.policy, hooks.clock.random)
      if (hooks.until && hooks.clock.now() + delay > hooks.until()) throw outOfTime(err, retry)
      hooks.onRetry?.(delay, err, retry)
      await hooks.clock.sleep(delay)
    }
  }
}

/** A retry the time budget has no room for: the failure, final, with the code `budget.exhausted`. */
function outOfTime(err: PlatformError, retry: number): PlatformError {
  return new PlatformError({
    message: `${err.message}; retry ${retry} would wait past the time budget (time-budget-minutes), so the failure is final`,
    status: err.status,
    code: 'budget.exhausted',
    correlationId: err.correlationId,
    networkCode: err.networkCode,
    hint: err.hint
  })
}

/** The last failure, saying how many retries came before it ("not retried" with max-retries 0). */
function gaveUp(err: PlatformError, retries: number): PlatformError {
  return new PlatformError({
    message:
      retries === 0
        ? `not retried (max-retries is 0): ${err.message}`
        : `gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'}: ${err.message}`,
    status: err.status,
    code: err.code,
    correlationId: err.correlationId,
    networkCode: err.networkCode,
    hint: err.hint
  })
}
