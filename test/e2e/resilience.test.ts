import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

describe('bundle: transient platform trouble', () => {
  it('rides out a 429 storm and counts the retries in the record', async () => {
    const storm = { match: { path: '/api/v2/flows/**' }, skip: 1, times: 3, status: 429, retryAfter: 1 }
    await withEmulator({ flows: [mainIvr()], faults: [storm] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.status, 'switched')
      const audit = run.audit as { retries: { count: number; waitedMs: number } }
      assert.equal(audit.retries.count, 3)
      assert.ok(audit.retries.waitedMs >= 3_000)
      assert.equal(emu.requests.filter((r) => r.status === 429).length, 3)
    })
  })

  it('logs in again when the token expires mid-run', async () => {
    await withEmulator(
      { flows: [mainIvr()], clients: [{ id: 'demo-client', secret: 'demo-secret', tokenExpiresAfterCalls: 3 }] },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        assert.equal(run.exitCode, 0, run.stdout)
        assert.equal(run.outputs.status, 'switched')
        assert.ok(emu.requests.filter((r) => r.path === '/oauth/token').length >= 2)
        assert.ok(emu.requests.some((r) => r.status === 401))
        for (const token of emu.issuedTokens())
          assert.ok(run.stdout.includes(`::add-mask::${token}`), 'every token is masked')
      }
    )
  })

  it('survives 502/503 and a dropped connection around the publish without publishing twice', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        faults: [
          { match: { method: 'GET', path: `/api/v2/flows/${FLOW_ID}` }, times: 1, status: 503, retryAfter: 0 },
          { match: { method: 'POST', path: '/api/v2/flows/actions/publish' }, times: 1, status: 502 }
        ]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        assert.equal(run.exitCode, 0, run.stdout)
        assert.equal(run.outputs.status, 'switched')
        assert.equal(emu.state.flow(FLOW_ID)!.history.length, 1)
      }
    )
  })
})
