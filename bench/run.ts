import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../harness/action-yml.js'
import { busiestWindow, generatedRelease } from '../harness/release-scenario.js'
import { releaseAtScale } from './scale.js'
import { runAction } from '../harness/run-action.js'
import { startEmulator } from '../emulator/server.js'
import type { ScenarioInput } from '../emulator/scenario.js'
import { staleBundle } from '../scripts/source-hash.js'
import { REQUEST_KINDS, measureRollback, type RequestKind, type RollbackRun } from './rollback.js'
import { SCHEDULES, simulate } from './schedules.js'
import { READ_KINDS, measureRead, type ReadKind, type ReadRun } from './plan.js'
import { measureGate } from './gate.js'
import { roundTrips } from '../harness/round-trips.js'

/**
 * `npm run bench`: measures the bundled action against the emulator and writes
 * bench/results/latest.{md,json}. Figures, not tests: nothing here asserts a time. Ratios are
 * taken within one run so that a slow, shared machine slows both sides alike.
 */
// Figures of a bundle built from other sources would describe code that is not there.
const stale = staleBundle()
if (stale) {
  console.error(`bench: ${stale}`)
  process.exit(1)
}

// Other work on this shared machine slows every figure: the load averages say how busy it was.
const loadAtStart = os.loadavg()
const FLOW = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
const quick = process.argv.includes('--quick')
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const range = (m: number, [lo, hi]: number[]) => (lo === hi ? String(m) : `${m} (${lo}–${hi})`)
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits
const inputs = (url: string, extra: Record<string, string> = {}) => ({
  'client-id': 'demo-client',
  'client-secret': 'demo-secret',
  'gateway-url': url,
  'flow-id': FLOW,
  ...extra
})
const flow = (extra: object = {}) => ({
  id: FLOW,
  name: 'Main IVR',
  versions: ['1.0', '2.0', '3.0'],
  published: '2.0',
  ...extra
})

async function withEmulator<T>(
  scenario: ScenarioInput,
  body: (url: string, emu: Awaited<ReturnType<typeof startEmulator>>) => Promise<T>
): Promise<T> {
  const emu = await startEmulator({ scenario })
  try {
    return await body(emu.url, emu)
  } finally {
    await emu.close()
  }
}

// 1 and 2: requests per promotion and detection lag, measured on the bundle.
const GOALS: Record<number, number> = { 1: 7, 3: 10, 10: 16, 30: 22 }
const repeats = quick ? 1 : 3
/** The backup before the first write (issue 14): its export job's requests to the platform. */
const isExportJob = (r: { path: string }) => r.path.startsWith('/api/v2/flows/export/jobs')
/** The dependency check before the first write (issue 15): what the target consumes. */
const isDependencyRead = (r: { path: string }) => r.path.startsWith('/api/v2/architect/dependencytracking/')
/** The permissions preflight (issue 27): what the client may do, once a run (goal: at most 1 request). */
const isPermissionsRead = (r: { path: string }) => r.path.startsWith('/api/v2/authorization/')
/** The platform's validation before the first write (issue 33): its validate job's start and polls. */
const isValidateJob = (r: { path: string }) => r.path.startsWith('/api/v2/flows/validate/jobs')
const promotions: {
  seconds: number
  requests: number[]
  backupRequests: number[]
  dependencyRequests: number[]
  permissionRequests: number[]
  validationRequests: number[]
  objectStoreRequests: number[]
  backupMs: number[]
  lagMs: number[]
  goalRequests: number
  goalLagMs: number
}[] = []
for (const seconds of quick ? [1, 3] : [1, 3, 10, 30]) {
  const row = {
    seconds,
    requests: [] as number[],
    backupRequests: [] as number[],
    dependencyRequests: [] as number[],
    permissionRequests: [] as number[],
    validationRequests: [] as number[],
    objectStoreRequests: [] as number[],
    backupMs: [] as number[],
    lagMs: [] as number[],
    goalRequests: GOALS[seconds]!,
    goalLagMs: Math.max(500, seconds * 250)
  }
  for (let i = 0; i < repeats; i++) {
    await withEmulator({ flows: [flow({ publish: { durationMs: seconds * 1000 } })] }, async (url, emu) => {
      const run = await runAction({ inputs: inputs(url) })
      if (run.outputs.status !== 'switched') throw new Error(`promotion failed: ${run.stdout}`)
      const op = emu.state.flow(FLOW)!.history[0]!
      row.requests.push(emu.requests.length)
      row.backupRequests.push(emu.requests.filter(isExportJob).length)
      row.dependencyRequests.push(emu.requests.filter(isDependencyRead).length)
      row.permissionRequests.push(emu.requests.filter(isPermissionsRead).length)
      row.validationRequests.push(emu.requests.filter(isValidateJob).length)
      row.objectStoreRequests.push(emu.objectStore.requests.length)
      // The backup's time: from its export job's start to the publish it comes before.
      const exportStart = emu.requests.find(isExportJob)
      const publish = emu.requests.find((r) => r.path === '/api/v2/flows/actions/publish')
      if (exportStart && publish) row.backupMs.push(publish.at - exportStart.at)
      row.lagMs.push(op.firstSeenCompleteAt! - op.completedAt!)
    })
  }
  promotions.push(row)
  console.log(
    `publish ${seconds} s: ${median(row.requests)} requests (${median(row.backupRequests)} for the backup's export job, ${median(row.dependencyRequests)} for the dependency check, ${median(row.permissionRequests)} for the permissions preflight, ${median(row.validationRequests)} for the validation), lag ${round(median(row.lagMs))} ms`
  )
}

