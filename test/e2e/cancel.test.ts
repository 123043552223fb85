import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'
import { PUBLISHING } from '../reliability/matrix.js'
import { startReceiver } from '../../harness/receiver.js'

describe('bundle: cancellation', () => {
  it('records a run cancelled by SIGTERM mid-publish: audit file, outputs and summary', async () => {
    await withEmulator({ flows: [mainIvr({ publish: { durationMs: 30_000 } })] }, async (emu) => {
      const run = await runBundle(
        emu.url,
        { 'flow-id': FLOW_ID },
        { signal: { name: 'SIGTERM', afterMs: 1_000, afterOutput: PUBLISHING } }
      )
      assert.equal(run.exitCode, 1)
      const audit = run.audit as { status: string; error: { message: string }; operation: { id: string } }
      assert.equal(audit.status, 'failed')
      assert.match(audit.error.message, /cancelled by SIGTERM while operation .* was running: it may still complete/)
      assert.equal(audit.operation.id, emu.state.flow(FLOW_ID)!.history[0]!.id)
      assert.equal(run.outputs.status, 'failed')
      assert.match(run.summary, /cancelled by SIGTERM/)
    })
  })

  it('a second SIGINT at once (a wrapper and the terminal both send one) never loses the record, run after run', async () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      await withEmulator({ flows: [mainIvr({ publish: { durationMs: 30_000 } })] }, async (emu) => {
        const run = await runBundle(
          emu.url,
          { 'flow-id': FLOW_ID },
          { signal: { name: 'SIGINT', afterMs: 300, afterOutput: PUBLISHING, times: 2 } }
        )
        assert.equal(run.exitCode, 1, `attempt ${attempt}`)
        assert.equal(run.outputs.status, 'failed', `attempt ${attempt}: no outputs`)
        assert.match(run.summary, /cancelled by SIGINT/, `attempt ${attempt}: no summary`)
        assert.match((run.audit as { error: { message: string } }).error.message, /cancelled by SIGINT/)
      })
    }
  })
})

describe('bundle: cancellation with a webhook', () => {
  it('posts the cancelled record once, and a receiver that hangs cannot hold the step past the runner’s grace', async () => {
    const receiver = await startReceiver(() => ({ status: 204, delayMs: 60_000 }))
    try {
      await withEmulator({ flows: [mainIvr({ publish: { durationMs: 30_000 } })] }, async (emu) => {
        const run = await runBundle(
          emu.url,
          { 'flow-id': FLOW_ID, 'webhook-url': receiver.url },
          // The receiver answers after 60 s and webhook-timeout-seconds is 10: only the cancellation's own
          // short attempt ends the step before the harness kills it at 9 s (exit code null).
          { signal: { name: 'SIGTERM', afterMs: 1_000, afterOutput: PUBLISHING }, timeoutMs: 9_000 }
        )
        assert.equal(run.exitCode, 1, 'the step ended on its own, within the runner’s grace')
        assert.equal((run.audit as { webhook: { attempts: number } }).webhook.attempts, 1)
        assert.equal(receiver.received.length, 1)
        assert.equal(JSON.parse(receiver.received[0]!.body).data.status, 'failed')
        assert.match(JSON.parse(receiver.received[0]!.body).data.error.message, /cancelled by SIGTERM/)
        assert.equal(run.outputs['webhook-status'], 'failed')
        assert.equal((run.audit as { webhook: { status: string } }).webhook.status, 'failed')
        assert.match(run.summary, /Webhook after the cancellation:\*\* 0 of 1 delivered/)
      })
    } finally {
      await receiver.close()
    }
  })
})
