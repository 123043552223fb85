import http from 'node:http'
import https from 'node:https'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { proxyFor } from './proxy.js'

export interface Agents {
  /** The agent for a request to `url`: a proxy tunnel when the proxy rule says so. */
  agentFor(url: URL): http.Agent
  close(): void
}

/**
 * Keep-alive agents for one run, shared by the platform client and the webhook so that both make
 * the same proxy decision. `onProxySecret` receives a proxy URL's password so it can be masked.
 */
export function createAgents(env: NodeJS.ProcessEnv, onProxySecret: (secret: string) => void): Agents {
  const plain = new http.Agent({ keepAlive: true })
  const secure = new https.Agent({ keepAlive: true })
  const tunnels = new Map<string, HttpsProxyAgent<string>>()
  return {
    agentFor(url) {
      if (url.protocol === 'http:') return plain
      const proxy = proxyFor(url, env)
      if (!proxy) return secure
      if (proxy.password) onProxySecret(decodeURIComponent(proxy.password))
      let tunnel = tunnels.get(proxy.href)
      if (!tunnel) {
        tunnel = new HttpsProxyAgent(proxy.href, { keepAlive: true })
        tunnels.set(proxy.href, tunnel)
      }
      return tunnel
    },
    close() {
      plain.destroy()
      secure.destroy()
      for (const tunnel of tunnels.values()) tunnel.destroy()
    }
  }
}
