/**
 * Exponential backoff: the ceiling for retry number `retry` (1-based) is `baseMs * factor^(retry-1)`,
 * capped at `capMs`. Full jitter waits anywhere in [0, ceiling) (spreads many senders widest); half
 * jitter waits in [ceiling/2, ceiling] (keeps a floor, so a struggling server gets a real pause).
 */
export interface Backoff {
  baseMs: number
  factor: number
  capMs: number
  jitter: 'full' | 'half'
}

export function backoffDelayMs(backoff: Backoff, retry: number, random: () => number): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * backoff.factor ** (retry - 1))
  return backoff.jitter === 'full' ? Math.floor(random() * ceiling) : Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/**
 * A `Retry-After` header in milliseconds: whole seconds (what Genesys and most receivers send) or
 * an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfterMs(value: string | undefined, now: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
