import http from 'node:http'
import https from 'node:https'
import { ACTION_NAME, ACTION_VERSION } from '../model/action.js'
import type { Clock } from '../model/clock.js'
import type { WebhookResult } from '../audit/record.js'
import type { Agents } from '../http/agents.js'
import { backoffDelayMs, parseRetryAfterMs, type Backoff } from '../http/backoff.js'
import { MAX_DNS_RETRIES, isDnsFailure } from '../http/dns.js'
import type { RenderedEvent } from './event.js'
import { signStandardWebhook } from './sign.js'

const MAX_ATTEMPTS = 5
const DELIVERY_BUDGET_MS = 120_000
const MAX_RETRY_AFTER_MS = 60_000
/** Exponential with full jitter: uniform in [0, min(30 s, 1 s * 2^(retry-1))). */
const WEBHOOK_BACKOFF: Backoff = { baseMs: 1_000, factor: 2, capMs: 30_000, jitter: 'full' }

/** One attempt's result: a status, or the transport error code when no response came. */
export type AttemptResult = { status: number; retryAfterMs?: number } | { error: string }

export interface Delivery {
  url: URL
  event: RenderedEvent
  /** `webhook-id` and `idempotency-key`: the same on every attempt. */
  id: string
  signingKey?: Buffer
  authorization?: string
  timeoutMs: number
}

export interface DeliveryDeps {
  clock: Clock
  send: (url: URL, body: string, headers: Record<string, string>, timeoutMs: number) => Promise<AttemptResult>
  log: (message: string) => void
  /** Fewer attempts than the default (a cancelled run has seconds, not a retry schedule). */
  maxAttempts?: number
  /** No attempt goes on past this time (the run's time budget), whatever is left of the 120 s. */
  until?: number
}

/**
 * 408, 429 and 5xx (but 501 and 505, which will not change) and transport failures are retried; a
 * host that does not resolve too, but once at most (`deliver` counts).
 */
export function isRetryable(result: AttemptResult): boolean {
  if ('error' in result)
    return ![
      'ERR_INVALID_URL',
      'CERT_HAS_EXPIRED',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'SELF_SIGNED_CERT_IN_CHAIN'
    ].includes(result.error)
  const s = result.status
  return s === 408 || s === 429 || (s >= 500 && s !== 501 && s !== 505)
}

/** Why a host did not resolve, without naming it: the host of a webhook URL may be its credential. */
function dnsReason(code: string): string {
  return `the webhook host could not be resolved (${code}): check webhook-url, and that the runner can resolve it`
}

export function backoffMs(retry: number, random: () => number): number {
  return backoffDelayMs(WEBHOOK_BACKOFF, retry, random)
}

function deliveryHeaders(delivery: Delivery, timestampSeconds: number): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': delivery.event.contentType,
    'user-agent': `${ACTION_NAME}/${ACTION_VERSION}`,
    'idempotency-key': delivery.id
  }
  if (delivery.event.standardWebhooks) {
    headers['webhook-id'] = delivery.id
    headers['webhook-timestamp'] = String(timestampSeconds)
    if (delivery.signingKey) {
      headers['webhook-signature'] = signStandardWebhook(
        delivery.signingKey,
        delivery.id,
        timestampSeconds,
        delivery.event.body
      )
    }
  }
  if (delivery.authorization) headers.authorization = delivery.authorization
  return headers
}

/**
 * Posts the event: at most 5 attempts within 120 s, each with its own timeout, a fresh timestamp
 * and signature over the same bytes. Never throws: the result says what happened. Logs nothing
 * of the URL, not even its host: any part of it may be the credential (Slack, Jira Automation).
 */
export async function deliver(delivery: Delivery, deps: DeliveryDeps): Promise<WebhookResult & { reason?: string }> {
  const { clock } = deps
  const deadline = Math.min(clock.now() + DELIVERY_BUDGET_MS, deps.until ?? Infinity)
  let last: AttemptResult | undefined
  let attempts = 0
  let dnsRetries = 0
  const maxAttempts = deps.maxAttempts ?? MAX_ATTEMPTS
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    attempts = attempt
    const timeoutMs = Math.min(delivery.timeoutMs, Math.max(1, deadline - clock.now()))
    const headers = deliveryHeaders(delivery, Math.floor(clock.now() / 1000))
    const started = clock.now()
    last = await deps.send(delivery.url, delivery.event.body, headers, timeoutMs)
    const outcome = 'error' in last ? last.error : `HTTP ${last.status}`
    deps.log(`Webhook ${delivery.id}: attempt ${attempt}, ${outcome}, ${clock.now() - started} ms`)
    const httpStatus = 'status' in last ? last.status : null
    if (httpStatus !== null && httpStatus >= 200 && httpStatus < 300)
      return { status: 'delivered', httpStatus, attempts: attempt }
    if (httpStatus !== null && httpStatus >= 300 && httpStatus < 400) {
      return {
        status: 'failed',
        httpStatus,
        attempts: attempt,
        reason: 'the receiver answered a redirect, which is not followed: update webhook-url'
      }
    }
    if (!isRetryable(last))
      return { status: 'failed', httpStatus, attempts: attempt, reason: `${outcome} is not retried` }
    if ('error' in last && isDnsFailure(last.error)) {
      if (dnsRetries >= MAX_DNS_RETRIES || attempt === maxAttempts)
        return { status: 'failed', httpStatus, attempts: attempt, reason: dnsReason(last.error) }
      dnsRetries += 1
    }
    if (attempt === maxAttempts) break
    let delay = backoffMs(attempt, clock.random)
    if ('retryAfterMs' in last && last.retryAfterMs !== undefined) {
      if (last.retryAfterMs > MAX_RETRY_AFTER_MS) {
        return {
          status: 'failed',
          httpStatus,
          attempts: attempt,
          reason: `the receiver asked to retry after ${Math.round(last.retryAfterMs / 1000)} s, more than 60 s`
        }
      }
      delay = Math.max(delay, last.retryAfterMs)
    }
    if (clock.now() + delay >= deadline) break
    await clock.sleep(delay)
  }
  return {
    status: 'failed',
    httpStatus: last && 'status' in last ? last.status : null,
    attempts,
    reason:
      last && 'error' in last && isDnsFailure(last.error)
        ? dnsReason(last.error)
        : `no attempt succeeded (${attempts} attempts within ${DELIVERY_BUDGET_MS / 1000} s)`
  }
}

/** One POST over node:http(s): no redirects followed, a hard timeout, the response body drained. */
export function httpSender(agents: Agents) {
  return (url: URL, body: string, headers: Record<string, string>, timeoutMs: number): Promise<AttemptResult> =>
    new Promise((resolve) => {
      const request = (url.protocol === 'https:' ? https : http).request(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: agents.agentFor(url)
        },
        (response) => {
          response.resume()
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              retryAfterMs: parseRetryAfterMs(response.headers['retry-after'], Date.now())
            })
          )
          response.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? 'ERR_RESPONSE' }))
        }
      )
      request.setTimeout(timeoutMs, () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })))
      request.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? 'ERR_REQUEST' }))
      request.end(body)
    })
}
