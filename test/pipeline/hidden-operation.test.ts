import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sameFlowFile } from '../../emulator/flow-file.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'
import { HIDDEN_PUBLISH_SETTLE_MS } from '../../src/promotion/switch/wait.js'

/** Another tool's validate takes `currentOperation` 1 s after each publish of ours. */
const VALIDATE_HIDES_OURS = {
  actionName: 'VALIDATE',
  client: { id: 'cx-as-code', name: 'CX as Code' },
  afterMs: 1_000
}
/** Our publish runs 2 s: the validate hides it before it ends. */
const SLOW = { durationMs: 2_000 }

describe('pipeline: a publish hidden by another actor’s operation', () => {
  it('restores the previous content when the hidden rollback publish changed nothing (rollback-strategy auto)', async () => {
    // Target 1.0: the platform publishes the checked-in 3.0 instead; the rollback's publish of 2.0
    // changes nothing, and the validate hides it.
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, 'target-version': '1.0' },
      {
        publishOnlyCheckedIn: false,
        flows: [
          mainIvr({
            publishes: [
              { outcome: 'publishes-other', otherVersion: '3.0', durationMs: 0 },
              { outcome: 'no-op', ...SLOW }
            ],
            replaceOperation: VALIDATE_HIDES_OURS
          })
        ]
      }
    )
    assert.equal(core.outputs.status, 'rolled-back', core.failed)
    assert.equal(audit?.rollback.status, 'restored')
    assert.equal(audit?.versions.restoredFrom, '2.0')
    const flow = genesys.state.flow(FLOW_ID)!
    assert.equal(flow.publishedVersionId, '4.0')
    assert.ok(
      sameFlowFile(flow.versions.get('4.0')!.content, flow.versions.get('2.0')!.content, flow.division.name),
      "2.0's content is live"
    )
    assert.match(
      core.failed!,
      /left version 3\.0 live instead; rolled back: the content of 2\.0 is live again as version 4\.0/
    )
    assert.match(core.text(), /VALIDATE by OAuth client CX as Code\) hid our publish of [0-9.]+ and has ended/)
  })

  it('restores the target when its hidden publish changed nothing (rollback-strategy auto)', async () => {
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, 'target-version': '1.0' },
      { flows: [mainIvr({ publish: SLOW, replaceOperation: VALIDATE_HIDES_OURS })] }
    )
    assert.equal(core.outputs.status, 'switched', core.failed)
    assert.equal(core.outputs['published-version'], '4.0')
    assert.equal(audit?.versions.restoredFrom, '1.0')
    const flow = genesys.state.flow(FLOW_ID)!
    assert.ok(
      sameFlowFile(flow.versions.get('4.0')!.content, flow.versions.get('1.0')!.content, flow.division.name),
      "1.0's content is live"
    )
    assert.match(
      audit?.notes.join(' '),
      /VALIDATE by OAuth client CX as Code\) hid our publish of [0-9.]+ and has ended/
    )
  })

  it('waits the settle time after the other operation ended before taking the publish as ignored', async () => {
    const { core, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, 'target-version': '1.0' },
      { flows: [mainIvr({ publish: SLOW, replaceOperation: VALIDATE_HIDES_OURS })] }
    )
    assert.equal(core.outputs.status, 'switched', core.failed)
    const flow = genesys.state.flow(FLOW_ID)!
    // The validate showed, ended, 1 s after our publish; the restore made 4.0 on the virtual clock.
    const validateEnded = flow.history[0]!.startedAt + VALIDATE_HIDES_OURS.afterMs
    const restoredAt = flow.versions.get('4.0')!.dateCreated
    assert.ok(restoredAt - validateEnded >= HIDDEN_PUBLISH_SETTLE_MS, 'not before the settle time')
    assert.ok(restoredAt - validateEnded < 2 * HIDDEN_PUBLISH_SETTLE_MS, 'soon after it, not at the timeout')
    assert.match(core.text(), /has ended and version 2\.0 is still live: taking our publish as ignored/)
  })

  it('still ends timed-out when the operation that hid ours never ends', async () => {
    const { core, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, 'target-version': '1.0', 'wait-timeout-seconds': '60' },
      {
        flows: [mainIvr({ publish: SLOW, replaceOperation: { ...VALIDATE_HIDES_OURS, durationMs: 3_600_000 } })]
      }
    )
    assert.equal(core.outputs.status, 'timed-out', core.failed)
    assert.match(core.failed!, /CX as Code\) replaced ours .* may still land/)
    assert.equal(genesys.writes().length, 1, 'no restore')
  })

  it('still ends timed-out under rollback-strategy republish', async () => {
    const { core, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, 'target-version': '1.0', 'wait-timeout-seconds': '60', 'rollback-strategy': 'republish' },
      { flows: [mainIvr({ publish: SLOW, replaceOperation: VALIDATE_HIDES_OURS })] }
    )
    assert.equal(core.outputs.status, 'timed-out', core.failed)
    assert.match(core.failed!, /CX as Code\) replaced ours .* may still land/)
    assert.equal(genesys.writes().length, 1)
  })

  it('still ends timed-out when the hidden target is the checked-in version (nothing to restore)', async () => {
    const { core } = await runPipeline(
      { 'flow-id': FLOW_ID, 'wait-timeout-seconds': '60' },
      {
        flows: [mainIvr({ publish: { outcome: 'failure', ...SLOW }, replaceOperation: VALIDATE_HIDES_OURS })]
      }
    )
    assert.equal(core.outputs.status, 'timed-out', core.failed)
    assert.match(core.failed!, /CX as Code\) replaced ours .* may still land/)
  })
})
