/** Time, waiting and randomness, passed in so that tests can run waits instantly and deterministically. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
}

/** A span as people say it: `45 s`, `10 min`, `2 min 30 s` (to the second; nothing below zero). */
export function spokenDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s} s`
  return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`
}
