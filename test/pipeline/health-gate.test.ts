import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import type { FlowAggregateQuery } from '../../src/model/port.js'
import { sameFlowFile } from '../../emulator/flow-file.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline, type PipelineRun } from '../helpers/pipeline.js'

/** A 10-minute gate on the promotion of 3.0 over 2.0 (the checked-in target), on the virtual clock. */
const GATE = { 'flow-id': FLOW_ID, 'health-gate-seconds': '600' }

function queries(run: PipelineRun): FlowAggregateQuery[] {
  return run.genesys.calls.filter((c) => c.method === 'queryFlowAggregates').map((c) => c.args[0] as FlowAggregateQuery)
}

/** [start, end] of an analytics interval, in epoch ms. */
function bounds(query: FlowAggregateQuery): [number, number] {
  const [start, end] = query.interval.split('/').map((t) => Date.parse(t))
  return [start!, end!]
}

describe('pipeline: health gate', () => {
  it('rolls a failing new version back: the previous content is live, health-gate=failed, the step fails', async () => {
    const run = await runPipeline(GATE, { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'failing' } })] })
    const { core, genesys, audit } = run
    assert.equal(core.outputs['health-gate'], 'failed')
    assert.equal(core.outputs.status, 'rolled-back')
    assert.match(core.failed ?? '', /^rolled-back: the health gate failed: 3\.0: \d+ of \d+ calls failed/)
    // 2.0 is not the checked-in version: its content went live again through a restore.
    const flow = genesys.state.flow(FLOW_ID)!
    assert.equal(audit?.versions.restoredFrom, '2.0')
    assert.equal(flow.publishedVersionId, '4.0')
    assert.ok(sameFlowFile(flow.versions.get('4.0')!.content, flow.versions.get('2.0')!.content, flow.division.name))
    assert.equal(audit?.healthGate.verdict, 'failed')
    assert.equal(audit?.error.code, 'health.gate.failed')
    assert.equal(audit?.rollback.status, 'restored')

    // Grouped by flowVersion, filtered to the flow, with an interval: the replaced version's same
    // length of time before the publish first, then polls from the publish on.
    const sent = queries(run)
    for (const query of sent) {
      assert.deepEqual(query.groupBy, ['flowVersion'])
      assert.deepEqual(query.filter, { type: 'and', predicates: [{ dimension: 'flowId', value: FLOW_ID }] })
      assert.deepEqual(query.metrics, ['nFlow', 'nFlowOutcomeFailed', 'tFlowDisconnect'])
      assert.match(query.interval, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    }
    // Whole seconds that cover the instants asked for: the window, and a second more when the
    // publish came between two seconds.
    const [before, ...polls] = sent.map(bounds)
    assert.ok([600_000, 601_000].includes(before![1] - before![0]), `${before![1] - before![0]} ms`)
    assert.ok(polls.length >= 1 && polls.every(([start]) => start === before![0] + 600_000))
    // Stopped early: the verdict was clear long before the 10 minutes ended.
    assert.equal(audit?.healthGate.endedEarly, 'verdict')
    assert.ok(polls.length < 10, `${polls.length} polls`)
    assert.equal(audit?.healthGate.replaced.version, '2.0')
    assert.equal(audit?.healthGate.replaced.basis, 'before')
    assert.ok(audit?.healthGate.version.failurePercent > audit?.healthGate.allowedFailurePercent)
    assert.match(run.summary, /#### ❌ Health gate: failed: rolled back to 2\.0/)
    assert.match(run.summary, /\| 3\.0 \(new\) \| \d+ \| \d+ \| \d+ \| [\d.]+% \|/)
  })

  it('passes a healthy new version after the whole window: health-gate=passed, exit 0', async () => {
    const run = await runPipeline(GATE, { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'healthy' } })] })
    assert.equal(run.core.failed, undefined)
    assert.deepEqual([run.core.outputs.status, run.core.outputs['health-gate']], ['switched', 'passed'])
    assert.equal(run.genesys.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
    assert.equal(run.audit?.healthGate.endedEarly, null)
    assert.equal(run.audit?.healthGate.window.watchedSeconds >= 600, true)
    // A few polls within the window, not one at the end: every 60 s of a 10-minute window.
    assert.equal(run.audit?.healthGate.polls, 10)
    assert.equal(run.genesys.writes().length, 1)
    assert.match(run.core.text('info'), /Health gate: 1 min \d+ s of 10 min, poll 1: 3\.0 \d+ entries, \d+ failed/)
  })

  it('says where the watch stands at least every 10 s, between polls a minute apart', async () => {
    const run = await runPipeline(GATE, { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'healthy' } })] })
    assert.equal(run.core.outputs['health-gate'], 'passed')
    const lines = run.core.logs.filter((l) => l.level !== 'debug')
    const first = lines.findIndex((l) => /^Health gate/.test(l.message))
    const last = lines.findIndex((l) => /^Health gate passed/.test(l.message))
    const watched = lines.slice(first, last + 1)
    assert.ok(watched.at(-1)!.at! - watched[0]!.at! >= 540_000, 'the watch took its window')
    const silences = watched.slice(1).map((l, i) => l.at! - watched[i]!.at!)
    assert.ok(Math.max(...silences) <= 10_000, watched.map((l) => `${l.at} ${l.message}`).join('\n'))
    assert.match(
      run.core.text('info'),
      /Still waiting for the calls to 3\.0 \(health gate\) after [\d.]+ s: \d+ entries, \d+ failed; gives up in .* \(health-gate-seconds\)/
    )
  })

  it('calls thin traffic inconclusive: a warning, no rollback', async () => {
    const run = await runPipeline(GATE, { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'thin' } })] })
    assert.equal(run.core.failed, undefined)
    assert.deepEqual([run.core.outputs.status, run.core.outputs['health-gate']], ['switched', 'inconclusive'])
    assert.equal(run.genesys.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
    assert.equal(run.audit?.rollback.attempted, false)
    assert.match(
      run.core.text('warning'),
      /Health gate inconclusive: 3\.0 took \d calls?, fewer than health-gate-min-entries \(20\)/
    )
  })

  it('compares with the replaced version: a flow whose callers often hang up is not failed for it', async () => {
    const noisy = { entriesPerMinute: 30, disconnectPercent: 20 }
    const run = await runPipeline(
      { ...GATE, 'health-gate-seconds': '300' },
      { flows: [mainIvr({ traffic: { '2.0': noisy, '3.0': noisy } })] }
    )
    assert.equal(run.core.outputs['health-gate'], 'passed')
    assert.equal(run.audit?.healthGate.replaced.failurePercent, 20)
  })

  it('with health-gate-on-fail fail, the step fails and the new version stays live', async () => {
    const run = await runPipeline(
      { ...GATE, 'health-gate-on-fail': 'fail' },
      { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'failing' } })] }
    )
    assert.deepEqual([run.core.outputs.status, run.core.outputs['health-gate']], ['failed', 'failed'])
    assert.equal(run.genesys.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
    assert.equal(run.genesys.writes().length, 1)
  })

  it('with health-gate-on-fail warn, the step passes with a warning', async () => {
    const run = await runPipeline(
      { ...GATE, 'health-gate-on-fail': 'warn' },
      { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'failing' } })] }
    )
    assert.equal(run.core.failed, undefined)
    assert.deepEqual([run.core.outputs.status, run.core.outputs['health-gate']], ['switched', 'failed'])
    assert.match(run.core.text('warning'), /health-gate-on-fail is warn, so 3\.0 stays live/)
  })

  it("watches a flow file's new version too, and restores the version before when it fails", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gate-flow-file-'))
    writeFileSync(path.join(dir, 'main.yaml'), 'inboundCall:\n  name: Main IVR\n  description: "new"\n')
    const run = await runPipeline(
      { 'flow-file': 'main.yaml', 'health-gate-seconds': '300' },
      // The import makes 4.0.
      { flows: [mainIvr({ traffic: { '2.0': 'healthy', '4.0': 'failing' } })] },
      { env: { GITHUB_WORKSPACE: dir } }
    )
    assert.deepEqual([run.core.outputs.status, run.core.outputs['health-gate']], ['rolled-back', 'failed'])
    assert.equal(run.audit?.healthGate.version.version, '4.0')
    const flow = run.genesys.state.flow(FLOW_ID)!
    assert.equal(flow.publishedVersionId, '5.0')
    assert.ok(sameFlowFile(flow.versions.get('5.0')!.content, flow.versions.get('2.0')!.content, flow.division.name))
    assert.equal(run.genesys.calls.filter((c) => c.method === 'publish').length, 0, 'no republish: a restore')
  })

  it('is off by default: no analytics query, health-gate=off', async () => {
    const run = await runPipeline({ 'flow-id': FLOW_ID }, { flows: [mainIvr({ traffic: { '3.0': 'failing' } })] })
    assert.equal(run.core.outputs['health-gate'], 'off')
    assert.equal(queries(run).length, 0)
    assert.equal(run.audit?.healthGate, null)
  })

  it('is inconclusive, not a rollback, when flow analytics refuses the query', async () => {
    const { PlatformError } = await import('../../src/model/errors.js')
    const run = await runPipeline(
      GATE,
      { flows: [mainIvr({ traffic: { '3.0': 'failing' } })] },
      {
        prepare: (genesys) =>
          genesys.failNext(
            'queryFlowAggregates',
            new PlatformError({
              message: 'analytics failed: missing permission',
              status: 403,
              code: 'missing.permissions'
            })
          )
      }
    )
    assert.deepEqual([run.core.outputs.status, run.core.outputs['health-gate']], ['switched', 'inconclusive'])
    assert.equal(run.audit?.healthGate.endedEarly, 'query-refused')
    assert.equal(queries(run).length, 1)
  })

  for (const [input, value] of [
    ['health-gate-seconds', '-1'],
    ['health-gate-seconds', 'soon'],
    ['health-gate-min-entries', 'many'],
    ['health-gate-max-failure-percent', '150'],
    ['health-gate-on-fail', 'maybe']
  ] as const) {
    it(`refuses ${input}: ${value} as an input error naming it, with no request sent`, async () => {
      const run = await runPipeline({ ...GATE, [input]: value }, { flows: [mainIvr()] })
      assert.match(run.core.failed ?? '', new RegExp(`^Input ${input}: `))
      assert.equal(run.core.outputs.status, 'failed')
      assert.equal(run.sessionsOpened, 0)
      assert.deepEqual(run.genesys.calls, [])
    })
  }
})

