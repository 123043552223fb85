import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { RequestBudget } from '../src/genesys/budget.js'
import { run } from '../src/main.js'
import type { CallTrace, GenesysPort, GenesysSession } from '../src/model/port.js'
import { FakeCore } from '../test/helpers/fake-core.js'
import { FakeGenesys } from '../test/helpers/fake-genesys.js'
import { VirtualClock } from '../test/helpers/virtual-clock.js'
import { LOOKUP_MAX_IDS } from '../src/genesys/client.js'
import { VALIDATE_MAX_FLOWS } from '../src/promotion/checks/validation.js'

/**
 * Releases at scale on one virtual clock: the action's `run()` in this process, against the
 * emulator's own state machine (`OrgState`, through the pipeline tests' fake port) on the same
 * clock, every request waiting for the run's real rate budget. Time moves only when every flow
 * waits, so 500 flows at 300 requests a minute take seconds to measure, and the figure is the
 * time the release would take, not this machine's speed.
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
  const ids = [...genesys.state.flows.keys()]
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'))
  const manifest = path.join(dir, 'release.yml')
  writeFileSync(
    manifest,
    [
      `concurrency: ${concurrency}`,
      `rate-limit-per-minute: ${rate}`,
      'flows:',
      ...ids.map((id) => `  - { flow-id: ${id}, target-version: checked-in }`)
    ].join('\n')
  )
  const budget = new RequestBudget(rate, clock)
  const counts: Record<string, number> = { login: 1 }
  const count1 = (method: string, n = 1) => {
    const category = CATEGORY[method] ?? method
    counts[category] = (counts[category] ?? 0) + n
  }
  // Every request takes its turn in the rate budget, as the SDK's HTTP client makes it.
  const budgeted = (port: GenesysPort): GenesysPort => {
    const wrapped = { ...port }
    for (const [name, method] of Object.entries(port) as [keyof GenesysPort, (...a: unknown[]) => Promise<unknown>][]) {
      if (name === 'lookupFlows') continue
      ;(wrapped as Record<string, unknown>)[name] = async (...args: unknown[]) => {
        if (name !== 'downloadExport') await budget.acquire()
        count1(name)
        return method(...args)
      }
    }
    wrapped.lookupFlows = async (asked) => {
      const found = []
      for (let i = 0; i < asked.length; i += LOOKUP_MAX_IDS) {
        await budget.acquire()
        count1('lookupFlows')
        found.push(...(await port.lookupFlows(asked.slice(i, i + LOOKUP_MAX_IDS))))
      }
      return found
    }
    return wrapped
  }
  const session: GenesysSession = {
    port: (trace: CallTrace) => budgeted(genesys.port(trace)),
    loggedIn: () => genesys.loggedIn()
  }
  const core = new FakeCore({
    'client-id': 'bench-client',
    'client-secret': 'bench-secret',
    region: 'us-east-1',
    manifest,
    'time-budget-minutes': '360',
    'audit-file': path.join(dir, 'audit.json')
  })
  const started = clock.now()
  await budget.acquire() // the login
  await run({
    core,
    env: { RUNNER_TEMP: dir },
    clock,
    openSession: async () => session,
    sendWebhook: async () => ({ status: 204 })
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
