import type { AuditRecord } from '../../src/audit/record.js'
import { buildFlowRecord } from '../../src/audit/record.js'
import { newOutcome, type FlowOutcome } from '../../src/model/outcome.js'

/** A realistic record of a switched flow, for tests of the renderers. */
export function sampleRecord(change: (outcome: FlowOutcome) => void = () => undefined): AuditRecord {
  const outcome = newOutcome(
    { flowId: '5d3a2f7e-1111-4c4c-9a9a-0123456789ab', targetVersion: '3.0' },
    Date.parse('2026-11-28T10:00:00Z')
  )
  outcome.status = 'switched'
  outcome.flow = {
    id: '5d3a2f7e-1111-4c4c-9a9a-0123456789ab',
    name: 'Main IVR',
    type: 'inboundcall',
    division: { id: 'd1', name: 'Home' }
  }
  outcome.snapshot = { publishedVersion: '2.0', checkedInVersion: '3.0' }
  outcome.versions = { previous: '2.0', target: '3.0', published: '3.0' }
  outcome.operation = { id: 'op-1', actionStatus: 'SUCCESS' }
  outcome.checks = [{ name: 'flow found', passed: true, detail: 'Main IVR' }]
  outcome.publishRequestedAt = outcome.startedAt + 300
  outcome.verifiedAt = outcome.startedAt + 1_800
  outcome.finishedAt = outcome.startedAt + 1_900
  outcome.trace = { requests: 7, retries: 1, waitedMs: 2_000, correlationIds: ['c1', 'c2', 'c1'] }
  change(outcome)
  return buildFlowRecord(
    '8f0e2b4c-1d2e-4f5a-9b8c-7d6e5f4a3b2c',
    outcome,
    {
      mode: 'apply',
      region: 'mypurecloud.com',
      oauthClientId: 'client-1',
      github: {
        repository: 'acme/cx-flows',
        runId: '42',
        runAttempt: 1,
        runUrl: 'https://github.com/acme/cx-flows/actions/runs/42',
        sha: 'abc123'
      },
      changeReference: 'CHG0031337'
    },
    outcome.finishedAt!
  )
}
