import { isLoopbackHost } from './hosts.js'

/**
 * Which proxy, if any, a request to `url` goes through. The rules are `@actions/http-client`'s
 * (4.x, `getProxyUrl` and `checkBypass`), so the action routes like first-party actions on the same
 * runner: `https_proxy`/`HTTPS_PROXY` for https and `http_proxy`/`HTTP_PROXY` for http, with no
 * fallback between them; loopback never proxied; `no_proxy`/`NO_PROXY` entries match the host,
 * `host:port`, or a domain suffix, and `*` matches everything. Kept here rather than imported
 * because that package reads `process.env` itself; here the environment is passed in, and one
 * decision serves the platform client and the webhook.
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): URL | undefined {
  if (isLoopbackHost(url.hostname)) return undefined
  const https = url.protocol === 'https:'
  const configured = https ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY
  if (!configured) return undefined
  if (bypassesProxy(url, env.no_proxy || env.NO_PROXY || '')) return undefined
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(configured) ? configured : `http://${configured}`)
  } catch {
    return undefined
  }
}

function bypassesProxy(url: URL, noProxy: string): boolean {
  const host = url.hostname.toUpperCase()
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  const candidates = [host, `${host}:${port}`]
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter(Boolean)
    .some(
      (entry) =>
        entry === '*' ||
        candidates.some(
          (candidate) =>
            candidate === entry ||
            candidate.endsWith(`.${entry}`) ||
            (entry.startsWith('.') && candidate.endsWith(entry))
        )
    )
}
