import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

/** GitHub runs the action on Node 24; `.ci/run` installs one and names it in NODE24_BIN. */
const node24 = process.env.NODE24_BIN

describe('bundle on Node 24', () => {
  it(
    'switches, plans and refuses exactly as on the development Node',
    { skip: node24 ? false : 'NODE24_BIN is not set: the Node 24 run is skipped (.ci/run sets it)' },
    async () => {
      const version = execFileSync(node24!, ['--version'], { encoding: 'utf8' }).trim()
      assert.match(version, /^v24\./)
      await withEmulator(
        { flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0', times: 1 } })] },
        async (emu) => {
          // The publish of 2.0 changes nothing (the emulator's default): its content comes back as 4.0.
          const rolledBack = await runBundle(emu.url, { 'flow-id': FLOW_ID }, { node: node24 })
          assert.equal(rolledBack.outputs.status, 'rolled-back', rolledBack.stdout + rolledBack.stderr)
          assert.equal(rolledBack.outputs['published-version'], '4.0')
          const applied = await runBundle(
            emu.url,
            { 'flow-id': FLOW_ID, 'expected-current-version': '4.0', 'target-version': '3.0' },
            { node: node24 }
          )
          assert.equal(applied.exitCode, 0, applied.stdout + applied.stderr)
          assert.equal(applied.outputs.status, 'switched')
          assert.equal(applied.outputs['published-version'], emu.state.flow(FLOW_ID)!.publishedVersionId)
          const writes = emu.writes().length
          const plan = await runBundle(
            emu.url,
            { 'flow-id': FLOW_ID, mode: 'plan', 'target-version': '1.0' },
            { node: node24 }
          )
          assert.equal(plan.outputs.status, 'planned')
          const refused = await runBundle(
            emu.url,
            { 'flow-id': FLOW_ID, 'expected-current-version': '2.0' },
            { node: node24 }
          )
          assert.equal(refused.exitCode, 1)
          assert.equal(emu.writes().length, writes, 'the refused run and the plan wrote nothing')
        }
      )
    }
  )
})
