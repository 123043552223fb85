import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { backoffMs, deliver, isRetryable, type AttemptResult, type Delivery } from '../../src/webhook/deliver.js'
import { parseSigningSecret } from '../../src/inputs/signing-secret.js'
import { FakeClock } from '../helpers/fake-clock.js'

const delivery: Delivery = {
  url: new URL('https://itsm.example.invalid/hook'),
  event: { contentType: 'application/json', body: '{"x":1}', standardWebhooks: true },
  id: 'audit-1',
  signingKey: parseSigningSecret(`whsec_${Buffer.alloc(24, 1).toString('base64')}`),
  timeoutMs: 10_000
}

function scripted(results: AttemptResult[]) {
  const sent: Record<string, string>[] = []
  return {
    sent,
    send: async (_url: URL, _body: string, headers: Record<string, string>) => {
      sent.push(headers)
      return results.shift() ?? { status: 200 }
    }
  }
}

describe('webhook delivery', () => {
  it('retries 408, 429 and 5xx except 501/505, and transport failures, but not certificate errors or other 4xx', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) assert.equal(isRetryable({ status }), true, String(status))
    for (const status of [400, 401, 403, 404, 410, 422, 501, 505])
      assert.equal(isRetryable({ status }), false, String(status))
    assert.equal(isRetryable({ error: 'ECONNREFUSED' }), true)
    assert.equal(isRetryable({ error: 'ETIMEDOUT' }), true)
    assert.equal(isRetryable({ error: 'CERT_HAS_EXPIRED' }), false)
  })

  for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL']) {
    it(`a host that does not resolve (${code}) is retried once, and the reason never names it`, async () => {
      const url = new URL('https://t0k3n-in-the-host.hooks.example.invalid/path')
      const logs: string[] = []
      const { sent, send } = scripted(Array.from({ length: 5 }, () => ({ error: code })))
      const result = await deliver({ ...delivery, url }, { clock: new FakeClock(0, 0), send, log: (m) => logs.push(m) })
      assert.equal(sent.length, 2)
      assert.equal(result.status, 'failed')
      assert.equal(result.attempts, 2)
      assert.equal(
        result.reason,
        `the webhook host could not be resolved (${code}): check webhook-url, and that the runner can resolve it`
      )
      assert.doesNotMatch([result.reason, ...logs].join('\n'), /t0k3n|example\.invalid/)
    })
  }

  it('a host that resolves on the retry is delivered; a later failure still gets the full schedule', async () => {
    const { sent, send } = scripted([{ error: 'EAI_AGAIN' }, { status: 503 }, { status: 503 }, { status: 204 }])
    const result = await deliver(delivery, { clock: new FakeClock(0, 0), send, log: () => undefined })
    assert.deepEqual(result, { status: 'delivered', httpStatus: 204, attempts: 4 })
    assert.equal(sent.length, 4)
  })

  it("a cancelled run's single attempt reports a DNS failure as one", async () => {
    const { send } = scripted([{ error: 'ENOTFOUND' }])
    const result = await deliver(delivery, { clock: new FakeClock(0, 0), send, log: () => undefined, maxAttempts: 1 })
    assert.equal(result.attempts, 1)
    assert.match(result.reason!, /^the webhook host could not be resolved \(ENOTFOUND\)/)
  })

  it('backs off exponentially with full jitter, capped at 30 s', () => {
    assert.deepEqual(
      [1, 2, 3, 6, 9].map((n) => backoffMs(n, () => 0.999999)),
      [999, 1_999, 3_999, 29_999, 29_999]
    )
    assert.equal(
      backoffMs(4, () => 0),
      0
    )
  })

  it('keeps the id and the body and signs each attempt with its own timestamp', async () => {
    const clock = new FakeClock(1_700_000_000_000, 1)
    const { sent, send } = scripted([{ error: 'ECONNREFUSED' }, { status: 503 }, { status: 204 }])
    const result = await deliver(delivery, { clock, send, log: () => undefined })
    assert.deepEqual(result, { status: 'delivered', httpStatus: 204, attempts: 3 })
    assert.deepEqual(new Set(sent.map((h) => h['webhook-id'])), new Set(['audit-1']))
    assert.deepEqual(new Set(sent.map((h) => h['idempotency-key'])), new Set(['audit-1']))
    assert.equal(new Set(sent.map((h) => h['webhook-timestamp'])).size, 3)
    assert.equal(new Set(sent.map((h) => h['webhook-signature'])).size, 3)
  })

  it('honours Retry-After up to 60 s, and gives up beyond', async () => {
    const clock = new FakeClock(0, 0)
    const ok = await deliver(delivery, {
      clock,
      send: scripted([{ status: 429, retryAfterMs: 20_000 }]).send,
      log: () => undefined
    })
    assert.equal(ok.status, 'delivered')
    assert.deepEqual(clock.sleeps, [20_000])
    const tooLong = await deliver(delivery, {
      clock: new FakeClock(0, 0),
      send: scripted([{ status: 503, retryAfterMs: 61_000 }]).send,
      log: () => undefined
    })
    assert.equal(tooLong.status, 'failed')
    assert.equal(tooLong.attempts, 1)
  })

  it('stops at 5 attempts', async () => {
    const { sent, send } = scripted(Array.from({ length: 9 }, () => ({ status: 500 })))
    const result = await deliver(delivery, { clock: new FakeClock(0, 1), send, log: () => undefined })
    assert.equal(result.status, 'failed')
    assert.equal(result.attempts, 5)
    assert.equal(sent.length, 5)
  })

  it('stops when the next wait would pass 120 s', async () => {
    const { sent, send } = scripted(Array.from({ length: 9 }, () => ({ status: 429, retryAfterMs: 50_000 })))
    const result = await deliver(delivery, { clock: new FakeClock(0, 0), send, log: () => undefined })
    assert.equal(result.status, 'failed')
    assert.equal(sent.length, 3)
  })

  it('does not retry a 400 and does not follow a redirect', async () => {
    for (const status of [400, 302]) {
      const { sent, send } = scripted([{ status }])
      const result = await deliver(delivery, { clock: new FakeClock(), send, log: () => undefined })
      assert.equal(result.status, 'failed')
      assert.equal(sent.length, 1, `HTTP ${status} was repeated`)
    }
  })

  it('sends no signature headers for an unsigned format, and authorization when configured', async () => {
    const { sent, send } = scripted([{ status: 202 }])
    await deliver(
      { ...delivery, event: { ...delivery.event, standardWebhooks: false }, authorization: 'Bearer abc' },
      { clock: new FakeClock(), send, log: () => undefined }
    )
    assert.equal(sent[0]!['webhook-signature'], undefined)
    assert.equal(sent[0]!['webhook-id'], undefined)
    assert.equal(sent[0]!.authorization, 'Bearer abc')
    assert.match(sent[0]!['user-agent']!, /^genesys-flow-promote\/\d+\.\d+\.\d+$/)
  })

  it('logs nothing of the URL (not even its host) and no header', async () => {
    const logs: string[] = []
    await deliver(
      {
        ...delivery,
        url: new URL('https://hooks.example.invalid/T0/B0/secret-path?token=abc'),
        authorization: 'Bearer xyz'
      },
      { clock: new FakeClock(), send: scripted([{ status: 200 }]).send, log: (m) => logs.push(m) }
    )
    assert.match(logs.join('\n'), /^Webhook audit-1: attempt 1, HTTP 200, \d+ ms$/)
    assert.doesNotMatch(logs.join('\n'), /hooks|example|secret-path|token=abc|xyz/)
  })
})
