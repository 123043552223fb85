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
      /HTTP 403, missing\.permissions, correlation id corr-9\)\. publish needs architect:flow:publish in the flow's division: give it to the OAuth client's role/
    )
  })

  it('words a 403 that names its permissions as the permissions check does, step first', () => {
    const refused = (kind: 'export' | 'import' | 'unlock', message: string, code = 'missing.permissions') =>
      toPlatformError({ status: 403, headers: {}, body: { message, code, status: 403 } }, kind, 'X').hint
    assert.equal(
      refused(
        'export',
        "You are missing the following permission 'architect:jobExport:create' in the provided division(s)."
      ),
      "export needs architect:jobExport:create: give it to the OAuth client's role (a role change takes up to five minutes to apply)"
    )
    assert.match(
      refused('import', 'Missing: architect:job:create, architect:job:view', 'missing.any.permissions')!,
      /^import needs architect:job:create and architect:job:view: give them/
    )
    assert.match(
      refused('unlock', 'missing architect:flow:unlock')!,
      /^force-unlock needs architect:flow:unlock in the flow's division/
    )
    // No permission named, or another code: the hint by kind of call, as before.
    assert.match(
      refused('export', 'You may not')!,
      /^Give the OAuth client's role the permissions architect:jobExport:create/
    )
    assert.match(refused('export', 'architect:job:create', 'not.authorized')!, /^Give the OAuth client's role/)
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

  /** What axios rejects with when getaddrinfo fails: its code, the Node error as `cause`, and the request's URL. */
  function dnsRejection(code: string, hostname: string) {
    return Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), {
      code,
      cause: Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code, hostname, syscall: 'getaddrinfo' }),
      config: { url: `https://${hostname}/api/v2/flows/x` }
    })
  }

  for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL']) {
    it(`names the host that did not resolve (${code}), and the setting that chose it at login`, () => {
      const login = toPlatformError(dnsRejection(code, 'api.genesys.invalid'), 'login', 'login', {
        host: 'https://api.genesys.invalid',
        source: 'gateway-url'
      })
      assert.equal(login.networkCode, code)
      assert.equal(login.status, undefined)
      assert.match(
        login.describe(),
        new RegExp(
          `^login failed: the host api\\.genesys\\.invalid \\(chosen by gateway-url\\) could not be resolved \\(${code}\\)\\. Check region or gateway-url.*retried once`
        )
      )
      const read = toPlatformError(dnsRejection(code, 'api.mypurecloud.ie'), 'read', 'GET /api/v2/flows/x')
      assert.equal(read.message, 'GET /api/v2/flows/x failed: the host api.mypurecloud.ie could not be resolved')
    })
  }

  it('names the host from the request URL when the error carries none, and a proxy as itself', () => {
    const bare = toPlatformError(
      { code: 'ENOTFOUND', config: { url: 'https://login.mypurecloud.de/oauth/token' } },
      'login',
      'login',
      {
        host: 'login.mypurecloud.de',
        source: 'region'
      }
    )
    assert.match(bare.message, /the host login\.mypurecloud\.de \(chosen by region\) could not be resolved/)
    const proxy = toPlatformError(dnsRejection('ENOTFOUND', 'proxy.corp.invalid'), 'login', 'login', {
      host: 'login.mypurecloud.de',
      source: 'region'
    })
    assert.match(proxy.message, /the host proxy\.corp\.invalid could not be resolved/)
    assert.doesNotMatch(proxy.message, /chosen by/)
  })

  it('keeps other transport failures as they were', () => {
    const reset = toPlatformError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'read', 'GET z')
    assert.equal(reset.message, 'GET z failed without a response')
  })
})