// The schedule's curve, chosen and alternatives, from 0.5 s to 60 s (zero request latency).
const sweep = [0.5, 0.75, 1, 1.5, 2, 3, 4, 5, 7.5, 10, 15, 20, 30, 45, 60]
const curves = Object.entries(SCHEDULES).map(([name, schedule]) => ({
  name,
  points: sweep.map((seconds) => {
    // A publish can end anywhere relative to the polls: take the worst case over durations within
    // ±10% of this one, each held to its own goal.
    const band = Array.from({ length: 201 }, (_, k) => seconds * 1000 * (0.9 + (0.2 * k) / 200))
    const runs = band.map((d) => ({ d, ...simulate(schedule, d) }))
    return {
      seconds,
      requests: 4 + Math.max(...runs.map((r) => r.polls)),
      worstLagMs: Math.max(...runs.map((r) => r.lagMs)),
      meetsGoal: runs.every((r) => r.lagMs <= Math.max(500, r.d * 0.25) + 1)
    }
  })
}))

// 3: cold start of a plan against a zero-latency emulator, and the JavaScript in dist/. Without the
// diff and the platform's validation: their jobs would add the emulator's job time and the first
// poll's wait (0.5 s) to what is meant to be the cost of starting; 7 measures the plan with its diff.
const COLD_PLAN = { mode: 'plan', diff: 'never', validate: 'off' }
const cold = await withEmulator({ flows: [flow()], publishDurationMs: 0 }, async (url) => {
  const bare: number[] = []
  const plan: number[] = []
  for (let i = 0; i < (quick ? 5 : 21); i++) {
    const started = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    bare.push(performance.now() - started)
    plan.push((await runAction({ inputs: inputs(url, COLD_PLAN) })).durationMs)
  }
  return { bareMs: median(bare), planMs: median(plan), ratio: median(plan.map((p, i) => p / bare[i]!)) }
})
const node24 = process.env.NODE24_BIN
const cold24 = node24
  ? await withEmulator({ flows: [flow()], publishDurationMs: 0 }, async (url) => {
      const ratios: number[] = []
      const plans: number[] = []
      const bares: number[] = []
      for (let i = 0; i < (quick ? 5 : 21); i++) {
        const started = performance.now()
        spawnSync(node24, ['-e', '0'])
        bares.push(performance.now() - started)
        plans.push((await runAction({ node: node24, inputs: inputs(url, COLD_PLAN) })).durationMs)
        ratios.push(plans.at(-1)! / bares.at(-1)!)
      }
      return { bareMs: median(bares), planMs: median(plans), ratio: median(ratios) }
    })
  : undefined
const distBytes = readdirSync(path.join(ROOT, 'dist'))
  .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
  .reduce((n, f) => n + statSync(path.join(ROOT, 'dist', f)).size, 0)
/** What every run parses before it reads its first input; the rest are chunks loaded when needed. */
const entryBytes = statSync(path.join(ROOT, 'dist', 'index.js')).size
console.log(
  `cold start: plan ${round(cold.planMs)} ms, node -e 0 ${round(cold.bareMs)} ms, ratio ${round(cold.ratio, 2)}; dist ${round(distBytes / 1e6, 2)} MB`
)

// 4: releases at scale. 10, 100 and 500 flows on one virtual clock (bench/scale.ts), and 100 flows
// in real time against the emulator, the bundle as the runner starts it: the check that the
// virtual figure is honest. Every target is the flow's checked-in version; publishes take 0.4 s.
const scale = []
for (const flows of quick ? [10, 100] : [10, 100, 500]) scale.push(await releaseAtScale(flows))
for (const r of scale)
  console.log(
    `release of ${r.flows} (virtual): ${round(r.virtualMs / 1000, 1)} s, ${round(r.corePerFlow, 2)} requests a flow`
  )
const release = quick
  ? undefined
  : await (async () => {
      const { scenario, manifest } = generatedRelease(100, 1, [400, 400], { concurrency: 20, checkedIn: true })
      return withEmulator(scenario, async (url, emu) => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-release-'))
        writeFileSync(path.join(dir, 'release.yml'), manifest)
        const run = await runAction({
          inputs: {
            'client-id': 'demo-client',
            'client-secret': 'demo-secret',
            'gateway-url': url,
            manifest: path.join(dir, 'release.yml')
          },
          timeoutMs: 600_000
        })
        const api = emu.requests.filter((r) => r.path.startsWith('/api/'))
        const backupRequests = emu.requests.filter(isExportJob).length
        const dependencyRequests = emu.requests.filter(isDependencyRead).length
        const permissionRequests = emu.requests.filter(isPermissionsRead).length
        const validationRequests = emu.requests.filter(isValidateJob).length
        const core = emu.requests.length - backupRequests - dependencyRequests - permissionRequests - validationRequests
        return {
          status: run.outputs.status,
          totalMs: run.durationMs,
          requests: emu.requests.length,
          corePerFlow: core / 100,
          busiestMinute: busiestWindow(api.map((r) => r.at)),
          status429: emu.requests.filter((r) => r.status === 429).length,
          backupRequests,
          dependencyRequests,
          permissionRequests,
          validationRequests,
          objectStoreRequests: emu.objectStore.requests.length
        }
      })
    })()
