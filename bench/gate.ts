import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { RequestBudget } from '../src/genesys/budget.js'
import { run } from '../src/main.js'
import type { CallTrace, GenesysPort, GenesysSession } from '../src/model/port.js'
import { FakeCore } from '../test/helpers/fake-core.js'
import { FakeGenesys } from '../test/helpers/fake-genesys.js'
import { VirtualClock } from '../test/helpers/virtual-clock.js'

/**
 * The health gate's cost on one virtual clock (as `scale.ts`): the action's `run()` against the
 * emulator's state machine, every request in the run's rate budget. Gate requests are the flow
 * analytics queries: the baseline before the publish and the polls within the window.
 */
export interface GateRun {
  label: string
  flows: number
  windowSeconds: number
  traffic: 'healthy' | 'failing'
  verdict: string
  status: string
  gateRequests: number
  /** Gate requests over the window's minutes. */
  perMinute: number
  /** From the first gate request to the verdict (the last gate request), virtual. */
  watchedMs: number
  totalRequests: number
}

export async function measureGate(windowSeconds: number, traffic: 'healthy' | 'failing', flows = 1): Promise<GateRun> {
  const clock = new VirtualClock()
  const versions = { '1.0': 'healthy', '2.0': traffic } as const
  const genesys = new FakeGenesys(
    {
      seed: 7,
      publishDurationMs: 1_000,
      flows: Array.from({ length: flows }, (_, i) => ({
        name: `Gated flow ${i + 1}`,
        versions: ['1.0', '2.0'],
        published: '1.0',
        traffic: versions
      }))
    },
    clock.now
  )
  const ids = [...genesys.state.flows.keys()]
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-gate-'))
  const manifest = path.join(dir, 'release.yml')
  writeFileSync(
    manifest,
    [`concurrency: ${flows}`, 'flows:', ...ids.map((id) => `  - { flow-id: ${id}, target-version: checked-in }`)].join(
      '\n'
    )
  )
  const budget = new RequestBudget(300, clock)
  const gateAt: number[] = []
  let total = 1
  const budgeted = (port: GenesysPort): GenesysPort => {
    const wrapped = { ...port }
    for (const [name, method] of Object.entries(port) as [keyof GenesysPort, (...a: unknown[]) => Promise<unknown>][]) {
      ;(wrapped as Record<string, unknown>)[name] = async (...args: unknown[]) => {
        if (name !== 'downloadExport') {
          await budget.acquire()
          total += 1
        }
        if (name === 'queryFlowAggregates') gateAt.push(clock.now())
        return method(...args)
      }
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
    ...(flows === 1 ? { 'flow-id': ids[0]! } : { manifest }),
    'health-gate-seconds': String(windowSeconds),
    'time-budget-minutes': '120',
    'audit-file': path.join(dir, 'audit.json')
  })
  await budget.acquire() // the login
  await run({
    core,
    env: { RUNNER_TEMP: dir },
    clock,
    openSession: async () => session,
    sendWebhook: async () => ({ status: 204 })
  })
  return {
    label: `${flows === 1 ? 'one flow' : `${flows} flows in one stage`}, ${traffic}, ${windowSeconds / 60} min window`,
    flows,
    windowSeconds,
    traffic,
    verdict: core.outputs['health-gate'] ?? '?',
    status: core.outputs.status ?? '?',
    gateRequests: gateAt.length,
    perMinute: gateAt.length / (windowSeconds / 60),
    watchedMs: gateAt.length ? gateAt.at(-1)! - gateAt[0]! : 0,
    totalRequests: total
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const seconds of [60, 300, 600, 1800]) console.log(JSON.stringify(await measureGate(seconds, 'healthy')))
  console.log(JSON.stringify(await measureGate(600, 'failing')))
  console.log(JSON.stringify(await measureGate(600, 'healthy', 10)))
}
