import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { createAgents } from '../../src/http/agents.js'
import { proxyFor } from '../../src/http/proxy.js'

const url = (u: string) => new URL(u)

describe('proxy decision', () => {
  it('uses HTTPS_PROXY (or https_proxy) for https, never HTTP_PROXY', () => {
    assert.equal(
      proxyFor(url('https://api.mypurecloud.com/x'), { HTTPS_PROXY: 'http://proxy.corp.invalid:3128' })?.host,
      'proxy.corp.invalid:3128'
    )
    assert.equal(
      proxyFor(url('https://api.mypurecloud.com/x'), { https_proxy: 'proxy.corp.invalid:8080' })?.href,
      'http://proxy.corp.invalid:8080/'
    )
    assert.equal(
      proxyFor(url('https://api.mypurecloud.com/x'), { HTTP_PROXY: 'http://proxy.corp.invalid:3128' }),
      undefined
    )
  })

  it('never proxies loopback', () => {
    assert.equal(proxyFor(url('https://127.0.0.1:8443'), { HTTPS_PROXY: 'http://proxy.corp.invalid' }), undefined)
    assert.equal(proxyFor(url('http://localhost:8787'), { HTTP_PROXY: 'http://proxy.corp.invalid' }), undefined)
  })

  it('honours NO_PROXY hosts, host:port, domain suffixes and *', () => {
    const env = {
      HTTPS_PROXY: 'http://proxy.corp.invalid',
      NO_PROXY: 'itsm.corp.invalid, .internal.invalid, hooks.example.invalid:8443'
    }
    assert.equal(proxyFor(url('https://itsm.corp.invalid/hook'), env), undefined)
    assert.equal(proxyFor(url('https://a.itsm.corp.invalid/hook'), env), undefined)
    assert.equal(proxyFor(url('https://x.internal.invalid/hook'), env), undefined)
    assert.equal(proxyFor(url('https://hooks.example.invalid:8443/'), env), undefined)
    assert.ok(proxyFor(url('https://hooks.example.invalid/'), env))
    assert.ok(proxyFor(url('https://api.mypurecloud.ie/'), env))
    assert.equal(proxyFor(url('https://api.mypurecloud.ie/'), { ...env, no_proxy: '*' }), undefined)
  })

  it('does not match a suffix that is not a domain boundary', () => {
    assert.ok(proxyFor(url('https://notcorp.invalid/'), { HTTPS_PROXY: 'http://p.invalid', NO_PROXY: 'corp.invalid' }))
  })
})

describe('agents', () => {
  it('tunnel https through the proxy the rule picks, and mask its password', () => {
    const masked: string[] = []
    const agents = createAgents(
      { HTTPS_PROXY: 'http://user:p%40ss@proxy.corp.invalid:3128', NO_PROXY: 'itsm.corp.invalid' },
      (s) => masked.push(s)
    )
    assert.ok(agents.agentFor(new URL('https://api.mypurecloud.ie/api/v2/flows')) instanceof HttpsProxyAgent)
    assert.ok(!(agents.agentFor(new URL('https://itsm.corp.invalid/hook')) instanceof HttpsProxyAgent))
    assert.ok(!(agents.agentFor(new URL('http://127.0.0.1:8787/')) instanceof HttpsProxyAgent))
    assert.deepEqual(masked, ['p@ss'])
    agents.close()
  })
})