if (release)
  console.log(
    `release of 100 (real time): ${round(release.totalMs / 1000, 1)} s for ${release.requests} requests, ${round(release.corePerFlow, 2)} a flow`
  )

// 5: rollback time and requests, from the failed verification to the old version (or its content)
// verified live. The promotion's publish (1 s) leaves 1.0 live instead of 3.0; the action rolls back
// to 2.0. Republish: the emulator's old mode, in which publishing an older id puts it live. Restore:
// the default, in which that publish changes nothing, so the action restores 2.0's content through
// an import job and verifies it by exporting what is live. Job durations are the emulator's: what
// real jobs take is unknown, so every restore figure is an emulator figure with its durations.
const ROLLBACK_PUBLISH_MS = 1_000
interface RollbackMode {
  key: string
  label: string
  publishOnlyCheckedIn: boolean
  exportMs: number
  importMs: number
  strategy: 'auto' | 'restore'
}
const rollbackModes: RollbackMode[] = [
  {
    key: 'republish',
    label: 'republish (old mode: `publishOnlyCheckedIn: false`, the older id goes live)',
    publishOnlyCheckedIn: false,
    exportMs: 200,
    importMs: 300,
    strategy: 'auto'
  },
  {
    key: 'restore',
    label: 'restore (default: the republish changes nothing, then export, import, verify by content)',
    publishOnlyCheckedIn: true,
    exportMs: 200,
    importMs: 300,
    strategy: 'auto'
  },
  {
    key: 'restore-slow-jobs',
    label: 'restore, slower jobs',
    publishOnlyCheckedIn: true,
    exportMs: 2_000,
    importMs: 5_000,
    strategy: 'auto'
  },
  {
    key: 'restore-only',
    label: 'restore with `rollback-strategy: restore` (no republish attempt)',
    publishOnlyCheckedIn: true,
    exportMs: 200,
    importMs: 300,
    strategy: 'restore'
  }
]
const rollbackRepeats = quick ? 1 : 5
const rollbackRuns = new Map<string, RollbackRun[]>(rollbackModes.map((m) => [m.key, []]))
// Interleaved, so that each mode's run has a republish run next to it for the ratio.
for (let i = 0; i < rollbackRepeats; i++) {
  for (const mode of rollbackModes) {
    const scenario: ScenarioInput = {
      publishOnlyCheckedIn: mode.publishOnlyCheckedIn,
      exportDurationMs: mode.exportMs,
      importDurationMs: mode.importMs,
      flows: [
        flow({
          publish: { durationMs: ROLLBACK_PUBLISH_MS },
          publishes: [{ outcome: 'publishes-other', otherVersion: '1.0' }]
        })
      ]
    }
    await withEmulator(scenario, async (url, emu) => {
      const extra: Record<string, string> = mode.strategy === 'auto' ? {} : { 'rollback-strategy': mode.strategy }
      const run = await measureRollback(emu, FLOW, inputs(url, extra))
      if (run.restored !== mode.publishOnlyCheckedIn)
        throw new Error(`${mode.key}: the rollback ${run.restored ? 'restored' : 'republished'}, which it should not`)
      rollbackRuns.get(mode.key)!.push(run)
    })
  }
}
const republishRuns = rollbackRuns.get('republish')!
const rollbacks = rollbackModes.map((mode) => {
  const runs = rollbackRuns.get(mode.key)!
  const perKind = (pick: (r: RollbackRun) => Record<RequestKind, number>) =>
    Object.fromEntries(REQUEST_KINDS.map((k) => [k, median(runs.map((r) => pick(r)[k]))])) as Record<
      RequestKind,
      number
    >
  const phases = runs.every((r) => r.phasesMs)
    ? {
        republishAndCheck: median(runs.map((r) => r.phasesMs!.republishAndCheck)),
        import: median(runs.map((r) => r.phasesMs!.import)),
        verify: median(runs.map((r) => r.phasesMs!.verify))
      }
    : undefined
  const jobLag = runs.every((r) => r.jobLagMs)
    ? {
        import: median(runs.map((r) => r.jobLagMs!.import)),
        export: median(runs.map((r) => r.jobLagMs!.export))
      }
    : undefined
  const totals = runs.map((r) => r.platformTotal)
  const storeTotals = runs.map((r) => r.objectStoreTotal)
  return {
    ...mode,
    emulatorFigures: true,
    publishMs: ROLLBACK_PUBLISH_MS,
    medianMs: median(runs.map((r) => r.rollbackMs)),
    runsMs: runs.map((r) => r.rollbackMs),
    ratioToRepublish: median(runs.map((r, i) => r.rollbackMs / republishRuns[i]!.rollbackMs)),
    medianRunMs: median(runs.map((r) => r.runMs)),
    platformRequests: median(totals),
    platformRequestsRange: [Math.min(...totals), Math.max(...totals)],
    objectStoreRequests: median(storeTotals),
    objectStoreRequestsRange: [Math.min(...storeTotals), Math.max(...storeTotals)],
    platformByKind: perKind((r) => r.platform),
    objectStoreByKind: perKind((r) => r.objectStore),
    phasesMs: phases,
    jobLagMs: jobLag,
    liveVersions: [...new Set(runs.map((r) => r.liveVersion))]
  }
})
for (const r of rollbacks)
  console.log(
    `rollback, ${r.key} (publish 1 s${r.publishOnlyCheckedIn ? `, export ${r.exportMs} ms, import ${r.importMs} ms` : ''}): ${r.medianMs} ms, ${round(r.ratioToRepublish, 2)}× republish, ${r.platformRequests} platform + ${r.objectStoreRequests} object-store requests`
  )

