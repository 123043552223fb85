import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'
import type { FakeGenesys } from '../helpers/fake-genesys.js'

const NO_QUEUE = "Transfer to ACD: no queue is set in task 'Billing'."
const NO_FALLBACK = 'Prompt "Welcome" has no TTS fallback.'

const broken = (messages: { type?: string; text: string }[], jobFails = false) =>
  mainIvr({ validation: { '3.0': { messages, jobFails } } })

const calls = (genesys: FakeGenesys, method: string) => genesys.calls.filter((c) => c.method === method)

/** The order of what the run asked, from the first validate call on. */
const after = (genesys: FakeGenesys, method: string) =>
  genesys.calls.slice(genesys.calls.findIndex((c) => c.method === method)).map((c) => c.method)

function manifest(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'validate-')), 'release.yml')
  writeFileSync(file, text)
  return file
}

/** Ten flows, `Flow 1` … `Flow 10`, each 1.0 live and 2.0 checked in, in two stages. */
const TEN = Array.from({ length: 10 }, (_, i) => ({
  id: `5d3a2f7e-${String(i).padStart(4, '0')}-4c4c-9a9a-0123456789ab`,
  name: `Flow ${i + 1}`,
  versions: ['1.0', '2.0'],
  published: '1.0'
}))
const TEN_MANIFEST = `
concurrency: 4
stages:
  - name: first
    flows:
${TEN.slice(0, 5)
  .map((f) => `      - { flow-id: ${f.id}, target-version: checked-in }`)
  .join('\n')}
  - name: second
    flows:
${TEN.slice(5)
  .map((f) => `      - { flow-id: ${f.id}, target-version: checked-in }`)
  .join('\n')}
`

