import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PlatformError } from '../../src/model/errors.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

const apply = { 'flow-id': FLOW_ID }

describe('pipeline: verify and roll back', () => {
  it('fails without a second write when the publish ends in FAILURE and nothing moved', async () => {
    const { core, genesys, audit } = await runPipeline(apply, {
      flows: [
        mainIvr({
          publish: { outcome: 'failure', errorCode: 'FLOW_VALIDATION_FAILED', errorMessage: 'Data action missing' }
        })
      ]
    })
    assert.equal(core.outputs.status, 'failed')
    assert.match(
      core.failed!,
      /the publish of 3\.0 failed: FLOW_VALIDATION_FAILED: Data action missing; version 2\.0 is still live/
    )
    assert.equal(genesys.writes().length, 1)
    assert.equal(genesys.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
    assert.deepEqual(audit?.operation, {
      id: audit?.operation.id,
      actionStatus: 'FAILURE',
      errorCode: 'FLOW_VALIDATION_FAILED',
      errorMessage: 'Data action missing'
    })
    assert.equal(audit?.rollback.attempted, false)
  })

  it('detects a publish answered 200 that changed nothing', async () => {
    const { core, genesys } = await runPipeline(apply, { flows: [mainIvr({ publish: { outcome: 'no-op' } })] })
    assert.match(core.failed!, /reported SUCCESS, but version 2\.0 is still live: nothing changed/)
    assert.equal(genesys.writes().length, 1)
  })

  it('rolls back when the live version moved to something else, and verifies the rollback (older ids go live)', async () => {
    const { core, genesys, audit } = await runPipeline(apply, {
      publishOnlyCheckedIn: false,
      flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0', times: 1 } })]
    })
    assert.equal(core.outputs.status, 'rolled-back')
    assert.match(core.failed!, /left version 1\.0 live instead; rolled back: 2\.0 is live again/)
    assert.deepEqual(
      genesys.writes().map((w) => w.args[1]),
      ['3.0', '2.0']
    )
    assert.equal(genesys.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
    assert.deepEqual(
      [audit?.rollback.attempted, audit?.rollback.version, audit?.rollback.status],
      [true, '2.0', 'restored']
    )
    assert.ok(audit?.rollback.durationMs > 0)
    assert.equal(core.outputs.changed, 'false')
  })

  it('rolls back to rollback-version when given', async () => {
    const { genesys } = await runPipeline(
      { ...apply, 'rollback-version': '1.0' },
      { flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0', times: 1 } })] }
    )
    assert.equal(genesys.writes().at(-1)!.args[1], '1.0')
  })

  it('says so and fails when the rollback does not hold (rollback-strategy republish)', async () => {
    const { core, audit } = await runPipeline(
      { ...apply, 'rollback-strategy': 'republish' },
      { flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0' } })] }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.match(core.failed!, /the rollback to 2\.0 did not hold: version 1\.0 is live/)
    assert.equal(audit?.rollback.status, 'failed')
  })

  it('restores the previous content when publishing its id does not put it back (rollback-strategy auto)', async () => {
    const { core, genesys, audit } = await runPipeline(apply, {
      flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0' } })]
    })
    assert.equal(core.outputs.status, 'rolled-back')
    assert.match(
      core.failed!,
      /rolled back: the content of 2\.0 is live again as version 4\.0 \(restored, verified by content\)/
    )
    const flow = genesys.state.flow(FLOW_ID)!
    assert.equal(flow.publishedVersionId, '4.0')
    assert.match(flow.versions.get('4.0')!.content, /This is version 2\.0/)
    assert.deepEqual(
      [audit?.rollback.status, audit?.versions.restoredFrom, audit?.restore.from],
      ['restored', '2.0', '2.0']
    )
    assert.equal(audit?.backup.version, '2.0')
    assert.match(audit?.restore.fileSha256, /^sha256:[0-9a-f]{64}$/)
  })

  it('has nothing to roll back to when no version was live before', async () => {
    const { core, genesys, audit } = await runPipeline(apply, {
      flows: [mainIvr({ published: undefined, publish: { outcome: 'publishes-other', otherVersion: '1.0' } })]
    })
    assert.match(core.failed!, /no version was live before the run, so there is nothing to roll back to/)
    assert.equal(genesys.writes().length, 1)
    assert.equal(audit?.rollback.status, 'not-possible')
  })

  it('leaves the wrong version in place when auto-rollback is off', async () => {
    const { core, genesys } = await runPipeline(
      { ...apply, 'auto-rollback': 'false' },
      { flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0' } })] }
    )
    assert.match(core.failed!, /auto-rollback is off/)
    assert.equal(genesys.writes().length, 1)
  })

  it('times out without rolling back, naming the operation', async () => {
    const { core, genesys, audit, clock } = await runPipeline(
      { ...apply, 'wait-timeout-seconds': '20' },
      { flows: [mainIvr({ publish: { durationMs: 600_000 } })] }
    )
    assert.equal(core.outputs.status, 'timed-out')
    assert.match(core.failed!, new RegExp(`still running after 20 s \\(operation ${audit?.operation.id}`))
    assert.equal(genesys.writes().length, 1)
    assert.equal(audit?.rollback.attempted, false)
    // The validate job and the backup export before the publish each wait one poll (0.5 s) of their own.
    assert.ok(clock.sleeps.reduce((a, b) => a + b, 0) <= 21_000, 'the wait does not overrun the timeout')
  })

  it('re-reads the flow before repeating a publish that failed without an answer', async () => {
    const { core, genesys } = await runPipeline(
      apply,
      { flows: [mainIvr()] },
      { prepare: (g) => g.failNext('publish', new PlatformError({ message: 'bad gateway', status: 502 })) }
    )
    assert.equal(core.outputs.status, 'switched')
    const methods = genesys.calls.map((c) => c.method)
    const first = methods.indexOf('publish')
    assert.equal(methods[first + 1], 'getFlow', 'the flow is read before the publish is repeated')
    assert.equal(methods.filter((m) => m === 'publish').length, 2)
  })

  it('adopts a publish that started although its answer was lost, instead of publishing twice', async () => {
    const { core, genesys, audit } = await runPipeline(
      apply,
      { flows: [mainIvr()] },
      {
        prepare: (g) =>
          g.loseNextAnswer('publish', new PlatformError({ message: 'timeout', networkCode: 'ECONNABORTED' }))
      }
    )
    assert.equal(core.outputs.status, 'switched')
    assert.equal(genesys.state.flow(FLOW_ID)!.history.length, 1, 'one publish operation on the platform')
    assert.match(audit?.notes.join(' '), /adopted it instead of publishing again/)
  })

  it("does not adopt someone else's publish that started while its own request went unanswered", async () => {
    const { core, genesys, audit } = await runPipeline(
      apply,
      { flows: [mainIvr()] },
      {
        prepare: (g) =>
          g.failNext('publish', new PlatformError({ message: 'bad gateway', status: 502 }), (state) => {
            const flow = state.flow(FLOW_ID)!
            state.startPublish(flow, '1.0', { id: 'other-client', name: 'Another pipeline' })
          })
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.match(
      audit?.error.message,
      /operation .* \(PUBLISH, by Another pipeline\) now runs on the flow and was not adopted/
    )
    assert.equal(genesys.writes().length, 1, 'no publish of ours followed')
    assert.equal(audit?.rollback?.attempted ?? false, false, "someone else's publish is not rolled back")
  })
})