// 7: what a plan and a drift check cost (issue 15): the dependency check, who made each version,
// and with the diff (or a check that has to compare content) an export job per version. Export
// jobs take the emulator's time: every figure here is an emulator figure with its job duration.
interface ReadMode {
  key: string
  label: string
  extra: Record<string, string>
  status: string
  exportMs: number
}
const readModes: ReadMode[] = [
  {
    key: 'plan-no-diff',
    label: 'plan, `diff: never`',
    extra: { mode: 'plan', diff: 'never' },
    status: 'planned',
    exportMs: 200
  },
  {
    key: 'plan-diff',
    label: 'plan, `diff: auto` (the default)',
    extra: { mode: 'plan' },
    status: 'planned',
    exportMs: 200
  },
  {
    key: 'plan-diff-slow-jobs',
    label: 'plan, `diff: auto`, slower export jobs',
    extra: { mode: 'plan' },
    status: 'planned',
    exportMs: 2_000
  },
  {
    key: 'check-in-sync',
    label: 'check, in sync (the target, 2.0, is live)',
    extra: { mode: 'check', 'target-version': '2.0' },
    status: 'in-sync',
    exportMs: 200
  },
  {
    key: 'check-drifted',
    label: 'check, drifted (2.0 live, target 3.0: both exported, compared, diffed)',
    extra: { mode: 'check' },
    status: 'drifted',
    exportMs: 200
  }
]
const readRepeats = quick ? 2 : 5
const readRuns = new Map<string, ReadRun[]>(readModes.map((m) => [m.key, []]))
for (let i = 0; i < readRepeats; i++) {
  for (const mode of readModes) {
    await withEmulator({ exportDurationMs: mode.exportMs, flows: [flow()] }, async (url, emu) => {
      const run = await measureRead(emu, inputs(url, mode.extra), mode.status)
      const wantsDiff = mode.key.startsWith('plan-diff') || mode.key === 'check-drifted'
      if (run.diffShown !== wantsDiff) throw new Error(`${mode.key}: the diff was ${run.diffShown ? '' : 'not '}shown`)
      readRuns.get(mode.key)!.push(run)
    })
  }
}
const reads = readModes.map((mode) => {
  const runs = readRuns.get(mode.key)!
  const platform = runs.map((r) => r.platformTotal)
  const store = runs.map((r) => r.objectStoreTotal)
  return {
    key: mode.key,
    label: mode.label,
    status: mode.status,
    emulatorFigures: true,
    exportDurationMs: mode.exportMs,
    platformRequests: median(platform),
    platformRequestsRange: [Math.min(...platform), Math.max(...platform)],
    objectStoreRequests: median(store),
    objectStoreRequestsRange: [Math.min(...store), Math.max(...store)],
    byKind: Object.fromEntries(READ_KINDS.map((k) => [k, median(runs.map((r) => r.byKind[k]))])) as Record<
      ReadKind,
      number
    >,
    medianRunMs: round(median(runs.map((r) => r.runMs))),
    runsMs: runs.map((r) => round(r.runMs)),
    medianRequestSpanMs: round(median(runs.map((r) => r.requestSpanMs))),
    medianExportMs: round(median(runs.map((r) => r.exportMs))),
    exportsOverlap: runs.every((r) => r.exportsOverlap)
  }
})
for (const r of reads)
  console.log(
    `${r.key} (export job ${r.exportDurationMs} ms): ${r.platformRequests} platform + ${r.objectStoreRequests} object-store requests, ${r.medianRunMs} ms`
  )
const readByKey = (key: string) => reads.find((r) => r.key === key)!

