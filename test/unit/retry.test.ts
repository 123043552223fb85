import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_RETRY_POLICY, retryDelayMs, withRetries } from '../../src/http/retry.js'
import { PlatformError, UNREADABLE_ANSWER, isAmbiguous, isTransient } from '../../src/model/errors.js'
import { FakeClock } from '../helpers/fake-clock.js'

const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: 3 }
const fail = (status: number, extra: Partial<ConstructorParameters<typeof PlatformError>[0]> = {}) =>
  new PlatformError({ message: `HTTP ${status}`, status, ...extra })

describe('retry policy', () => {
  it('treats 429, 502, 503, 504 and transport failures as transient, and nothing else', () => {
    for (const status of [429, 502, 503, 504]) assert.equal(isTransient(fail(status)), true, String(status))
    for (const status of [400, 401, 403, 404, 409, 410, 500, 501])
      assert.equal(isTransient(fail(status)), false, String(status))
    assert.equal(isTransient(new PlatformError({ message: 'reset', networkCode: 'ECONNRESET' })), true)
    assert.equal(isTransient(new Error('plain')), false)
  })

  it('calls a write ambiguous after no answer, an unreadable one or any 5xx; a 4xx is a refusal', () => {
    for (const status of [500, 502, 503, 504]) assert.equal(isAmbiguous(fail(status)), true, String(status))
    for (const status of [400, 401, 403, 404, 409, 429]) assert.equal(isAmbiguous(fail(status)), false, String(status))
    assert.equal(isAmbiguous(new PlatformError({ message: 'reset', networkCode: 'ECONNRESET' })), true)
    assert.equal(isAmbiguous(new PlatformError({ message: 'cut off', networkCode: UNREADABLE_ANSWER })), true)
    assert.equal(isAmbiguous(new PlatformError({ message: 'no facts' })), false)
  })

  it('waits what Retry-After says, plus a little jitter', () => {
    const delay = retryDelayMs(fail(429, { retryAfterSeconds: 7 }), 1, policy, () => 0.5)
    assert.equal(delay, 7_000 + 125)
  })

  it('waits 3 s for a 429 that names no Retry-After', () => {
    assert.equal(
      retryDelayMs(fail(429), 1, policy, () => 0),
      3_000
    )
  })

  it('backs off exponentially for 5xx, between half and all of 1 s, 3 s, 9 s...', () => {
    const delays = [1, 2, 3, 4].map((n) => [
      retryDelayMs(fail(503), n, policy, () => 0),
      retryDelayMs(fail(503), n, policy, () => 1)
    ])
    assert.deepEqual(delays, [
      [500, 1_000],
      [1_500, 3_000],
      [4_500, 9_000],
      [13_500, 27_000]
    ])
  })

  it('ends the run instead of waiting a Retry-After over 180 s', () => {
    assert.throws(
      () => retryDelayMs(fail(429, { retryAfterSeconds: 181, correlationId: 'corr-1' }), 1, policy, () => 0),
      (err: PlatformError) => {
        assert.match(err.message, /retry after 181 s, more than the 180 s/)
        assert.equal(err.correlationId, 'corr-1')
        return true
      }
    )
  })

  it('repeats a transient failure and counts the waits, measured on the injected clock', async () => {
    const clock = new FakeClock()
    const errors = [fail(429, { retryAfterSeconds: 2 }), fail(503)]
    let calls = 0
    const waits: number[] = []
    const result = await withRetries(
      async () => {
        calls += 1
        const err = errors.shift()
        if (err) throw err
        return 'ok'
      },
      { clock, policy, onRetry: (ms) => waits.push(ms) }
    )
    assert.equal(result, 'ok')
    assert.equal(calls, 3)
    assert.deepEqual(waits, [2_125, 1_500 + 750])
    assert.deepEqual(clock.sleeps, waits)
  })

  it('gives up after max-retries with the last error and its correlation id', async () => {
    const clock = new FakeClock()
    let calls = 0
    await assert.rejects(
      withRetries(
        async () => {
          calls += 1
          throw fail(502, { correlationId: `corr-${calls}` })
        },
        { clock, policy }
      ),
      (err: PlatformError) => {
        assert.match(err.message, /gave up after 3 retries/)
        assert.equal(err.correlationId, 'corr-4')
        return true
      }
    )
    assert.equal(calls, 4)
  })

  it('does not repeat 400, 403 or 404', async () => {
    for (const status of [400, 403, 404]) {
      let calls = 0
      await assert.rejects(
        withRetries(
          async () => {
            calls += 1
            throw fail(status)
          },
          { clock: new FakeClock(), policy }
        )
      )
      assert.equal(calls, 1, `HTTP ${status} was repeated`)
    }
  })

  it('logs in again once on a 401 and repeats the call, but not twice', async () => {
    let logins = 0
    let calls = 0
    await assert.rejects(
      withRetries(
        async () => {
          calls += 1
          throw fail(401)
        },
        { clock: new FakeClock(), policy, onUnauthorized: async () => void (logins += 1) }
      ),
      /HTTP 401/
    )
    assert.equal(logins, 1)
    assert.equal(calls, 2)
  })

  it('respects a narrower isRetryable (publish repeats 429 only)', async () => {
    let calls = 0
    await assert.rejects(
      withRetries(
        async () => {
          calls += 1
          throw fail(503)
        },
        { clock: new FakeClock(), policy, isRetryable: (e) => e.status === 429 }
      )
    )
    assert.equal(calls, 1)
  })

  for (const networkCode of ['ENOTFOUND', 'EAI_AGAIN']) {
    it(`repeats a host that does not resolve (${networkCode}) once, whatever max-retries says`, async () => {
      let calls = 0
      await assert.rejects(
        withRetries(
          async () => {
            calls += 1
            throw new PlatformError({ message: 'login failed: the host x could not be resolved', networkCode })
          },
          { clock: new FakeClock(), policy: { ...DEFAULT_RETRY_POLICY, maxRetries: 5 } }
        ),
        (err: PlatformError) => {
          assert.equal(err.message, 'gave up after 1 retry: login failed: the host x could not be resolved')
          assert.equal(err.networkCode, networkCode)
          return true
        }
      )
      assert.equal(calls, 2)
    })
  }

  it('a DNS failure after other failures ends the call at once if it already had its retry', async () => {
    const errors = [
      new PlatformError({ message: 'dns', networkCode: 'EAI_AGAIN' }),
      fail(503),
      new PlatformError({ message: 'dns again', networkCode: 'EAI_AGAIN' })
    ]
    let calls = 0
    await assert.rejects(
      withRetries(
        async () => {
          calls += 1
          throw errors.shift() ?? fail(503)
        },
        { clock: new FakeClock(), policy: { ...DEFAULT_RETRY_POLICY, maxRetries: 5 } }
      ),
      /gave up after 2 retries: dns again/
    )
    assert.equal(calls, 3)
  })

  it('with max-retries 0: one call, and a message that says it was not retried (no "after 0 retries")', async () => {
    for (const err of [fail(503), new PlatformError({ message: 'GET x failed: no DNS', networkCode: 'ENOTFOUND' })]) {
      let calls = 0
      await assert.rejects(
        withRetries(
          async () => {
            calls += 1
            throw err
          },
          { clock: new FakeClock(), policy: { ...DEFAULT_RETRY_POLICY, maxRetries: 0 } }
        ),
        (thrown: PlatformError) => {
          assert.equal(thrown.message, `not retried (max-retries is 0): ${err.message}`)
          assert.doesNotMatch(thrown.message, /after 0/)
          return true
        }
      )
      assert.equal(calls, 1)
    }
  })
})
