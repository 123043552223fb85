import { FakeGenesys } from '../test/helpers/fake-genesys.js'
import { VirtualClock } from '../test/helpers/virtual-clock.js'
import { LOOKUP_MAX_IDS } from '../src/genesys/client.js'
import { VALIDATE_MAX_FLOWS } from '../src/promotion/checks/validation.js'
import { runOnVirtualClock } from './virtual-run.js'

/**
 * Releases at scale on one virtual clock (`virtual-run.ts`): 500 flows at 300 requests a minute
 * take seconds to measure, and the figure is the time the release would take.
 */

/** What one release cost, by kind of request. */
export interface ScaleResult {
  flows: number
  status: string
  virtualMs: number
  requests: Record<string, number>
  /** Login, flow reads, publishes, polls and verification: the count. */
  core: number
  corePerFlow: number
  boundMs: number
  fewestRequests: number
  ratio: number
}

const CATEGORY: Record<string, string> = {
  getFlow: 'flow reads',
  lookupFlows: 'flow reads',
  findFlowsByName: 'flow reads',
  getFlowVersion: 'version reads',
  publish: 'publishes',
  consumedResources: 'dependency checks',
  startExport: 'backup export jobs',
  getExportJob: 'backup export jobs',
  startValidate: 'validation jobs',
  getValidateJob: 'validation jobs',
  downloadExport: 'object store (apart)',
  getOrganization: 'organization',
  getMyGrants: 'permissions preflight',
  divisionsPermitted: 'permissions preflight'
}

/**
 * A release of `count` flows, every target the flow's checked-in version (2.0), publishes of
 * `publishMs`, `concurrency` at a time, under `ratePerMinute`.
 */
export async function releaseAtScale(
  count: number,
  options: { publishMs?: number; concurrency?: number; ratePerMinute?: number; exportMs?: number } = {}
): Promise<ScaleResult> {
  const publishMs = options.publishMs ?? 400
  const exportMs = options.exportMs ?? 200
  const concurrency = options.concurrency ?? 20
  const rate = options.ratePerMinute ?? 300
  const clock = new VirtualClock()
  const genesys = new FakeGenesys(
    {
      seed: 7,
      publishDurationMs: publishMs,
      exportDurationMs: exportMs,
      generate: [{ count, namePrefix: 'Scale flow ', versions: ['1.0', '2.0'], published: '1.0' }]
    },
    clock.now
  )
  const counts: Record<string, number> = { login: 1 }
  const started = clock.now()
  const core = await runOnVirtualClock({
    genesys,
    clock,
    ratePerMinute: rate,
    flowIds: [...genesys.state.flows.keys()],
    manifestSettings: [`concurrency: ${concurrency}`, `rate-limit-per-minute: ${rate}`],
    inputs: { 'time-budget-minutes': '360' },
    onCall: (name) => {
      const category = CATEGORY[name] ?? name
      counts[category] = (counts[category] ?? 0) + 1
    }
  })
  const virtualMs = clock.now() - started
  const core_ = ['login', 'flow reads', 'publishes', 'version reads'].reduce((n, k) => n + (counts[k] ?? 0), 0)
  // The fewest requests: login, the permissions preflight, one lookup per 50 flows before and after,
  // one validate job per 50 flows (start and one poll), and per flow its publish, its dependency
  // check and its backup's export job (start and one poll).
  const chunks = Math.ceil(count / LOOKUP_MAX_IDS)
  const fewestRequests = 2 + 2 * chunks + 2 * Math.ceil(count / VALIDATE_MAX_FLOWS) + count * 4
  // No window of 61 s may hold more than `rate` requests: R requests need floor((R - 1) / rate) windows.
  const windowMs = 61_000
  const byRequests = Math.floor((fewestRequests - 1) / rate) * windowMs
  // Before the first write the release's validate job must end (the emulator's 0.2 s), and each
  // flow's backup export before its publish starts: one chain.
  const validateMs = 200
  const byPublishes = validateMs + Math.ceil(count / concurrency) * (exportMs + publishMs)
  const boundMs = Math.max(byRequests, byPublishes)
  return {
    flows: count,
    status: core.outputs.status ?? '?',
    virtualMs,
    requests: counts,
    core: core_,
    corePerFlow: core_ / count,
    boundMs,
    fewestRequests,
    ratio: virtualMs / boundMs
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const n of [10, 100, 500]) {
    const r = await releaseAtScale(n)
    console.log(JSON.stringify(r))
  }
}
