import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { newOutcome, type FlowOutcome, type FlowStatus } from '../../src/model/outcome.js'
import { logFinished } from '../../src/promotion/platform/progress-log.js'
import { FakeCore } from '../helpers/fake-core.js'

const FLOW_ID = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'

/** The closing line of a flow that ended `status`, read (with `versions`) or never read. */
function line(status: FlowStatus, versions?: FlowOutcome['versions'], change?: (o: FlowOutcome) => void): string {
  const outcome = newOutcome({ flowId: FLOW_ID, targetVersion: versions?.target ?? 'checked-in' }, 0)
  outcome.status = status
  if (versions) {
    outcome.snapshot = { publishedVersion: versions.previous }
    outcome.versions = versions
  }
  change?.(outcome)
  const core = new FakeCore()
  logFinished(core, outcome, 1_400)
  return core.text()
}

describe('the line a flow ends with', () => {
  it('a move: from → to', () => {
    assert.equal(
      line('switched', { previous: '2.0', target: '3.0', published: '3.0' }),
      '2.0 → 3.0 · switched in 1.4 s'
    )
    assert.equal(line('planned', { previous: undefined, target: '1.0' }), 'none → 1.0 · planned in 1.4 s')
  })

  it('a flow never read (a failed login): no versions, the error', () => {
    const text = line('failed', undefined, (o) => {
      o.error = { message: 'login failed: authentication failed (HTTP 400, invalid_client)' }
    })
    assert.equal(text, 'failed in 1.4 s: login failed: authentication failed (HTTP 400, invalid_client)')
    assert.doesNotMatch(text, /→|none|\?/)
  })

  it('nothing moved: what is live, and the target when it has another name; no arrow', () => {
    assert.equal(line('in-sync', { previous: '2.0', target: '2.0', published: '2.0' }), 'live 2.0 · in-sync in 1.4 s')
    assert.equal(
      line('in-sync', { previous: '4.0', target: '2.0', published: '4.0' }),
      'live 4.0 holds 2.0 · in-sync in 1.4 s'
    )
    assert.equal(
      line('unchanged', { previous: '2.0', published: '2.0' }, (o) => {
        o.spec.flowFile = {
          path: 'main.yaml',
          content: '',
          sha256: '',
          substitutedSha256: '',
          secrets: [],
          flowType: 'inboundcall',
          flowName: 'Main IVR'
        }
      }),
      'live 2.0 holds main.yaml · unchanged in 1.4 s'
    )
    const drifted = line('drifted', { previous: '2.0', target: '3.0', published: '2.0' }, (o) => {
      o.error = { message: '2.0 is live, not 3.0' }
    })
    assert.equal(drifted, 'live 2.0, target 3.0 · drifted in 1.4 s: 2.0 is live, not 3.0')
  })
})
