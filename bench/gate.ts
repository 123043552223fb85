import { FakeGenesys } from '../test/helpers/fake-genesys.js'
import { VirtualClock } from '../test/helpers/virtual-clock.js'
import { runOnVirtualClock } from './virtual-run.js'

/**
 * The health gate's cost on one virtual clock (`virtual-run.ts`). Gate requests are the flow
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
  const gateAt: number[] = []
  let total = 1
  const core = await runOnVirtualClock({
    genesys,
    clock,
    ratePerMinute: 300,
    flowIds: [...genesys.state.flows.keys()],
    manifestSettings: [`concurrency: ${flows}`],
    inputs: { 'health-gate-seconds': String(windowSeconds), 'time-budget-minutes': '120' },
    onCall: (name) => {
      if (name !== 'downloadExport') total += 1
      if (name === 'queryFlowAggregates') gateAt.push(clock.now())
    }
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