// 7, against a platform that answers in 50 ms: a plan waits once per round trip, not once per request.
const LATENCY_MS = 50
const latentPlans: { requests: number; roundTrips: number; runMs: number }[] = []
for (let i = 0; i < readRepeats; i++) {
  await withEmulator({ flows: [flow()], latencyMs: LATENCY_MS }, async (url, emu) => {
    const run = await runAction({ inputs: inputs(url, COLD_PLAN) })
    if (run.outputs.status !== 'planned') throw new Error(`plan at ${LATENCY_MS} ms: ${run.stdout}${run.stderr}`)
    latentPlans.push({ requests: emu.requests.length, roundTrips: roundTrips(emu.requests), runMs: run.durationMs })
  })
}
const latentPlan = {
  latencyMs: LATENCY_MS,
  requests: median(latentPlans.map((p) => p.requests)),
  roundTrips: median(latentPlans.map((p) => p.roundTrips)),
  medianRunMs: round(median(latentPlans.map((p) => p.runMs)))
}
console.log(
  `plan at ${LATENCY_MS} ms latency: ${latentPlan.requests} requests in ${latentPlan.roundTrips} round trips, ${latentPlan.medianRunMs} ms`
)
/** What the diff adds to a plan, at each export job duration measured. */
const diffCost = ['plan-diff', 'plan-diff-slow-jobs']
  .map((key) => {
    const withDiff = readByKey(key)
    const without = readByKey('plan-no-diff')
    const platform = withDiff.platformRequests - without.platformRequests
    const store = withDiff.objectStoreRequests - without.objectStoreRequests
    const seconds = round((withDiff.medianRunMs - without.medianRunMs) / 1000, 2)
    return `${platform} platform and ${store} object-store requests and ${seconds} s at the emulator's ${withDiff.exportDurationMs / 1000} s export jobs`
  })
  .join('; ')

// 8: the health gate's requests per minute of window, on the virtual clock (bench/gate.ts).
const gate = []
for (const seconds of [60, 300, 600, 1800]) gate.push(await measureGate(seconds, 'healthy'))
gate.push(await measureGate(600, 'failing'), await measureGate(600, 'healthy', 10))
for (const g of gate)
  console.log(
    `health gate, ${g.label}: ${g.gateRequests} gate requests, ${round(g.perMinute, 2)} a minute of window, ${g.verdict}`
  )

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cores: os.cpus().length,
  loadAverage: { start: loadAtStart, end: os.loadavg() },
  quick,
  promotions: promotions.map((p) => ({
    ...p,
    medianRequests: median(p.requests),
    medianBackupMs: p.backupMs.length ? median(p.backupMs) : undefined,
    medianLagMs: round(median(p.lagMs))
  })),
  curves,
  coldStart: { ...cold, node24: cold24, distBytes, entryBytes, goalRatio: 3.5, goalBytes: 3_000_000 },
  release,
  scale,
  rollback: { publishSeconds: ROLLBACK_PUBLISH_MS / 1000, repeats: rollbackRepeats, modes: rollbacks },
  reads: { repeats: readRepeats, modes: reads, latentPlan },
  gate
}

