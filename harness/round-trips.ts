/** A request as a server saw it: when it arrived and when its answer left. */
export interface TimedRequest {
  at: number
  answeredAt?: number
}

/**
 * How many round trips a run waited for, one after the other: the longest chain of requests each
 * sent after the one before it was answered. Against a platform that answers in L ms, a run waits
 * at least this many times L, whatever it does at once.
 */
export function roundTrips(requests: readonly TimedRequest[]): number {
  const answered = requests.filter((r): r is Required<TimedRequest> => r.answeredAt !== undefined)
  const sorted = [...answered].sort((a, b) => a.at - b.at)
  const chain: number[] = []
  sorted.forEach((r, i) => {
    let longest = 0
    for (let j = 0; j < i; j++) if (sorted[j]!.answeredAt <= r.at) longest = Math.max(longest, chain[j]!)
    chain.push(longest + 1)
  })
  return Math.max(0, ...chain)
}
