import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { errorMessage, PlatformError } from '../../src/model/errors.js'
import { retryAfterSeconds, toPlatformError } from '../../src/genesys/platform-error.js'

describe('platform errors', () => {
  it('reads status, code, message and correlation id from an extended SDK rejection', () => {
    const err = toPlatformError(
      {
        status: 403,
        headers: { 'inin-correlation-id': 'corr-9' },
        body: {
          message: 'You are missing the following permission(s): architect:flow:publish',
          code: 'missing.permissions',
          status: 403,
          contextId: 'corr-9',
          details: [],
          errors: []
        }
      },
      'publish',
      'POST /api/v2/flows/actions/publish'
    )
    assert.equal(err.status, 403)
    assert.equal(err.code, 'missing.permissions')
    assert.equal(err.correlationId, 'corr-9')
    assert.match(
      err.describe(),
      /HTTP 403, missing\.permissions, correlation id corr-9\)\. Give the OAuth client's role the permission architect:flow:publish/
    )
  })

  it('hints architect:flow:view for a 403 on a read', () => {
    const err = toPlatformError(
      { status: 403, headers: {}, body: { message: 'm', code: 'missing.any.permissions', status: 403 } },
      'read',
      'GET x'
    )
    assert.match(err.describe(), /architect:flow:view/)
  })

  it('reads the OAuth error body of a refused login (an axios error)', () => {
    const err = toPlatformError(
      {
        response: { status: 401, headers: {}, data: { error: 'invalid_client', error_description: 'client not found' } }
      },
      'login',
      'login'
    )
    assert.equal(err.code, 'invalid_client')
    assert.match(err.describe(), /login failed: client not found .*check client-id and client-secret/)
  })

  it('keeps Retry-After for 429 and a transport code when no response came', () => {
    assert.equal(
      toPlatformError({ status: 429, headers: { 'retry-after': '42' }, body: {} }, 'read', 'GET').retryAfterSeconds,
      42
    )
    const network = toPlatformError(
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      'read',
      'GET /api/v2/flows/x'
    )
    assert.equal(network.status, undefined)
    assert.equal(network.networkCode, 'ECONNRESET')
    assert.equal(toPlatformError({ code: 'ECONNABORTED' }, 'read', 'GET y').message, 'GET y timed out')
  })

  it('parses Retry-After as seconds or as an HTTP date', () => {
    assert.equal(retryAfterSeconds({ 'retry-after': '3' }), 3)
    assert.equal(retryAfterSeconds({ 'retry-after': new Date(10_000).toUTCString() }, 0), 10)
    assert.equal(retryAfterSeconds({}), undefined)
  })

  it('never renders an object as [object Object]', () => {
    assert.equal(errorMessage({ a: 1 }), '{"a":1}')
    assert.equal(errorMessage(new PlatformError({ message: 'm', status: 500 })), 'm (HTTP 500)')
  })
})
