import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MAX_POLL_INTERVAL_MS, nextPollDelayMs, releaseTickMs } from '../../src/promotion/platform/poll-schedule.js'

/** Poll times after the publish, for a given minimum interval, up to `until`. */
function pollTimes(minMs: number, until: number): number[] {
  const times: number[] = []
  let t = 0
  while (t < until) {
    t += nextPollDelayMs(t, minMs)
    times.push(t)
  }
  return times
}

describe('poll schedule', () => {
  it('waits poll-interval-seconds before the first poll', () => {
    assert.equal(nextPollDelayMs(0, 500), 500)
    assert.equal(nextPollDelayMs(0, 2_000), 2_000)
  })

  it('grows with the elapsed time and stops growing at 10 s', () => {
    assert.equal(nextPollDelayMs(8_000, 500), 2_000)
    assert.equal(nextPollDelayMs(200_000, 500), MAX_POLL_INTERVAL_MS)
  })

  it('sees a publish within max(0.5 s, 25%) of its duration', () => {
    for (const duration of [400, 1_000, 3_000, 10_000, 30_000, 60_000, 250_000]) {
      const seen = pollTimes(500, duration).at(-1)!
      const lag = seen - duration
      assert.ok(lag <= Math.max(500, duration * 0.25), `a ${duration} ms publish is seen ${lag} ms late`)
    }
  })

  it('needs few polls: 3 for 1 s, 6 for 3 s, 12 for 10 s, 17 for 30 s', () => {
    assert.deepEqual(
      [1_000, 3_000, 10_000, 30_000].map((d) => pollTimes(500, d + 1).length),
      [3, 6, 12, 17]
    )
  })
})

describe('release read tick', () => {
  it('spends at most a sixth of the rate limit on reads, never faster than the poll interval', () => {
    assert.equal(releaseTickMs(500, 300), 1_200)
    assert.equal(releaseTickMs(500, 6_000), 500)
    assert.equal(releaseTickMs(2_000, 300), 2_000)
    // Ticks per minute at the default rate limit: a sixth of 300.
    assert.equal(60_000 / releaseTickMs(500, 300), 300 / 6)
  })
})
