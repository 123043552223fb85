import type { Agents } from '../http/agents.js'
import type { RequestBudget } from './budget.js'
import { UNREADABLE_ANSWER } from '../model/errors.js'
import type { Sdk } from './sdk.js'

export interface HttpClientOptions {
  timeoutMs: number
  budget: RequestBudget
  agents: Agents
  /** Called with the access token as soon as the token endpoint answers, before the SDK stores it. */
  onToken: (token: string) => void
  /** Told how long a request waited for the run's budget, and when it went. */
  onBudgetWait?: (waitedMs: number, now: number) => void
}

/**
 * The SDK's own axios client, adjusted for a CI step: every request waits for the run's shared
 * budget; the proxy is chosen by our own rule (`proxyFor`) instead of axios' environment handling,
 * so platform calls and webhooks agree; redirects are not followed.
 */
export function createPlatformHttpClient(sdk: Sdk, options: HttpClientOptions) {
  class PlatformHttpClient extends sdk.DefaultHttpClient {
    override toAxiosConfig(requestOptions: unknown): Record<string, unknown> {
      const config = super.toAxiosConfig(requestOptions)
      const agent = options.agents.agentFor(new URL(String(config.url)))
      return {
        ...config,
        timeout: options.timeoutMs,
        proxy: false,
        maxRedirects: 0,
        httpAgent: agent,
        httpsAgent: agent
      }
    }

    override async request(requestOptions: unknown): Promise<unknown> {
      const waited = await options.budget.acquire()
      options.onBudgetWait?.(waited, options.budget.now())
      const response = (await super.request(requestOptions)) as { data?: unknown; config?: { url?: unknown } }
      const data = response?.data
      const token = typeof data === 'object' && data ? (data as { access_token?: unknown }).access_token : undefined
      if (typeof token === 'string' && token) options.onToken(token)
      else if (String(response?.config?.url ?? '').endsWith('/oauth/token')) {
        // A token answer cut off on the way may still hold part of the token: mask that part too.
        const fragment = typeof data === 'string' ? /"access_token"\s*:\s*"([^"]+)/.exec(data)?.[1] : undefined
        if (fragment) options.onToken(fragment)
        throw Object.assign(new Error('the token endpoint answered without an access token'), {
          code: UNREADABLE_ANSWER
        })
      }
      return response
    }
  }
  return new PlatformHttpClient(options.timeoutMs)
}
