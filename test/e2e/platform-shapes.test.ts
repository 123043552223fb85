import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { startReceiver } from '../../harness/receiver.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'
import type { ActionRun } from '../../harness/run-action.js'

const audit = (run: ActionRun) => run.audit as Record<string, any>

/**
 * The shapes public evidence shows the real platform sending (docs/platform.md): sparse versions,
 * `user: {}`, explicit nulls, operations by other tools replacing ours, a 400 login.
 */
describe('bundle: the real platform’s shapes', () => {
  it('switches a flow whose last operation is a VALIDATE by `user: {}`, with sparse embedded versions', async () => {
    await withEmulator({ flows: [mainIvr({ lastOperation: { actionName: 'VALIDATE', user: {} } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.exitCode, 0, run.stdout + run.stderr)
      assert.equal(run.outputs.status, 'switched')
      assert.equal(run.outputs['published-version'], '3.0')
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
    })
  })

  it('switches when every absent field comes as an explicit null', async () => {
    await withEmulator({ flows: [mainIvr({ explicitNulls: true })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.exitCode, 0, run.stdout + run.stderr)
      assert.equal(run.outputs.status, 'switched')
      assert.equal(emu.writes().length, 1)
    })
  })

  it('refuses `lockedUser: {}` as a lock, with no write', async () => {
    await withEmulator({ flows: [mainIvr({ lockedBy: { user: {} } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'failed')
      assert.match(audit(run).error.message, /locked by user \(not named by the platform\)/)
      assert.equal(emu.writes().length, 0)
    })
  })

  it('ends a failed publish that another tool’s VALIDATE replaced as timed-out, naming it, with no rollback', async () => {
    await withEmulator(
      {
        flows: [
          mainIvr({
            publish: { outcome: 'failure' },
            replaceOperation: { actionName: 'VALIDATE', client: { id: 'cx-as-code-id', name: 'CX as Code' } }
          })
        ]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'wait-timeout-seconds': '1' })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'timed-out')
        assert.equal(run.outputs['published-version'], '2.0')
        assert.match(
          audit(run).error.message,
          /operation \S+ \(VALIDATE by OAuth client CX as Code\) replaced ours \(\S+\) on the flow, and version 2\.0 is live .*may still land, so nothing was rolled back/
        )
        assert.equal(audit(run).rollback.attempted, false)
        assert.equal(emu.writes().length, 1)
      }
    )
  })

  it('reports a successful publish that another tool’s operation replaced as switched, read back', async () => {
    await withEmulator(
      { flows: [mainIvr({ replaceOperation: { actionName: 'CHECKOUT', user: {} } })] },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'wait-timeout-seconds': '5' })
        assert.equal(run.exitCode, 0, run.stdout + run.stderr)
        assert.equal(run.outputs.status, 'switched')
        assert.equal(run.outputs['published-version'], '3.0')
        assert.ok(
          audit(run).notes.some((n: string) =>
            /\(CHECKOUT by user \(not named by the platform\)\) replaced ours/.test(n)
          )
        )
        assert.equal(emu.writes().length, 1)
      }
    )
  })

  it('names client-id, client-secret and the host’s source on a 400 login, calls nothing else, and records it', async () => {
    const receiver = await startReceiver()
    try {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const run = await runBundle(emu.url, {
          'flow-id': FLOW_ID,
          'client-secret': 'not-the-secret',
          'webhook-url': receiver.url
        })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'failed')
        const message = audit(run).error.message as string
        assert.match(message, /HTTP 400, invalid_client/)
        assert.match(message, /check client-id and client-secret.*\(chosen by gateway-url\).*region that created it/)
        assert.deepEqual(
          emu.requests.map((r) => r.path),
          ['/oauth/token'],
          'no platform call after the refused login'
        )
        assert.match(run.summary, /❌ failed/)
        assert.equal(run.outputs['webhook-status'], 'delivered')
        assert.equal(JSON.parse(receiver.received[0]!.body).data.status, 'failed')
        assert.ok(!/\n\s+at /.test(run.stdout + run.stderr), 'no stack trace')
      })
    } finally {
      await receiver.close()
    }
  })

  it('keeps honouring 429s without messageParams that come back after the first Retry-After', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        faults: [{ match: { method: 'GET', path: `/api/v2/flows/${FLOW_ID}` }, status: 429, retryAfter: 1, times: 3 }]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        assert.equal(run.exitCode, 0, run.stdout + run.stderr)
        assert.equal(run.outputs.status, 'switched')
        assert.equal(audit(run).retries.count, 3)
        assert.equal(emu.requests.filter((r) => r.status === 429).length, 3)
      }
    )
  })
})
