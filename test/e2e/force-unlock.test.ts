import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

const DANA = { user: { id: 'u-1', name: 'Dana Designer' } }

type Unlock = { heldBy: string; unlocked: boolean; checkedIn: string | null; published: string | null }
const unlockOf = (audit: unknown) => (audit as { unlock: Unlock | null }).unlock

describe('bundle: force-unlock', () => {
  it('refuses a locked flow by default, naming the holder and the input, with no write', async () => {
    await withEmulator({ flows: [mainIvr({ lockedBy: DANA })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '3.0' })
      assert.equal(run.exitCode, 1)
      assert.match(
        run.stdout,
        /locked by user Dana Designer \(u-1\): ask them to check the flow in, or set force-unlock: true/
      )
      assert.equal(emu.writes().length, 0)
    })
  })

  it('is an input error with checked-in, before any request', async () => {
    await withEmulator({ flows: [mainIvr({ lockedBy: DANA })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'force-unlock': 'true' })
      assert.equal(run.exitCode, 1)
      assert.match(run.stdout, /::error::Input force-unlock: true needs a pinned target-version/)
      assert.equal(emu.requests.length, 0)
    })
  })

  it('plans with no write, saying apply will unlock', async () => {
    await withEmulator({ flows: [mainIvr({ lockedBy: DANA })] }, async (emu) => {
      const run = await runBundle(emu.url, {
        'flow-id': FLOW_ID,
        'target-version': '3.0',
        'force-unlock': 'true',
        mode: 'plan'
      })
      assert.equal(run.outputs.status, 'planned', run.stdout)
      assert.match(run.summary, /locked by user Dana Designer \(u-1\); apply will unlock \(force-unlock\)/)
      assert.equal(emu.writes().length, 0)
      assert.ok(emu.state.flow(FLOW_ID)!.lockedUser, 'still locked')
    })
  })

  it('a lock without a saved draft: unlocked, switched, the holder recorded', async () => {
    await withEmulator({ flows: [mainIvr({ lockedBy: DANA })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '3.0', 'force-unlock': 'true' })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.status, 'switched')
      assert.deepEqual(unlockOf(run.audit), {
        heldBy: 'user Dana Designer (u-1)',
        unlocked: true,
        checkedIn: null,
        published: null
      })
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
      // The unlock comes after the backup's export: the backup is the way back.
      const paths = emu.requests.map((r) => `${r.method} ${r.path}`)
      assert.ok(
        paths.indexOf('POST /api/v2/flows/actions/unlock') > paths.indexOf('POST /api/v2/flows/export/jobs'),
        paths.join('\n')
      )
      assert.match(run.summary, /\*\*Unlocked\*\* \(force-unlock\), held by user Dana Designer \(u-1\)/)
    })
  })

  it('a lock with a saved draft: the draft checked in as 4.0 is recorded, the pinned target restored', async () => {
    await withEmulator({ flows: [mainIvr({ lockedBy: DANA, savedDraft: true })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '3.0', 'force-unlock': 'true' })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.status, 'switched')
      assert.equal(unlockOf(run.audit)!.checkedIn, '4.0')
      assert.equal(run.outputs['published-version'], '5.0')
      const flow = emu.state.flow(FLOW_ID)!
      assert.match(flow.versions.get('5.0')!.content, /This is version 3\.0\./)
    })
  })

  it('an unlock that publishes the draft: rolled back to the backup, the unlock’s version recorded', async () => {
    await withEmulator(
      { flows: [mainIvr({ lockedBy: DANA, savedDraft: true, unlockPublishesDraft: true })] },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '3.0', 'force-unlock': 'true' })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'rolled-back', run.stdout)
        assert.equal(unlockOf(run.audit)!.published, '4.0')
        const flow = emu.state.flow(FLOW_ID)!
        assert.match(flow.versions.get(flow.publishedVersionId!)!.content, /This is version 2\.0\./)
        assert.match(
          (run.audit as { error: { message: string } }).error.message,
          /the unlock put version 4\.0 live .*rolled back: the content of 2\.0 is live again/
        )
      }
    )
  })
})
