import type { Clock } from '../../src/model/clock.js'
import { systemClock } from '../../src/deps.js'
import { RequestBudget } from '../../src/genesys/budget.js'
import { openGenesysSession } from '../../src/genesys/client.js'
import { createAgents } from '../../src/http/agents.js'

/** A real SDK session pointed at an emulator through the gateway setting. */
export async function sdkSession(
  url: string,
  options: {
    clock?: Clock
    maxRetries?: number
    clientSecret?: string
    env?: NodeJS.ProcessEnv
    requestTimeoutMs?: number
  } = {}
) {
  const gateway = new URL(url)
  const masked: string[] = []
  const agents = createAgents(options.env ?? {}, (s) => masked.push(s))
  const session = await openGenesysSession({
    clientId: 'demo-client',
    clientSecret: options.clientSecret ?? 'demo-secret',
    platform: {
      region: 'mypurecloud.com',
      regionGiven: false,
      hostSource: 'gateway-url',
      gateway: { protocol: 'http', host: gateway.hostname, port: Number(gateway.port), path: '' },
      maxRetries: options.maxRetries ?? 3,
      requestTimeoutMs: options.requestTimeoutMs ?? 5_000
    },
    clock: options.clock ?? systemClock,
    budget: new RequestBudget(300, options.clock ?? systemClock),
    agents,
    mask: (s) => masked.push(s)
  })
  return { session, masked, close: () => agents.close() }
}
