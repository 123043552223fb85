import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

function manifest(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'unlock-')), 'release.yml')
  writeFileSync(file, text)
  return file
}

describe('pipeline: force-unlock', () => {
  it('with a manifest, names every flow that does not pin its target, before any call', async () => {
    const text = `flows:\n  - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n  - { flow-name: Support Queue, flow-type: inqueuecall, target-version: checked-in }\n  - { flow-name: Greeting, flow-type: commonmodule, target-version: checked-in }\n`
    const { core, genesys, sessionsOpened } = await runPipeline(
      { manifest: manifest(text), 'force-unlock': 'true' },
      { flows: [mainIvr()] }
    )
    assert.match(
      core.failed!,
      /^Input force-unlock: true needs a pinned target-version.*these flows do not pin one: Support Queue \(inqueuecall\), Greeting \(commonmodule\)$/
    )
    assert.equal(sessionsOpened, 0)
    assert.equal(genesys.calls.length, 0)
  })

  it('refuses a flow locked again after the unlock, instead of unlocking twice', async () => {
    const { core, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, 'target-version': '3.0', 'force-unlock': 'true' },
      { flows: [mainIvr({ lockedBy: { user: { id: 'u-1', name: 'Dana' } } })] },
      {
        prepare: (fake) => {
          const unlock = fake.port.bind(fake)
          // Someone checks the flow out again the moment the unlock lands.
          fake.port = (trace) => {
            const port = unlock(trace)
            return {
              ...port,
              unlock: async (id) => {
                const flow = await port.unlock(id)
                fake.state.flow(id)!.lockedUser = { id: 'u-2', name: 'Eve' }
                return flow
              }
            }
          }
        }
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.match(core.failed!, /after the unlock: locked by user Eve \(u-2\)/)
    assert.deepEqual(
      genesys.writes().map((w) => w.method),
      ['unlock']
    )
  })
})