const GREETING = '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab'
const greeting = (traffic: Record<string, 'healthy' | 'failing' | 'thin'>) => ({
  id: GREETING,
  name: 'Shared Greeting',
  type: 'commonmodule',
  versions: ['11.0', '12.0'],
  published: '11.0',
  traffic
})

function release(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'gate-release-')), 'release.yml')
  writeFileSync(
    file,
    `concurrency: 1
stages:
  - name: modules
    flows: [{ flow-id: ${GREETING}, target-version: checked-in }]
  - name: inbound
    flows: [{ flow-id: ${FLOW_ID}, target-version: checked-in }]
`
  )
  return file
}

describe('pipeline: health gate in a release', () => {
  it('gates each stage before the next; a failed gate rolls the whole release back, atomic or not', async () => {
    const run = await runPipeline(
      { manifest: release(), 'health-gate-seconds': '300' },
      {
        flows: [
          greeting({ '11.0': 'healthy', '12.0': 'healthy' }),
          mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'failing' } })
        ]
      }
    )
    assert.equal(run.core.outputs['health-gate'], 'failed')
    assert.equal(run.core.outputs.status, 'rolled-back')
    const [modules, inbound] = run.audit!.flows
    assert.deepEqual([modules.healthGate.verdict, inbound.healthGate.verdict], ['passed', 'failed'])
    assert.deepEqual([modules.status, inbound.status], ['rolled-back', 'rolled-back'])
    assert.match(modules.error.message, /^a flow of this release failed its health gate; rolled back/)
    // The first stage's gate ended before the second stage's publish.
    const order = run.genesys.calls.map((c) =>
      c.method === 'queryFlowAggregates'
        ? `query ${(c.args[0] as FlowAggregateQuery).filter.predicates[0]!.value}`
        : `${c.method} ${String(c.args[0])}`
    )
    const lastGreetingQuery = order.lastIndexOf(`query ${GREETING}`)
    const ivrPublish = order.indexOf(`publish ${FLOW_ID}`)
    assert.ok(lastGreetingQuery >= 0 && lastGreetingQuery < ivrPublish, order.join('\n'))
    assert.match(run.summary, /\*\*Health gate:\*\* 1 passed, 1 failed, 0 inconclusive/)
  })

  it('writes no stage whose publish and watch the time budget no longer covers', async () => {
    const run = await runPipeline(
      { manifest: release(), 'health-gate-seconds': '600' },
      {
        flows: [
          greeting({ '11.0': 'healthy', '12.0': 'healthy' }),
          mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'healthy' } })
        ]
      }
    )
    const [modules, inbound] = run.audit!.flows
    assert.deepEqual([modules.status, modules.healthGate.verdict], ['switched', 'passed'])
    assert.equal(inbound.status, 'failed')
    assert.equal(inbound.error.code, 'budget.exhausted')
    assert.match(inbound.error.message, /and the health gate's watch 600 s/)
    assert.equal(run.genesys.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
    assert.deepEqual(
      run.genesys.writes().map((w) => w.args[0]),
      [GREETING]
    )
  })
})