describe('pipeline: validation by the platform', () => {
  it('fails apply on an error before any write and before the backup; summary and log show it with the flow and version', async () => {
    const { core, genesys, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID },
      {
        flows: [
          broken([
            { type: 'Warning', text: NO_FALLBACK },
            { type: 'Error', text: NO_QUEUE }
          ])
        ]
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.match(core.failed!, /validation|Transfer to ACD/)
    assert.equal(genesys.writes().length, 0)
    assert.deepEqual(calls(genesys, 'startExport'), [], 'no backup either')
    assert.deepEqual(after(genesys, 'startValidate'), ['startValidate', 'getValidateJob'], 'no read, no write after')
    assert.equal(genesys.state.flow(FLOW_ID)!.publishedVersionId, '2.0')

    const validation = audit!.validation
    assert.equal(validation.verdict, 'failed')
    assert.equal(validation.jobs.length, 1)
    assert.equal(validation.jobs[0].status, 'Success', 'the job ended Success: its error message fails the check')
    assert.deepEqual(
      validation.messages.map((m: Record<string, unknown>) => [m.flowName, m.version, m.type, m.text]),
      [
        ['Main IVR', '3.0', 'Error', NO_QUEUE],
        ['Main IVR', '3.0', 'Warning', NO_FALLBACK]
      ],
      'errors first'
    )
    assert.equal(validation.messages[0].flowId, FLOW_ID)
    const check = audit!.checks.find((c: { name: string }) => c.name === 'validation')
    assert.equal(check.passed, false)
    assert.equal(audit!.error.code, 'check.failed')

    // Escaped as every platform text is: the quotes of the message become entities.
    const shown = 'Transfer to ACD: no queue is set in task &#39;Billing&#39;.'
    assert.match(summary, /\*\*Validation by the platform:\*\* ❌ failed/)
    const lines = summary.split('\n')
    const error = lines.findIndex((l) => l.includes(shown) && l.startsWith('- ❌ Error · Main IVR 3.0'))
    const warning = lines.findIndex((l) => l.startsWith('- ⚠️ Warning · Main IVR 3.0'))
    assert.ok(error >= 0 && warning > error, 'the error is listed before the warning')
    const log = core.text()
    assert.match(log, /3\.0 of Main IVR: Error: Transfer to ACD: no queue is set in task 'Billing'\./)
  })

  it('shows the failing check in a plan, which writes nothing', async () => {
    const { core, genesys, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan' },
      { flows: [broken([{ type: 'Error', text: NO_QUEUE }])] }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    assert.equal(audit!.validation.verdict, 'failed')
    assert.match(summary, /\| validation \| ❌ fail \| 3\.0 of Main IVR: Error: Transfer to ACD/)
  })

  it('switches with warnings only, and shows them in the summary', async () => {
    const { core, genesys, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [broken([{ type: 'WARNING', text: NO_FALLBACK }])] }
    )
    assert.equal(core.failed, undefined)
    assert.equal(core.outputs.status, 'switched')
    assert.equal(genesys.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
    assert.equal(audit!.validation.verdict, 'passed')
    const check = audit!.checks.find((c: { name: string }) => c.name === 'validation')
    assert.deepEqual([check.passed, check.warning], [true, true])
    assert.match(summary, /\*\*Validation by the platform:\*\* ✅ passed/)
    assert.match(summary, /- ⚠️ WARNING · Main IVR 3\.0: Prompt &quot;Welcome&quot; has no TTS fallback\./)
  })

  it('adds three requests to a single promotion with the emulator’s default job time: the job’s start and one poll, and the flow read again after it', async () => {
    const on = await runPipeline({ 'flow-id': FLOW_ID }, { flows: [mainIvr()] })
    const off = await runPipeline({ 'flow-id': FLOW_ID, validate: 'off' }, { flows: [mainIvr()] })
    assert.deepEqual([on.core.outputs.status, off.core.outputs.status], ['switched', 'switched'])
    assert.equal(on.audit!.requests - off.audit!.requests, 3)
    const methods = on.genesys.calls.map((c) => c.method)
    assert.deepEqual(methods.slice(methods.indexOf('startValidate'), methods.indexOf('startExport')), [
      'startValidate',
      'getValidateJob',
      'getFlow'
    ])
    assert.deepEqual(
      [on.audit!.validation.verdict, off.audit!.validation.verdict, off.audit!.validation.reason],
      ['passed', 'skipped', 'validate: off']
    )
    assert.deepEqual(calls(off.genesys, 'startValidate'), [])
  })

  it('reads the flow again after the job: a lock taken meanwhile refuses the write', async () => {
    const { core, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()] },
      {
        prepare: (g) => {
          const answer = g.jobs.validateState.bind(g.jobs)
          g.jobs.validateState = (id) => {
            g.state.flow(FLOW_ID)!.lockedUser = { id: 'dana', name: 'Dana Designer' }
            return answer(id)
          }
        }
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.match(core.failed!, /locked by user Dana Designer/)
    assert.equal(genesys.writes().length, 0)
    assert.deepEqual(calls(genesys, 'startExport'), [], 'refused before the backup')
  })

  it('fails on a job that ends Failure, even without a message', async () => {
    const { core, genesys, audit } = await runPipeline({ 'flow-id': FLOW_ID }, { flows: [broken([], true)] })
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    assert.deepEqual(
      audit!.validation.messages.map((m: Record<string, unknown>) => [m.type, m.text]),
      [['Failure', 'the validate job ended Failure without a message']]
    )
  })

  it('shows a message of an unknown type as a warning under auto, and fails on it under required', async () => {
    const scenario = { flows: [broken([{ type: 'Notice', text: 'Flow uses a deprecated action.' }])] }
    const auto = await runPipeline({ 'flow-id': FLOW_ID }, scenario)
    assert.equal(auto.core.outputs.status, 'switched')
    assert.equal(auto.audit!.validation.messages[0].severity, 'unknown')
    const required = await runPipeline({ 'flow-id': FLOW_ID, validate: 'required' }, scenario)
    assert.equal(required.core.outputs.status, 'failed')
    assert.equal(required.genesys.writes().length, 0)
  })

  it('without the preview: auto switches with a warning that validation was skipped; required fails with no write', async () => {
    const scenario = { flows: [mainIvr()], validate: { available: false } }
    const auto = await runPipeline({ 'flow-id': FLOW_ID }, scenario)
    assert.equal(auto.core.outputs.status, 'switched')
    assert.match(auto.core.text('warning'), /Validation by the platform skipped \(validate: auto\): .*404/)
    assert.equal(auto.audit!.validation.verdict, 'skipped')
    assert.match(auto.audit!.validation.reason, /preview API, which this org may not have/)
    assert.match(auto.summary, /\*\*Validation by the platform:\*\* ⚠️ skipped: /)
    const check = auto.audit!.checks.find((c: { name: string }) => c.name === 'validation')
    assert.deepEqual([check.passed, check.skipped], [true, true])

    const required = await runPipeline({ 'flow-id': FLOW_ID, validate: 'required' }, scenario)
    assert.equal(required.core.outputs.status, 'failed')
    assert.equal(required.genesys.writes().length, 0)
    assert.deepEqual(calls(required.genesys, 'startExport'), [], 'no backup')
    assert.equal(required.audit!.validation.verdict, 'failed')
    assert.match(required.core.failed!, /could not validate 3\.0 .*validate is required/)
  })

  it('skips a job that does not finish within wait-timeout-seconds under auto, on the virtual clock', async () => {
    const { core, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, 'wait-timeout-seconds': '5' },
      { flows: [mainIvr()], validate: { durationMs: 60_000 } }
    )
    assert.equal(core.outputs.status, 'switched')
    assert.equal(audit!.validation.verdict, 'skipped')
    assert.match(audit!.validation.reason, /still running after 5 s/)
  })

  it('has nothing to validate for an unchanged target: passed, no job, under required too', async () => {
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, 'target-version': '2.0', validate: 'required' },
      { flows: [mainIvr()] }
    )
    assert.equal(core.outputs.status, 'unchanged')
    assert.deepEqual(calls(genesys, 'startValidate'), [])
    assert.deepEqual(
      [audit!.validation.verdict, audit!.validation.reason],
      ['passed', 'nothing to validate: 2.0 is live already: nothing is published']
    )
  })

  it('validates a release of 10 flows in one job, before any write', async () => {
    const { core, genesys, audit } = await runPipeline(
      { manifest: manifest(TEN_MANIFEST) },
      { flows: TEN },
      { env: {} }
    )
    assert.equal(core.failed, undefined)
    assert.equal(audit!.status, 'switched')
    const starts = calls(genesys, 'startValidate')
    assert.equal(starts.length, 1)
    assert.equal((starts[0]!.args[0] as unknown[]).length, 10)
    const firstWrite = genesys.calls.findIndex((c) => c.method === 'publish')
    assert.ok(genesys.calls.findIndex((c) => c.method === 'startValidate') < firstWrite)
    for (const flow of audit!.flows) assert.equal(flow.validation.verdict, 'passed')
  })

  it('refuses the whole release on an error in one flow, naming it, after ⌈log2 10⌉ more jobs to find it', async () => {
    const flows = TEN.map((f, i) =>
      i === 6 ? { ...f, validation: { '2.0': { messages: [{ type: 'Error', text: NO_QUEUE }] } } } : f
    )
    const { core, genesys, audit, summary } = await runPipeline(
      { manifest: manifest(TEN_MANIFEST) },
      { flows },
      { env: {} }
    )
    assert.equal(audit!.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    assert.deepEqual(calls(genesys, 'startExport'), [], 'no backup')
    const sizes = calls(genesys, 'startValidate').map((c) => (c.args[0] as unknown[]).length)
    assert.deepEqual(sizes, [10, 5, 3, 2, 1], 'the first job, then halves until the flow is found')
    const failed = audit!.flows.filter((f: { status: string }) => f.status === 'failed')
    assert.deepEqual(
      failed.map((f: { flow: { name: string } }) => f.flow.name),
      ['Flow 7']
    )
    assert.equal(failed[0].validation.messages[0].flowName, 'Flow 7')
    assert.match(core.failed!, /Flow 7 failed: 2\.0 of Flow 7: Error: Transfer to ACD/)
    assert.match(summary, /- ❌ Error · Flow 7 2\.0: Transfer to ACD/)
  })

  it('spends at most ⌈log2 10⌉ more jobs: a second failing flow found after they are spent is named with its half', async () => {
    const flows = TEN.map((f, i) =>
      i === 1 || i === 7
        ? { ...f, validation: { '2.0': { messages: [{ type: 'Error', text: `broken ${i + 1}` }] } } }
        : f
    )
    const { genesys, audit } = await runPipeline(
      { manifest: manifest(TEN_MANIFEST), mode: 'plan' },
      { flows },
      { env: {} }
    )
    assert.equal(calls(genesys, 'startValidate').length, 1 + 4)
    const status = Object.fromEntries(
      audit!.flows.map((f: { flow: { name: string }; status: string }) => [f.flow.name, f.status])
    )
    // Flow 2 is found; Flow 8's error stays with the half it is in, each of which fails, naming the others.
    assert.deepEqual(
      TEN.map((f) => status[f.name]),
      ['planned', 'failed', 'planned', 'planned', 'planned', 'failed', 'failed', 'failed', 'failed', 'failed']
    )
    const flow6 = audit!.flows.find((f: { flow: { name: string } }) => f.flow.name === 'Flow 6')
    assert.match(
      flow6.error.message,
      /broken 8 \(the platform's message names no flow: it is about one of Flow 6, Flow 7, Flow 8, Flow 9, Flow 10\)/
    )
    assert.equal(flow6.validation.messages[0].flowId, null)
    const flow2 = audit!.flows.find((f: { flow: { name: string } }) => f.flow.name === 'Flow 2')
    assert.deepEqual(
      [flow2.validation.messages[0].flowName, flow2.validation.jobs.length],
      ['Flow 2', 4],
      'the jobs that held it: all ten, then 5, 3 and 2'
    )
  })

  it('needs no more jobs when the message names its flow', async () => {
    const flows = TEN.map((f, i) =>
      i === 2 ? { ...f, validation: { '2.0': { messages: [{ type: 'Error', text: NO_QUEUE }] } } } : f
    )
    const { genesys, audit } = await runPipeline(
      { manifest: manifest(TEN_MANIFEST), mode: 'plan' },
      { flows, validate: { namesFlows: true } },
      { env: {} }
    )
    assert.equal(calls(genesys, 'startValidate').length, 1)
    assert.deepEqual(
      audit!.flows.map((f: { status: string }) => f.status),
      TEN.map((_, i) => (i === 2 ? 'failed' : 'planned'))
    )
  })

  it('refuses validate: maybe naming the input, before any request', async () => {
    const { core, sessionsOpened, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, validate: 'maybe' },
      { flows: [mainIvr()] }
    )
    assert.equal(core.failed, 'Input validate: must be one of auto, required, off')
    assert.equal(sessionsOpened, 0)
    assert.deepEqual(genesys.calls, [])
  })
})

describe('pipeline: platform text in the step log', () => {
  it('cannot start a workflow command: a validation message with a newline and ::warning:: stays text', async () => {
    const { core } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [broken([{ type: 'Error', text: 'bad task\n::warning::injected by a flow' }])] }
    )
    assert.equal(core.outputs.status, 'failed')
    const info = core.logs.filter((l) => l.level === 'info').map((l) => l.message)
    assert.ok(
      info.some((m) => m.includes('::warning::injected')),
      'the message is shown'
    )
    for (const message of info)
      assert.doesNotMatch(message, /^::/m, `an info line starts a workflow command: ${JSON.stringify(message)}`)
  })
})