const lines = [
  `# Benchmark results`,
  '',
  `${results.date} · Node ${results.node} · ${results.cores} cores · load average ${results.loadAverage.start.map((l) => round(l, 1)).join(' / ')} at the start, ${results.loadAverage.end.map((l) => round(l, 1)).join(' / ')} at the end (1 / 5 / 15 min)${quick ? ' · quick run' : ''}. Medians of ${repeats} run(s) unless said otherwise.`,
  '',
  '## At a glance (issue 30)',
  '',
  '| figure | measured | goal |',
  '| --- | --- | --- |',
  `| plan with diff ÷ plan without (\`diff: auto\` ÷ \`never\`, median runs, emulator export jobs ${readByKey('plan-diff').exportDurationMs / 1000} s) | ${round(readByKey('plan-diff').medianRunMs / readByKey('plan-no-diff').medianRunMs, 2)}×; its two export jobs ${readByKey('plan-diff').exportsOverlap ? 'overlap in every run' : '**do not overlap** in every run'} | ≤ 4× |`,
  `| plan start ÷ \`node -e 0\` (median of ${quick ? 5 : 21} pairs, same Node) | ${round(cold.ratio, 2)}× on ${process.version}${cold24 ? `, ${round(cold24.ratio, 2)}× on Node 24` : ''} | ≤ 3.5× |`,
  `| plan round trips (\`diff: never\`, \`validate: off\`, emulator answering in ${latentPlan.latencyMs} ms) | ${latentPlan.roundTrips} for ${latentPlan.requests} requests; ${round(latentPlan.medianRunMs / 1000, 2)} s a run | — |`,
  `| 10-flow release ÷ its bound (virtual clock) | ${round(scale.find((r) => r.flows === 10)!.ratio, 2)}× (${round(scale.find((r) => r.flows === 10)!.virtualMs / 1000, 2)} s against ${round(scale.find((r) => r.flows === 10)!.boundMs / 1000, 2)} s) | ≤ 2× |`,
  `| requests per promotion at 1 / 3 / 10 s publish, all / without the backup, the dependency check, the permissions preflight and the validation job | ${[1, 3, 10].map((s) => results.promotions.find((p) => p.seconds === s)?.medianRequests ?? '—').join(' / ')} / ${[
    1, 3, 10
  ]
    .map((s) => {
      const p = results.promotions.find((q) => q.seconds === s)
      return p
        ? p.medianRequests -
            median(p.backupRequests) -
            median(p.dependencyRequests) -
            median(p.permissionRequests) -
            median(p.validationRequests)
        : '—'
    })
    .join(' / ')} | ≤ 7 / 10 / 16 |`,
  `| validation, requests a single promotion (job start, polls; the re-read after it is core) / jobs a 10-flow release | ${median(results.promotions[0]!.validationRequests)} / ${(scale.find((r) => r.flows === 10)!.requests['validation jobs'] ?? 0) / 2} | ≤ 3 / 1 |`,
  `| permissions preflight, requests a run (1 to 500 flows) | ${Math.max(...results.promotions.map((p) => median(p.permissionRequests)))} | ≤ 1 |`,
  `| health gate, requests a minute of window (10 min) | ${round(gate.find((g) => g.label.includes('600') || g.label.includes('10 min'))?.perMinute ?? NaN, 2)} | — |`,
  '',
  '## 1–2. One promotion: requests and detection lag (bundle against the emulator)',
  '',
  '| publish | requests | of them the backup export job | of them the dependency check | of them the permissions preflight (goal ≤ 1) | of them the validation | goal | lag (median) | goal | | object-store requests | backup before the publish (median) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.promotions.map(
    (p) =>
      `| ${p.seconds} s | ${p.medianRequests} | ${median(p.backupRequests)} | ${median(p.dependencyRequests)} | ${median(p.permissionRequests)} | ${median(p.validationRequests)} | ≤ ${p.goalRequests} | ${p.medianLagMs} ms | ≤ ${p.goalLagMs} ms | ${p.medianRequests <= p.goalRequests && p.medianLagMs <= p.goalLagMs ? 'met' : 'missed'} | ${median(p.objectStoreRequests)} | ${p.medianBackupMs === undefined ? '—' : `${p.medianBackupMs} ms`} |`
  ),
  '',
  'Lower bound: 5 requests (login, read flow, read version, publish, one read that sees completion). Lag: from the moment the emulator completes the publish to the read that first shows it.',
  '',
  'The goals were set before the backup (issue 14): before the first write the action exports the live version (an export job: start, polls; the download goes to the object store, another origin, and is not counted in "requests"). Issue 15 added the dependency check before the first write (what the target consumes, one page here), issue 27 the permissions preflight (what the client may do: one request a run, whatever the number of flows, and no poll), issue 33 the validation by the platform (a validate job: start and polls; emulator job: 200 ms; after it the flow is read again before the write, one more flow read that the "requests" column holds and the validation column does not). Without the backup, the dependency check, the preflight and the validation the requests are the "requests" column less those four columns. Backup before the publish: from the export job\'s start to the publish request (emulator export job: 200 ms).',
  '',
  '### Poll schedules from 0.5 s to 60 s: worst-case requests (incl. the 4 fixed calls) / worst-case lag, for publishes within ±10% of each duration, zero latency',
  '',
  `| schedule | ${sweep.map((s) => `${s} s`).join(' | ')} |`,
  `| --- | ${sweep.map(() => '---').join(' | ')} |`,
  ...curves.map(
    (c) =>
      `| ${c.name} | ${c.points.map((p) => `${p.requests} / ${round(p.worstLagMs / 1000, 2)} s${p.meetsGoal ? '' : ' ✗'}`).join(' | ')} |`
  ),
  '',
  '✗: for some publish duration within ±10% of this one, the lag misses max(0.5 s, 25% of that duration).',
  '',
  '## 3. Cold start',
  '',
  `| plan run, \`diff: never\` (median) | node -e 0 (median) | ratio (median of pairs) | goal | dist/ JavaScript | goal | of it, the entry chunk |`,
  '| --- | --- | --- | --- | --- | --- | --- |',
  `| ${process.version}: ${round(cold.planMs)} ms | ${round(cold.bareMs)} ms | ${round(cold.ratio, 2)}× | ≤ 3.5× | ${round(distBytes / 1e6, 2)} MB | ≤ 3 MB | ${round(entryBytes / 1e6, 2)} MB |`,
  ...(cold24
    ? [
        `| Node 24: ${round(cold24.planMs)} ms | ${round(cold24.bareMs)} ms | ${round(cold24.ratio, 2)}× | ≤ 3.5× | | | |`
      ]
    : []),
  '',
  ...(cold.ratio > 3.5
    ? [
        `Ratio missed by ${round(cold.ratio - 3.5, 2)}×: loading the SDK (axios, winston) and compiling the bundle; see bench/README.md.`,
        ''
      ]
    : []),
  ...(distBytes > 3_000_000
    ? [
        `Size missed by ${round((distBytes - 3_000_000) / 1e6, 2)} MB: \`undici\` (0.93 MB), which the toolkit pulls in, is a chunk of its own that only a GitHub request loads (\`src/http/undici-on-demand.ts\`), so a run's start no longer pays for it; it still counts here (bench/README.md).`,
        ''
      ]
    : []),
  ...(cold24
    ? [
        `Node 24 starts a bare process in ${round(cold24.bareMs)} ms against ${round(cold.bareMs)} ms for ${process.version} here, so the same work is a larger multiple there${cold24.ratio > 3.5 ? `: missed by ${round(cold24.ratio - 3.5, 2)}×. A plan takes ${round(cold24.planMs - cold24.bareMs)} ms there beyond Node's own start, where the goal leaves ${round(2.5 * cold24.bareMs)} ms; where it goes is in bench/README.md` : ''}.`,
        ''
      ]
    : []),
  '## 4. Releases at scale',
  '',
  "Every target the checked-in version, publishes 0.4 s, 20 at a time, 300 requests a minute. **Virtual**: the action's `run()` and the emulator's state machine on one virtual clock (`bench/scale.ts`), every request in the run's rate budget: the time is what the release would take. Core requests: login, flow reads (lookups of up to 50, and single reads), publishes, polls and verification (polls are lookups too). The permissions preflight, the dependency check, the backup export jobs and the validation (one validate job for up to 50 flows) have their own columns; object-store downloads are apart. The bound is in `bench/README.md`.",
  '',
  '| flows | core requests a flow | goal | permissions preflight (goal ≤ 1) | dependency checks | backup export jobs | validation jobs | object store | time | bound | ratio | goal |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...scale.map(
    (r) =>
      `| ${r.flows} (virtual) | ${round(r.corePerFlow, 2)} (${r.core}) | ${r.flows >= 100 ? '≤ 1.3' : '—'} | ${r.requests['permissions preflight'] ?? 0} | ${r.requests['dependency checks'] ?? 0} | ${r.requests['backup export jobs'] ?? 0} | ${r.requests['validation jobs'] ?? 0} | ${r.requests['object store (apart)'] ?? 0} | ${round(r.virtualMs / 1000, 1)} s | ${round(r.boundMs / 1000, 1)} s | ${round(r.ratio, 2)} | ${r.flows === 500 ? '≤ 1.3' : '—'} |`
  ),
  ...(release
    ? [
        `| 100 (real time, the bundle) | ${round(release.corePerFlow, 2)} | ≤ 1.3 | ${release.permissionRequests} | ${release.dependencyRequests} | ${release.backupRequests} | ${release.validationRequests} | ${release.objectStoreRequests} | ${round(release.totalMs / 1000, 1)} s | — | — | — |`,
        '',
        `Real time: ${release.requests} requests in all, the busiest minute ${release.busiestMinute}, ${release.status429} answered 429; real ÷ virtual time at 100 flows: ${round(release.totalMs / (scale.find((r) => r.flows === 100)?.virtualMs ?? release.totalMs), 2)}.`
      ]
    : ['', '_The real-time release is skipped in a quick run._']),
  '',
  '## 5–6. Rollback by republishing (5) and by restoring (6): emulator figures',
  '',
  `**Emulator figures.** How long Architect's export and import jobs take on the real platform is unknown (nothing public says), so the restore figures hold only for the job durations given, which are the emulator's. Every run: the promotion's publish (${ROLLBACK_PUBLISH_MS / 1000} s) leaves 1.0 live instead of 3.0; the action rolls back to 2.0. Medians of ${rollbackRepeats} run(s) of each mode, interleaved; the ratio is the median of the per-iteration ratios to the republish run next to it.`,
  '',
  '| mode | publish / export job / import job (emulator) | rollback time (median) | runs | ÷ republish (same run) | platform requests | object-store requests |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rollbacks.map(
    (r) =>
      `| ${r.label} | ${r.publishMs / 1000} s / ${r.publishOnlyCheckedIn ? `${r.exportMs / 1000} s / ${r.importMs / 1000} s` : '— / —'} | ${round(r.medianMs / 1000, 2)} s | ${r.runsMs.join(', ')} ms | ${r.key === 'republish' ? '1' : `${round(r.ratioToRepublish, 2)}×`} | ${range(r.platformRequests, r.platformRequestsRange)} | ${range(r.objectStoreRequests, r.objectStoreRequestsRange)} |`
  ),
  '',
  "Rollback time: the audit record's `rollback.durationMs`, from the failed verification (the read that saw the wrong version live) to the old version (republish) or its content (restore) verified live. Requests: every request after that read, to the end of the run (nothing follows the rollback here).",
  '',
  '### Requests of the rollback, by kind (medians)',
  '',
  `| mode | export / import job | ${REQUEST_KINDS.join(' | ')} | total |`,
  `| --- | --- | ${REQUEST_KINDS.map(() => '---').join(' | ')} | --- |`,
  ...rollbacks.map(
    (r) =>
      `| ${r.key} | ${r.publishOnlyCheckedIn ? `${r.exportMs / 1000} s / ${r.importMs / 1000} s` : '—'} | ${REQUEST_KINDS.map((k) => String(r.platformByKind[k] + r.objectStoreByKind[k])).join(' | ')} | ${r.platformRequests + r.objectStoreRequests} |`
  ),
  '',
  '"download" and "upload" go to the object store (another origin); every other kind to the platform. Flow reads: the polls of the rollback\'s publish, the restore\'s read of the flow before its import and after it. The export of the version to restore is not here: it was made before the first write (the backup), so the restore uploads that file.',
  '',
  "### Where a restore's time goes (medians, from the emulator's request arrival times)",
  '',
  '| mode | export / import job | republish attempt and file check | import (register, upload, polls) | verify by content (flow read, export job, download) | import seen late by | verifying export seen late by |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rollbacks
    .filter((r) => r.phasesMs && r.jobLagMs)
    .map(
      (r) =>
        `| ${r.key} | ${r.exportMs / 1000} s / ${r.importMs / 1000} s | ${r.phasesMs!.republishAndCheck} ms | ${r.phasesMs!.import} ms | ${r.phasesMs!.verify} ms | ${r.jobLagMs!.import} ms | ${r.jobLagMs!.export} ms |`
    ),
  '',
  "Seen late by: from the moment the emulator's job ended to the poll that saw it end. Jobs are polled on the publish schedule (every 0.5 s at first, then a quarter of the time elapsed), so a job shorter than 0.5 s is seen at 0.5 s.",
  '',
  '## 7. Plans and drift checks: requests and time (emulator figures)',
  '',
  `**Emulator figures.** The export jobs take the emulator's time given in the table (its default 0.2 s, and 2 s); how long Architect's export jobs take on a real org is unknown and may be much longer. One flow, 2.0 live, 3.0 checked in, default inputs otherwise; medians of ${readRepeats} runs of each, interleaved, each against a fresh emulator. No run wrote anything.`,
  '',
  '| run | export job (emulator) | status | platform requests | object-store requests | run time (median) | runs | first request to last (median) | export jobs: start to last download (median) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...reads.map(
    (r) =>
      `| ${r.label} | ${r.byKind['export start'] ? `${r.exportDurationMs / 1000} s` : '—'} | ${r.status} | ${range(r.platformRequests, r.platformRequestsRange)} | ${range(r.objectStoreRequests, r.objectStoreRequestsRange)} | ${round(r.medianRunMs / 1000, 2)} s | ${r.runsMs.join(', ')} ms | ${r.medianRequestSpanMs} ms | ${r.medianExportMs ? `${r.medianExportMs} ms` : '—'} |`
  ),
  '',
  `The diff's cost, against the plan without it: ${diffCost} (differences of the medians). Run time: process start to exit, as the runner sees the step (it includes starting Node and loading the bundle, section 3).`,
  '',
  `Against an emulator that answers every request in ${latentPlan.latencyMs} ms, the plan without the diff or the validate job (section 3's) makes ${latentPlan.requests} requests in ${latentPlan.roundTrips} round trips and takes ${round(latentPlan.medianRunMs / 1000, 2)} s (median of ${readRepeats}). Round trips: the longest chain of requests each sent after the one before was answered (\`harness/round-trips.ts\`); the permissions go beside the flow read, the live version's record and dependencies beside the target's.`,
  '',
  '### Requests by kind (medians)',
  '',
  `| run | export job | ${READ_KINDS.join(' | ')} | total |`,
  `| --- | --- | ${READ_KINDS.map(() => '---').join(' | ')} | --- |`,
  ...reads.map(
    (r) =>
      `| ${r.key} | ${r.byKind['export start'] ? `${r.exportDurationMs / 1000} s` : '—'} | ${READ_KINDS.map((k) => String(r.byKind[k])).join(' | ')} | ${r.platformRequests + r.objectStoreRequests} |`
  ),
  '',
  "\"download\" goes to the object store (another origin); every other kind to the platform. Permissions: what the client may do (`GET /api/v2/authorization/subjects/me`), once a run. Flow read: the flow with its live and checked-in versions. Version reads in a plan: the target version (validation), then who made the live and the target version (the target's record a second time). Dependencies: what the target and the live version consume (`consumedresources`, one page each here), for the check and the list of what changes. Validate job: the platform's validation of the target (start and one poll at the emulator's 0.2 s). A check reads no dependencies: in sync by id it reads only who made the live version; drifted, who made both, and it exports both versions to compare their content (a restored target counts as in sync), the files the diff also shows. Export jobs run side by side, one per version (issue 30); at the emulator's 0.2 s each is seen done by its first poll (0.5 s), so the diff's time there is mostly poll lag.",
  '',
  '## 8. Health gate: requests per minute of window (virtual clock)',
  '',
  "One flow, 2.0 taking the emulator's `healthy` or `failing` traffic after its publish (1.0 healthy before), or 10 flows of one stage watched together; the action's `run()` on the virtual clock (`bench/gate.ts`), every request in the run's rate budget. Gate requests: the replaced version's calls before the publish, then the polls (every fifth of the window, 10 s to 60 s apart).",
  '',
  '| run | verdict | status | gate requests | a minute of window | first query to verdict | all requests |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...gate.map(
    (g) =>
      `| ${g.label} | ${g.verdict} | ${g.status} | ${g.gateRequests} | ${round(g.perMinute, 2)} | ${round(g.watchedMs / 1000)} s | ${g.totalRequests} |`
  ),
  ''
]
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(path.join(ROOT, 'bench', 'results', 'latest.md'), lines.join('\n'))
console.log(`\nWrote bench/results/latest.md and latest.json`)
