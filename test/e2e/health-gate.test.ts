import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sameFlowFile } from '../../emulator/flow-file.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

const QUERY = '/api/v2/analytics/flows/aggregates/query'
/** Busy enough that a 3-second window holds the 20 calls the gate needs; failures land at once. */
const busy = (failedOutcomePercent: number) => ({ entriesPerMinute: 1200, failedOutcomePercent, segmentSeconds: 0 })

describe('bundle: health gate', () => {
  it('rolls back a version that fails its callers: the previous content is live, health-gate=failed', async () => {
    await withEmulator({ flows: [mainIvr({ traffic: { '2.0': busy(1), '3.0': busy(40) } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'health-gate-seconds': '3' })
      assert.equal(run.exitCode, 1, run.stdout + run.stderr)
      assert.deepEqual([run.outputs.status, run.outputs['health-gate']], ['rolled-back', 'failed'])
      const flow = emu.state.flow(FLOW_ID)!
      assert.ok(
        sameFlowFile(
          flow.versions.get(flow.publishedVersionId!)!.content,
          flow.versions.get('2.0')!.content,
          flow.division.name
        )
      )
      const queries = emu.requests.filter((r) => r.method === 'POST' && r.path === QUERY)
      assert.ok(queries.length >= 2, 'the replaced version before the publish, then at least one poll')
      assert.ok(queries.every((q) => q.status === 200 && !q.write))
      assert.equal((run.audit as Record<string, any>).healthGate.verdict, 'failed')
      assert.match(run.summary, /#### ❌ Health gate: failed: rolled back to 2\.0/)
    })
  })

  it('passes a healthy version through a 429 on the way, exit 0', async () => {
    await withEmulator(
      {
        flows: [mainIvr({ traffic: { '2.0': busy(1), '3.0': busy(1) } })],
        faults: [{ match: { path: QUERY }, status: 429, retryAfter: 1 }]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'health-gate-seconds': '3' })
        assert.equal(run.exitCode, 0, run.stdout + run.stderr)
        assert.deepEqual([run.outputs.status, run.outputs['health-gate']], ['switched', 'passed'])
        assert.equal(emu.requests.filter((r) => r.path === QUERY && r.status === 429).length, 1)
        assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
      }
    )
  })
})
