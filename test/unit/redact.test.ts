import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clientFingerprint } from '../../src/audit/fingerprint.js'
import { redactDeep, redactionsFor } from '../../src/audit/redact.js'
import { withoutSecrets } from '../../src/model/plan.js'
import { isMaskable } from '../../src/model/secrets.js'

describe('redaction of masked values', () => {
  const clientId = '0c1d2e3f-0000-4000-8000-00000000c11e'
  const redactions = redactionsFor(clientId, [
    clientId,
    'https://store.invalid/upload?X-Amz-Signature=abc',
    'cs-secret-value'
  ])

  it('names our client by its fingerprint, a URL and any other masked value by a placeholder', () => {
    const record = {
      oauthClientId: clientId,
      snapshot: { lastOperation: { client: { id: clientId, name: 'Pipeline' } } },
      error: { message: 'the job said: PUT https://store.invalid/upload?X-Amz-Signature=abc failed; cs-secret-value' }
    }
    assert.deepEqual(redactDeep(record, redactions), {
      oauthClientId: clientFingerprint(clientId),
      snapshot: { lastOperation: { client: { id: clientFingerprint(clientId), name: 'Pipeline' } } },
      error: { message: 'the job said: PUT <masked URL> failed; <masked>' }
    })
    assert.match(clientFingerprint(clientId), /^sha256:[0-9a-f]{12}$/)
  })

  it('replaces whole tokens only, and leaves the input unchanged', () => {
    const short = redactionsFor('c', [])
    const input = { status: 'switched', id: 'c', list: ['c', 'cc'] }
    assert.deepEqual(redactDeep(input, short), {
      status: 'switched',
      id: clientFingerprint('c'),
      list: [clientFingerprint('c'), 'cc']
    })
    assert.equal(input.id, 'c')
  })
})

describe('redaction of declared secrets', () => {
  it('replaces a secret substituted into a flow file inside words too, however short', () => {
    const declared = redactionsFor('client-id-0000', ['0x1F'], ['0x1F'])
    assert.equal(redactDeep('tts: pin0x1F.', declared), 'tts: pin<masked>.')
    // A masked value that was not declared keeps its word boundaries.
    const plain = redactionsFor('client-id-0000', ['0x1F'])
    assert.equal(redactDeep('tts: pin0x1F.', plain), 'tts: pin0x1F.')
  })
})

describe('what can be masked: empty, short and ordinary values', () => {
  const clientId = 'client-id-0000'
  const text = { status: 'drifted', message: 'key pk_live_9f8e7d6c for Acme' }

  it('an empty value is no pattern, masked or declared: the text stays readable', () => {
    for (const redactions of [redactionsFor(clientId, ['']), redactionsFor(clientId, [''], [''])]) {
      assert.ok(!redactions.some((r) => r.value === ''), 'no empty pattern')
      assert.deepEqual(redactDeep(text, redactions), text)
    }
  })

  it('a short masked value is replaced where it stands alone, a declared one anywhere; an ordinary one anywhere', () => {
    const short = redactionsFor(clientId, ['Acme'])
    assert.equal(redactDeep('Acme, Acmeville', short), '<masked>, Acmeville')
    const declared = redactionsFor(clientId, ['Acme'], ['Acme'])
    assert.equal(redactDeep('Acme, Acmeville', declared), '<masked>, <masked>ville')
    const ordinary = redactionsFor(clientId, ['pk_live_9f8e7d6c'], ['pk_live_9f8e7d6c'])
    assert.deepEqual(redactDeep(text, ordinary), { status: 'drifted', message: 'key <masked> for Acme' })
  })

  it('a flow file’s secrets leave its text as it is when empty, and masked otherwise', () => {
    assert.equal(withoutSecrets('key: ""', ['']), 'key: ""')
    assert.equal(withoutSecrets('key: "pk_live_9f8e7d6c"', ['', 'pk_live_9f8e7d6c']), 'key: "<masked>"')
  })

  it('the rule itself: only the empty value cannot be masked', () => {
    assert.deepEqual(['', ' ', 'a', 'pk_live_9f8e7d6c'].map(isMaskable), [false, true, true, true])
  })
})
