import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

describe('pipeline: apply', () => {
  it('switches to the checked-in version and verifies it by reading back', async () => {
    const { core, genesys, audit, summary } = await runPipeline({ 'flow-id': FLOW_ID }, { flows: [mainIvr()] })
    assert.equal(core.failed, undefined)
    assert.equal(core.outputs.status, 'switched')
    assert.equal(core.outputs.changed, 'true')
    assert.deepEqual(
      [core.outputs['previous-version'], core.outputs['target-version'], core.outputs['published-version']],
      ['2.0', '3.0', '3.0']
    )
    assert.equal(genesys.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
    assert.equal(genesys.writes().length, 1)
    assert.equal(audit?.status, 'switched')
    assert.equal(audit?.auditId, core.outputs['audit-id'])
    assert.deepEqual(JSON.parse(core.outputs.audit!), audit)
    assert.deepEqual(
      audit?.checks.map((c: { name: string; passed: boolean }) => [c.name, c.passed]),
      [
        ['flow found', true],
        ['not deleted', true],
        ['permissions', true],
        ['target exists', true],
        ['target is not a draft', true],
        ['dependencies', true],
        ['not locked', true],
        ['no operation in progress', true],
        ['validation', true],
        ['backup', true]
      ]
    )
    assert.match(summary, /2\.0 → 3\.0 \| ✅ switched/)
  })

  it('polls on the growing schedule: a 1.2 s publish is seen by the third poll, at 1.5 s', async () => {
    const { genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr({ publish: { durationMs: 1_200 } })] }
    )
    const reads = genesys.calls.filter((c) => c.method === 'getFlow').length
    assert.equal(reads, 1 + 1 + 3, 'one snapshot read, one again after the validate job, three polls')
    assert.equal(audit?.timings.switchLatencyMs, 1_500)
    assert.equal(
      audit?.requests,
      13,
      'read flow (the checked-in target comes with it), what the client may do (the permissions preflight), its dependencies, the validate job (start, one poll), the flow read again, the backup export (start, one poll, download), publish, three polls (no login in the fake)'
    )
  })

  it('resolves a flow by exact name and type', async () => {
    const { core } = await runPipeline(
      { 'flow-name': 'Main IVR', 'flow-type': 'inboundcall', 'target-version': '3.0' },
      { flows: [mainIvr(), { name: 'Main IVR backup', type: 'inboundcall', versions: ['1.0'] }] }
    )
    assert.deepEqual(
      [core.outputs.status, core.outputs['flow-id'], core.outputs['published-version']],
      ['switched', FLOW_ID, '3.0']
    )
  })

  it('is unchanged, without a write, when the target is live already', async () => {
    const { core, genesys } = await runPipeline({ 'flow-id': FLOW_ID, 'target-version': '2.0' }, { flows: [mainIvr()] })
    assert.equal(core.failed, undefined)
    assert.deepEqual([core.outputs.status, core.outputs.changed], ['unchanged', 'false'])
    assert.equal(genesys.writes().length, 0)
  })

  it('plans without any write, and the fingerprint matches the apply that follows', async () => {
    const scenario = { flows: [mainIvr()] }
    const plan = await runPipeline({ 'flow-id': FLOW_ID, mode: 'plan' }, scenario)
    assert.equal(plan.core.outputs.status, 'planned')
    assert.equal(plan.genesys.writes().length, 0)
    const apply = await runPipeline(
      { 'flow-id': FLOW_ID, 'expected-current-version': '2.0', 'target-version': '3.0' },
      scenario
    )
    assert.equal(apply.core.outputs.status, 'switched')
    assert.equal(apply.core.outputs['plan-fingerprint'], plan.core.outputs['plan-fingerprint'])
    assert.match(plan.core.outputs['plan-fingerprint']!, /^sha256:/)
  })

  it('checks the organization before anything else', async () => {
    const { genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, 'organization-id': '6f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f' },
      { flows: [mainIvr()] }
    )
    assert.equal(genesys.calls[0]!.method, 'getOrganization')
    assert.equal(audit?.checks[0].name, 'organization')
    assert.equal(audit?.organization.name, 'Emulated Org')
  })

  it('masks the secrets from the inputs', async () => {
    const { core } = await runPipeline(
      {
        'flow-id': FLOW_ID,
        'webhook-url': 'https://itsm.example.invalid/hook?token=t0k',
        'webhook-authorization': 'Bearer s3cr3t'
      },
      { flows: [mainIvr()] }
    )
    for (const secret of ['test-secret', 'https://itsm.example.invalid/hook?token=t0k', 'Bearer s3cr3t', 's3cr3t']) {
      assert.ok(core.secrets.includes(secret), `${secret} was not masked`)
    }
  })
})
