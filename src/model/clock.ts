/** Time, waiting and randomness, passed in so that tests can run waits instantly and deterministically. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
}
