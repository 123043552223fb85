import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'

describe('bundle: verification, rollback and timeout', () => {
  it('FAILURE: failed, the previous version still live, exactly one write', async () => {
    await withEmulator(
      {
        flows: [
          mainIvr({
            publish: {
              outcome: 'failure',
              errorCode: 'ARCHITECT_PUBLISH_FAILED',
              errorMessage: 'Secure data action not found'
            }
          })
        ]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'failed')
        assert.equal(run.outputs['published-version'], '2.0')
        assert.match(errors(run), /ARCHITECT_PUBLISH_FAILED: Secure data action not found/)
        assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
        assert.equal(emu.writes().length, 1)
      }
    )
  })

  it('a 200 that moved the flow to another version: detected, rolled back by republishing (older ids go live)', async () => {
    await withEmulator(
      {
        publishOnlyCheckedIn: false,
        flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0', times: 1 } })]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        assert.equal(run.exitCode, 1, 'the step fails after a rollback')
        assert.equal(run.outputs.status, 'rolled-back')
        assert.equal(run.outputs['published-version'], '2.0')
        assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
        assert.deepEqual(
          emu.writes().map((w) => new URLSearchParams(w.query).get('version')),
          ['3.0', '2.0']
        )
        assert.match(run.summary, /Rollback:\*\* to 2\.0: restored/)
      }
    )
  })

  it('still running at the timeout: timed-out, no rollback, the operation id in the record', async () => {
    await withEmulator({ flows: [mainIvr({ publish: { durationMs: 60_000 } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'wait-timeout-seconds': '1.5' })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'timed-out')
      const audit = run.audit as { operation: { id: string }; rollback: { attempted: boolean } }
      assert.equal(audit.operation.id, emu.state.flow(FLOW_ID)!.history[0]!.id)
      assert.equal(audit.rollback.attempted, false)
      assert.equal(emu.writes().length, 1)
    })
  })
})
