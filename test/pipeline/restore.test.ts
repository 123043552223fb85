import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

const pinnedOlder = { 'flow-id': FLOW_ID, 'target-version': '1.0', 'wait-timeout-seconds': '30' }

describe('pipeline: restore', () => {
  it('ends timed-out, not failed, when the import job still runs at the timeout: it may still publish', async () => {
    const { core, genesys, audit } = await runPipeline(pinnedOlder, {
      flows: [mainIvr()],
      publishOnlyCheckedIn: true,
      importDurationMs: 10 * 60_000
    })
    assert.equal(core.outputs.status, 'timed-out')
    assert.match(audit?.error.message, /the import job \S+ was still running after 30 s; it may still publish/)
    assert.equal(genesys.state.flow(FLOW_ID)!.publishedVersionId, '2.0', 'nothing live yet')
  })

  it('with rollback-strategy restore, restores without publishing the id first', async () => {
    const { core, genesys, summary } = await runPipeline(
      { ...pinnedOlder, 'rollback-strategy': 'restore' },
      { flows: [mainIvr()] }
    )
    assert.equal(core.outputs.status, 'switched')
    assert.equal(core.outputs['published-version'], '4.0')
    assert.deepEqual(
      genesys.writes().map((c) => c.method),
      ['registerImport', 'uploadFlowFile'],
      'no publish request: the import job published'
    )
    assert.match(summary, /2\.0 → 1\.0 \(live: 4\.0\)/, 'the summary says which id holds the content')
  })
})
