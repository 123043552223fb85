import { nextPollDelayMs } from '../src/promotion/platform/poll-schedule.js'

/** A poll schedule: the wait before the next poll, given the time since the publish. */
export type Schedule = (elapsedMs: number) => number

export const SCHEDULES: Record<string, Schedule> = {
  'chosen: max(0.5 s, 25% of elapsed), ≤ 10 s': (t) => nextPollDelayMs(t, 500),
  'fixed 0.5 s': () => 500,
  'geometric 0.5 s × 1.5, ≤ 10 s': (() => {
    // Waits 0.5, 0.75, 1.125 ... regardless of elapsed time: a function of the poll count.
    return (t: number) => {
      let wait = 500
      let at = 0
      while (at + wait <= t) {
        at += wait
        wait = Math.min(10_000, wait * 1.5)
      }
      return at + wait - t
    }
  })(),
  'fixed 3 s': () => 3_000
}

/**
 * Polls needed to see a publish that completes `durationMs` after it started, and how late the
 * last poll sees it, with zero request latency: the schedule's own cost and lag.
 */
export function simulate(schedule: Schedule, durationMs: number): { polls: number; lagMs: number } {
  let t = 0
  let polls = 0
  while (t < durationMs) {
    t += schedule(t)
    polls += 1
  }
  return { polls, lagMs: t - durationMs }
}
