import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ActionRun } from '../../harness/run-action.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'

const audit = (run: ActionRun) => run.audit as Record<string, any>

describe('bundle: the time budget', () => {
  it('refuses a wait-timeout-seconds the budget can never leave, as an input error before any request', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'time-budget-minutes': '0.1' })
      assert.equal(run.exitCode, 1)
      assert.match(
        errors(run),
        /wait-timeout-seconds: is 300 s, more than time-budget-minutes leaves for a publish's wait/
      )
      assert.equal(emu.requests.length, 0)
    })
  })

  it('starts no publish when what is left no longer covers its wait: failed, budget.exhausted, nothing written', async () => {
    // 6 s: 3 s kept back, 3 s usable, less a poll and a request: a 2 s wait fits at the start. The
    // backup's export job takes 2 s, after which it no longer does.
    await withEmulator({ flows: [mainIvr()], exportDurationMs: 2_000 }, async (emu) => {
      const run = await runBundle(emu.url, {
        'flow-id': FLOW_ID,
        'time-budget-minutes': '0.1',
        'wait-timeout-seconds': '2',
        'request-timeout-seconds': '0.5'
      })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'failed')
      const record = audit(run)
      assert.equal(record.error.code, 'budget.exhausted')
      assert.match(record.error.message, /leaves [\d.]+ s for the publish of 3\.0, whose wait may take 2 s/)
      assert.equal(emu.writes().length, 0)
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
    })
  })

  it('publishes when the budget covers the wait, with the same small budget and a short wait-timeout', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, {
        'flow-id': FLOW_ID,
        'time-budget-minutes': '0.1',
        'wait-timeout-seconds': '1',
        'request-timeout-seconds': '0.5'
      })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.status, 'switched')
    })
  })

  it('makes no retry that would wait past the budget: the failure is final at once', async () => {
    const faults = [
      {
        match: { method: 'GET', path: `/api/v2/flows/${FLOW_ID}` },
        status: 429,
        retryAfter: 60,
        times: 5
      }
    ]
    await withEmulator({ flows: [mainIvr()], faults }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan', 'time-budget-minutes': '0.5' })
      assert.equal(run.outputs.status, 'failed')
      const record = audit(run)
      assert.equal(record.error.code, 'budget.exhausted')
      assert.match(record.error.message, /retry 1 would wait past the time budget/)
      // One read, refused; no second one after a 60 s wait.
      assert.equal(emu.requests.filter((r) => r.path === `/api/v2/flows/${FLOW_ID}`).length, 1)
    })
  })
})
