import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { RequestRecord } from '../../emulator/server.js'
import { roundTrips } from '../../harness/round-trips.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

/** Whether two requests were in flight at the same time. */
const overlap = (a: RequestRecord, b: RequestRecord) => a.at < b.answeredAt! && b.at < a.answeredAt!

// Against a platform that takes tens of milliseconds to answer, a plan waits once per round trip:
// reads that do not depend on each other go together. 50 ms each here, so that reads sent together
// overlap whatever else the machine is doing.
describe('plan round trips', () => {
  it('reads what it can at once: the permissions beside the flow, both versions, both sets of dependencies', async () => {
    await withEmulator({ flows: [mainIvr()], latencyMs: 50 }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never', validate: 'off' })
      assert.equal(run.outputs.status, 'planned', run.stdout + run.stderr)
      const one = (match: (r: RequestRecord) => boolean, what: string) => {
        const found = emu.requests.filter(match)
        assert.equal(
          found.length,
          1,
          `${what}: ${emu.requests.map((r) => `${r.method} ${r.path}${r.query}`).join('\n')}`
        )
        return found[0]!
      }
      const flowRead = one((r) => r.path === `/api/v2/flows/${FLOW_ID}`, 'the flow read')
      const grants = one((r) => r.path === '/api/v2/authorization/subjects/me', 'the permissions')
      const version = (v: string) => one((r) => r.path === `/api/v2/flows/${FLOW_ID}/versions/${v}`, `version ${v}`)
      const consumed = (v: string) =>
        one(
          (r) => r.path.endsWith('/consumedresources') && new URLSearchParams(r.query).get('version') === v,
          `consumed ${v}`
        )
      assert.ok(overlap(flowRead, grants), 'the permissions are asked beside the flow read')
      assert.ok(overlap(version('3.0'), version('2.0')), 'the target and the live record are read together')
      assert.ok(overlap(consumed('3.0'), consumed('2.0')), 'both versions’ dependencies are read together')
      // Login; the flow and the permissions; both records; both sets of dependencies (7 one by one).
      assert.equal(roundTrips(emu.requests), 4)
    })
  })

  it('ends a read sent beside another before the run ends, even when the other one fails', async () => {
    const versionPath = (v: string) => `/api/v2/flows/${FLOW_ID}/versions/${v}`
    await withEmulator(
      {
        flows: [mainIvr()],
        faults: [
          { match: { path: versionPath('3.0') }, status: 403, code: 'missing.permissions' },
          { match: { path: versionPath('2.0') }, delayMs: 1_000 }
        ]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never', validate: 'off' })
        assert.equal(run.outputs.status, 'failed', run.stdout + run.stderr)
        const live = emu.requests.find((r) => r.path.endsWith('/versions/2.0'))!
        assert.equal(live.status, 200)
        assert.equal(live.clientGone, false, 'the run waited for the live version’s record before it ended')
      }
    )
  })
})
