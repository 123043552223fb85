import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseRedactKeys } from '../../src/inputs/redact-keys.js'
import { InputError } from '../../src/model/errors.js'
import { parse } from '../helpers/config.js'

const base = {
  'client-id': 'id',
  'client-secret': 'secret',
  region: 'us-east-1',
  'flow-id': '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
}

describe('redact-keys', () => {
  it('is empty by default: the built-in names apply alone', () => {
    assert.deepEqual(parse(base).redactKeys, [])
  })

  it('takes patterns separated by commas or new lines, compared as letters and digits in lower case', () => {
    assert.deepEqual(parse({ ...base, 'redact-keys': 'customerPin, Account_Number\n\n  x-signature\r\n' }).redactKeys, [
      'customerpin',
      'accountnumber',
      'xsignature'
    ])
    assert.deepEqual(parseRedactKeys('pin2, PIN2,pin-2'), ['pin2'], 'one pattern once')
  })

  for (const [value, why] of [
    ['*token*', /without wildcards or regular expressions/],
    ['^pin$', /without wildcards or regular expressions/],
    ['customerPin, a|b', /"a\|b"/],
    ['pi', /at least 3 letters or digits/],
    ['a-b', /at least 3 letters or digits/],
    [Array.from({ length: 101 }, (_, i) => `key${i}`).join(','), /at most 100/],
    ['x'.repeat(101), /longer than 100 characters/]
  ] as const)
    it(`refuses ${JSON.stringify(value.slice(0, 30))} as an input error naming redact-keys`, () => {
      assert.throws(
        () => parse({ ...base, 'redact-keys': value }),
        (err: unknown) => err instanceof InputError && err.input === 'redact-keys' && why.test(err.message)
      )
    })
})
