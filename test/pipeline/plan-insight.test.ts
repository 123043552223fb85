import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { PlatformError } from '../../src/model/errors.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

const BILLING = { name: 'Billing', type: 'QUEUE', id: 'b1111111-0000-4000-8000-000000000001' }
const SUPPORT = { name: 'Support', type: 'QUEUE', id: 'b1111111-0000-4000-8000-000000000002' }
const LOOKUP = { name: 'Customer lookup', type: 'DATAACTION', id: 'b1111111-0000-4000-8000-000000000003' }

/** 2.0 live consumes Support and the lookup; 3.0 (checked in) consumes Billing, deleted, and Support. */
const withDependencies = (billing: Record<string, unknown> = { deleted: true }) =>
  mainIvr({ dependencies: { '2.0': [SUPPORT, LOOKUP], '3.0': [{ ...BILLING, ...billing }, SUPPORT] } })

describe('pipeline: plan insight (dependencies, authors)', () => {
  it('fails a plan whose target consumes a deleted queue, naming it', async () => {
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan' },
      { flows: [withDependencies()] }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.match(
      core.failed!,
      /3\.0 consumes what no longer exists: QUEUE "Billing" \(id b1111111-0000-4000-8000-000000000001\)/
    )
    const check = audit!.checks.find((c: { name: string }) => c.name === 'dependencies')
    assert.equal(check.passed, false)
    assert.equal(genesys.writes().length, 0)
  })

  it('refuses an apply whose target consumes a deleted queue, with zero writes', async () => {
    const { core, genesys } = await runPipeline({ 'flow-id': FLOW_ID }, { flows: [withDependencies()] })
    assert.equal(core.outputs.status, 'failed')
    assert.match(core.failed!, /QUEUE "Billing"/)
    assert.equal(genesys.writes().length, 0)
    assert.ok(!genesys.calls.some((c) => c.method === 'startExport'), 'no backup either: the checks come first')
  })

  it('lists what the target consumes that the live version does not, and the reverse', async () => {
    const { core, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      { flows: [withDependencies({ deleted: false, stateUnknown: true })] }
    )
    assert.equal(core.outputs.status, 'planned')
    assert.deepEqual(audit!.dependencies, {
      added: [`QUEUE "Billing" (id ${BILLING.id})`],
      removed: [`DATAACTION "Customer lookup" (id ${LOOKUP.id})`]
    })
    const check = audit!.checks.find((c: { name: string }) => c.name === 'dependencies')
    assert.deepEqual([check.passed, check.warning], [true, true])
    assert.match(check.detail, /cannot tell the state of QUEUE "Billing"/)
    assert.match(summary, /\*\*Consumes, new in the target:\*\* QUEUE &quot;Billing&quot;/)
    assert.match(summary, /\| dependencies \| ⚠️ pass \|/)
  })

  it('skips the check with a warning naming the permission on a 403, and the plan passes', async () => {
    const { core, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      { flows: [withDependencies()] },
      {
        // Both reads (the target's and, beside it, the live version's) are refused.
        prepare: (genesys) => {
          for (let i = 0; i < 2; i++)
            genesys.failNext(
              'consumedResources',
              new PlatformError({ message: 'missing permissions', status: 403, code: 'missing.permissions' })
            )
        }
      }
    )
    assert.equal(core.outputs.status, 'planned')
    const check = audit!.checks.find((c: { name: string }) => c.name === 'dependencies')
    assert.deepEqual([check.passed, check.skipped], [true, true])
    assert.match(check.detail, /architect:dependencyTracking:view/)
    assert.match(summary, /\| dependencies \| ⚠️ skipped \|/)
  })

  it('leaves the comparison out when the live version’s dependencies cannot be read; the target’s check stands', async () => {
    const { core, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      { flows: [withDependencies({ deleted: false })] },
      {
        prepare: (genesys) =>
          genesys.failNextCallWith(
            'consumedResources',
            (args) => args[1] === '2.0',
            new PlatformError({ message: 'unavailable', status: 503 })
          )
      }
    )
    assert.equal(core.outputs.status, 'planned')
    const check = audit!.checks.find((c: { name: string }) => c.name === 'dependencies')
    assert.deepEqual([check.passed, check.skipped], [true, undefined])
    assert.equal(audit!.dependencies, null)
  })

  it('skips the check with a warning naming the type when dependency tracking has no name for it', async () => {
    const { core, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      { flows: [{ ...mainIvr(), type: 'speech' }] }
    )
    assert.equal(core.outputs.status, 'planned')
    const check = audit!.checks.find((c: { name: string }) => c.name === 'dependencies')
    assert.deepEqual([check.passed, check.skipped], [true, true])
    assert.match(check.detail, /no known name for flow type SPEECH/)
  })

  it('reads the live version’s record again for the plan when the read beside the target’s failed', async () => {
    const { core, audit, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      { flows: [mainIvr({ creators: { '2.0': { user: { id: 'u-2', name: 'Sam' } } } })] },
      {
        prepare: (genesys) =>
          genesys.failNextCallWith(
            'getFlowVersion',
            (args) => args[1] === '2.0',
            new PlatformError({ message: 'unavailable', status: 503 })
          )
      }
    )
    assert.equal(core.outputs.status, 'planned')
    assert.deepEqual(audit!.authors.live.createdBy, { id: 'u-2', name: 'Sam' })
    assert.deepEqual(
      genesys.calls
        .filter((c) => c.method === 'getFlowVersion')
        .map((c) => c.args[1])
        .sort(),
      ['2.0', '2.0', '3.0']
    )
  })

  it('shows who made the live and the target version in a plan, our own client by its fingerprint', async () => {
    const { audit, summary, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      {
        flows: [
          mainIvr({
            creators: {
              '2.0': { client: { id: 'test-client', name: 'Pipeline' } },
              '3.0': { user: { id: 'u-7', name: 'Dana' } }
            }
          })
        ]
      }
    )
    assert.match(audit!.authors.live.createdByClient.id, /^sha256:[0-9a-f]{12}$/)
    assert.deepEqual(audit!.authors.target.createdBy, { id: 'u-7', name: 'Dana' })
    const madeBy = summary.split('\n').find((line) => line.startsWith('**Made by:**'))!
    assert.match(madeBy, /live 2\.0: OAuth client this action \(sha256:[0-9a-f]{12}\)/)
    assert.ok(!madeBy.includes('test-client'), 'our client id is not shown')
    assert.match(summary, /target 3\.0: user Dana \(u-7\)/)
    assert.equal(genesys.writes().length, 0)
    assert.deepEqual(
      genesys.calls
        .filter((c) => c.method === 'getFlowVersion')
        .map((c) => c.args[1])
        .sort(),
      ['2.0', '3.0'],
      'each record is read once'
    )
  })

  it('shows the diff in apply only with diff: always, from the backup’s export', async () => {
    const plain = await runPipeline({ 'flow-id': FLOW_ID }, { flows: [mainIvr()] })
    assert.ok(!plain.summary.includes('<pre>--- live 2.0'))
    const always = await runPipeline({ 'flow-id': FLOW_ID, diff: 'always' }, { flows: [mainIvr()] })
    assert.equal(always.core.outputs.status, 'switched')
    assert.match(always.summary, /<pre>--- live 2\.0\n\+\+\+ target 3\.0/)
    assert.match(always.summary, /^-.*This is version 2\.0\."?$/m)
  })

  it('reads no version record in apply: the checked-in target comes with the flow, and authors are for plans', async () => {
    const { genesys, audit } = await runPipeline({ 'flow-id': FLOW_ID }, { flows: [mainIvr()] })
    assert.equal(audit!.authors, null)
    assert.deepEqual(
      genesys.calls.filter((c) => c.method === 'getFlowVersion'),
      []
    )
    const pinned = await runPipeline({ 'flow-id': FLOW_ID, 'target-version': '1.0' }, { flows: [mainIvr()] })
    const versionReads = pinned.genesys.calls.filter((c) => c.method === 'getFlowVersion').map((c) => c.args[1])
    assert.deepEqual(versionReads, ['1.0'])
  })
})

describe('pipeline: mode check (drift)', () => {
  it('is in-sync when the target is live, with zero writes and no export', async () => {
    const { core, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'check', 'target-version': '2.0' },
      { flows: [mainIvr()] }
    )
    assert.equal(core.failed, undefined)
    assert.equal(core.outputs.status, 'in-sync')
    assert.equal(genesys.writes().length, 0)
    assert.ok(!genesys.calls.some((c) => c.method === 'startExport'))
  })

  it('is drifted when another version is live: the step fails, saying what is live, since when and by whom', async () => {
    const { core, genesys, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'check', 'expected-current-version': '9.9', 'rollback-version': '9.8' },
      { flows: [mainIvr()] }
    )
    assert.equal(core.outputs.status, 'drifted')
    assert.match(core.failed!, /^drifted: 2\.0 is live, not 3\.0 \(live since \d{4}-/)
    assert.equal(audit!.live.version, '2.0')
    assert.ok(audit!.live.since)
    assert.equal(genesys.writes().length, 0)
    assert.ok(!audit!.checks.some((c: { name: string }) => c.name === 'expected current version'), 'ignored')
    assert.match(summary, /--- live 2\.0/, 'the diff is shown on drift')
  })

  it('fails on drift whatever the masked values hold: the status is never redacted', async () => {
    // A client secret that is a status word: masked, and kept out of every text, but not out of the verdict.
    const { core, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'check', 'client-secret': 'drifted' },
      { flows: [mainIvr()] }
    )
    assert.equal(core.outputs.status, 'drifted')
    assert.equal(audit!.status, 'drifted')
    assert.match(core.failed ?? 'the step did not fail', /^drifted: /)
  })

  it('is in-sync when the target’s content is live under another id (a restore)', async () => {
    const { core } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'check', 'target-version': '1.0' },
      {
        flows: [
          mainIvr({
            content: {
              '2.0': 'inboundCall:\n  name: "Main IVR"\n  same: true\n',
              '1.0': 'inboundCall:\n  name: "Main IVR"\n  same: true\n'
            }
          })
        ]
      }
    )
    assert.equal(core.outputs.status, 'in-sync')
  })

  it('says which earlier version’s content a drifted live version holds (a restore)', async () => {
    // 1.0's content restored as 4.0, live; the check is against 3.0.
    const same = 'inboundCall:\n  name: "Main IVR"\n  greeting: "This is 1.0"\n'
    const { core, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'check', 'target-version': '3.0' },
      {
        flows: [
          mainIvr({
            versions: ['1.0', '2.0', '3.0', '4.0'],
            published: '4.0',
            content: { '1.0': same, '4.0': same }
          })
        ]
      }
    )
    assert.equal(core.outputs.status, 'drifted')
    assert.match(core.failed ?? 'the step did not fail', /^drifted: 4\.0 is live, with the content of 1\.0, not 3\.0/)
    assert.equal(genesys.writes().length, 0)
    // Without such a version the message names none.
    const other = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'check', 'target-version': '3.0' },
      { flows: [mainIvr({ versions: ['1.0', '2.0', '3.0', '4.0'], published: '4.0' })] }
    )
    assert.match(other.core.failed ?? 'the step did not fail', /^drifted: 4\.0 is live, not 3\.0/)
  })

  it('checks every flow of a manifest: the worst status wins, none stops the others', async () => {
    const { core, audit } = await runPipeline(
      { manifest: manifestOf(['2.0', '1.0', '2.0']), mode: 'check' },
      {
        flows: [
          mainIvr(),
          { ...mainIvr(), id: '5d3a2f7e-2222-4c4c-9a9a-0123456789ab', name: 'Second' },
          { ...mainIvr(), id: '5d3a2f7e-3333-4c4c-9a9a-0123456789ab', name: 'Third' }
        ]
      }
    )
    assert.equal(core.outputs.status, 'drifted')
    assert.deepEqual(
      audit!.flows.map((f: { status: string }) => f.status),
      ['in-sync', 'drifted', 'in-sync']
    )
    assert.match(core.failed!, /drift check failed: 1 of 3 flows drifted or failed/)
  })
})

function manifestOf(targets: string[]): string {
  const ids = [
    '5d3a2f7e-1111-4c4c-9a9a-0123456789ab',
    '5d3a2f7e-2222-4c4c-9a9a-0123456789ab',
    '5d3a2f7e-3333-4c4c-9a9a-0123456789ab'
  ]
  const text = `flows:\n${ids.map((id, i) => `  - { flow-id: ${id}, target-version: "${targets[i]}" }`).join('\n')}\n`
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-')), 'flows.yml')
  writeFileSync(file, text)
  return file
}
