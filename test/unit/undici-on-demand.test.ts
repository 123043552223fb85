import assert from 'node:assert/strict'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { ProxyAgent, fetch } from '../../src/http/undici-on-demand.js'

// The stand-in the bundle gets for `undici`: what the toolkit does with it (a proxy dispatcher made
// at start-up, then handed to fetch) must still reach the target, through the proxy.
describe('undici on demand', () => {
  const tunnelled: string[] = []
  let target: http.Server
  let proxy: http.Server
  let targetUrl: string
  let proxyUrl: string

  before(async () => {
    target = http.createServer((req, res) => res.end(`target saw ${req.url}`))
    proxy = http.createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      tunnelled.push(req.url ?? '')
      const [host, port] = (req.url ?? '').split(':')
      const upstream = net.connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
    })
    await Promise.all([target, proxy].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))))
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  })
  after(() => {
    target.closeAllConnections()
    proxy.closeAllConnections()
    target.close()
    proxy.close()
  })

  it('sends a fetch with a ProxyAgent dispatcher through that proxy', async () => {
    const dispatcher = new ProxyAgent({ uri: proxyUrl })
    const response = await fetch(`${targetUrl}/repos/o/r/deployments`, { dispatcher })
    assert.equal(await response.text(), 'target saw /repos/o/r/deployments')
    assert.deepEqual(tunnelled, [new URL(targetUrl).host])
  })

  it('sends a fetch without a dispatcher straight to the target', async () => {
    tunnelled.length = 0
    const response = await fetch(`${targetUrl}/plain`)
    assert.equal(await response.text(), 'target saw /plain')
    assert.deepEqual(tunnelled, [])
  })
})
