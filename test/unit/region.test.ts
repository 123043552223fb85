import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { resolveRegion } from '../../src/inputs/region.js'

describe('region', () => {
  for (const value of [
    'eu-west-1',
    'EU_WEST_1',
    'mypurecloud.ie',
    'api.mypurecloud.ie',
    'https://api.mypurecloud.ie/',
    'login.mypurecloud.ie'
  ]) {
    it(`resolves ${value} to mypurecloud.ie`, () => assert.equal(resolveRegion(value), 'mypurecloud.ie'))
  }
  it('resolves the newer pure.cloud regions', () => assert.equal(resolveRegion('eu-central-2'), 'euc2.pure.cloud'))
  it('refuses a domain that is not a Genesys region, so a typo cannot receive the secret', () => {
    assert.throws(() => resolveRegion('mypurecloud.example.invalid'), /unknown region/)
    assert.throws(() => resolveRegion('http://api.mypurecloud.ie'), /unknown region/)
  })
})
