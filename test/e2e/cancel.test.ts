import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

describe('bundle: cancellation', () => {
  it('records a run cancelled by SIGTERM mid-publish: audit file, outputs and summary', async () => {
    await withEmulator({ flows: [mainIvr({ publish: { durationMs: 30_000 } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID }, { signal: { name: 'SIGTERM', afterMs: 1_500 } })
      assert.equal(run.exitCode, 1)
      const audit = run.audit as { status: string; error: { message: string }; operation: { id: string } }
      assert.equal(audit.status, 'failed')
      assert.match(audit.error.message, /cancelled by SIGTERM while operation .* was running: it may still complete/)
      assert.equal(audit.operation.id, emu.state.flow(FLOW_ID)!.history[0]!.id)
      assert.equal(run.outputs.status, 'failed')
      assert.match(run.summary, /cancelled by SIGTERM/)
    })
  })
})
