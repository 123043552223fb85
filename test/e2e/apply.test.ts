import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

describe('bundle: apply and plan', () => {
  it('switches, with outputs, audit file and summary in agreement', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, {
        'flow-id': FLOW_ID,
        'change-reference': 'CHG0031337',
        reason: 'release 42'
      })
      assert.equal(run.exitCode, 0, run.stdout + run.stderr)
      const o = run.outputs
      assert.deepEqual(
        [
          o.status,
          o.changed,
          o['flow-id'],
          o['flow-name'],
          o['previous-version'],
          o['target-version'],
          o['published-version']
        ],
        ['switched', 'true', FLOW_ID, 'Main IVR', '2.0', '3.0', '3.0']
      )
      assert.ok(Number(o['latency-ms']) > 0)
      assert.equal(o['audit-file'], run.auditFile)
      assert.deepEqual(JSON.parse(o.audit!), run.audit)
      assert.deepEqual(JSON.parse(readFileSync(run.auditFile, 'utf8')), run.audit)
      const audit = run.audit as Record<string, any>
      assert.equal(audit.auditId, o['audit-id'])
      assert.equal(audit.changeReference, 'CHG0031337')
      assert.equal(audit.planFingerprint, o['plan-fingerprint'])
      assert.match(
        run.summary,
        /\| Main IVR · inboundcall <code>5d3a2f7e-1111-4c4c-9a9a-0123456789ab<\/code> \| 2\.0 → 3\.0 \| ✅ switched \|/
      )
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
      assert.equal(emu.writes().length, 1)
    })
  })

  it('is unchanged with zero writes when the target is live already', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '2.0' })
      assert.equal(run.exitCode, 0)
      assert.deepEqual([run.outputs.status, run.outputs.changed], ['unchanged', 'false'])
      assert.equal(emu.writes().length, 0)
    })
  })

  it('plans with zero writes', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-name': 'Main IVR', 'flow-type': 'inboundcall', mode: 'plan' })
      assert.equal(run.exitCode, 0)
      assert.equal(run.outputs.status, 'planned')
      assert.equal(run.outputs['target-version'], '3.0')
      assert.equal(emu.writes().length, 0)
      assert.match(run.summary, /📝 Genesys Cloud flow promotion: plan/)
    })
  })

  it('writes the summary to the log where the runner gives no GITHUB_STEP_SUMMARY', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan' }, { withoutSummary: true })
      assert.equal(run.exitCode, 0)
      assert.match(run.stdout, /GITHUB_STEP_SUMMARY is not set/)
      assert.match(run.stdout, /Genesys Cloud flow promotion: plan/)
    })
  })

  it('fails a bad input with an annotation naming it, and sends nothing', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'wait-timeout-seconds': 'soon' })
      assert.equal(run.exitCode, 1)
      assert.match(run.stdout, /::error::Input wait-timeout-seconds: must be a positive number of seconds/)
      assert.equal(emu.requests.length, 0)
    })
  })
})
