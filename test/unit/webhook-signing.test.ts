import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { verifyStandardWebhook } from '../../harness/receiver.js'
import { parseSigningSecret } from '../../src/inputs/signing-secret.js'
import { signStandardWebhook } from '../../src/webhook/sign.js'

describe('Standard Webhooks signing', () => {
  it('reproduces the specification test vector', () => {
    const key = parseSigningSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')
    assert.equal(
      signStandardWebhook(key, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}'),
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
    )
  })

  it('verifies the way a receiver does: HMAC of id.timestamp.body with the decoded key', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`
    const signature = signStandardWebhook(parseSigningSecret(secret), 'evt-1', 1700000000, '{"a":1}')
    const headers = { 'webhook-id': 'evt-1', 'webhook-timestamp': '1700000000', 'webhook-signature': signature }
    assert.ok(verifyStandardWebhook(secret, headers, '{"a":1}', 1700000000))
  })

  it('refuses secrets that are not whsec_ + base64 of 24 to 64 bytes, saying how to make one', () => {
    for (const bad of [
      'hunter2',
      'whsec_',
      `whsec_${Buffer.alloc(16).toString('base64')}`,
      `whsec_${Buffer.alloc(65).toString('base64')}`,
      'whsec_not*base64!!not*base64!!not*base64!!'
    ]) {
      assert.throws(() => parseSigningSecret(bad), /openssl rand -base64 32/, bad)
    }
  })
})
