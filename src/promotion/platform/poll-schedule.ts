/** The longest wait between two polls: later polls grow, up to this. */
export const MAX_POLL_INTERVAL_MS = 10_000

/** Each wait is this share of the time elapsed since the publish: the lag stays within 25% of it. */
const POLL_GROWTH = 0.25

/**
 * How long to wait before the next poll of a publish operation, `elapsedMs` after the publish.
 *
 * The wait is a quarter of the elapsed time, at least `minIntervalMs`, and grows to at most 10 s. So a publish
 * that completes at time T is seen at most max(minInterval, T/4) later (plus one request), and the
 * number of polls grows with the logarithm of T instead of linearly: with the defaults, 3 polls see
 * a 1 s publish, 6 a 3 s one, 12 a 10 s one, 17 a 30 s one. `npm run bench` measures the curve
 * against alternatives.
 */
export function nextPollDelayMs(elapsedMs: number, minIntervalMs: number): number {
  return Math.round(Math.max(minIntervalMs, Math.min(MAX_POLL_INTERVAL_MS, elapsedMs * POLL_GROWTH)))
}

/**
 * The spacing of a release's reads after its preflight: every flow in flight (polls, re-reads,
 * verification) is read by one lookup per tick, and the ticks spend at most a sixth of the rate
 * limit (1.2 s at 300 a minute), never faster than `poll-interval-seconds`.
 */
export function releaseTickMs(pollIntervalMs: number, rateLimitPerMinute: number): number {
  return Math.max(pollIntervalMs, Math.ceil((6 * 60_000) / rateLimitPerMinute))
}
