import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, ORG_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'
import { stableUuid } from '../../emulator/state.js'

/** Each precondition that fails: a clear message, a failed check, and no write at all. */
const cases: {
  what: string
  inputs: Record<string, string>
  flow: Record<string, unknown>
  message: RegExp
  check?: string
}[] = [
  {
    what: 'a missing target version',
    inputs: { 'target-version': '9.0' },
    flow: {},
    message: /version 9\.0 does not exist/,
    check: 'target exists'
  },
  {
    what: 'a version id written as a number, with the near ids suggested',
    inputs: { 'target-version': '2' },
    flow: {},
    message: /version 2 does not exist; did you mean "2\.0"\?/,
    check: 'target exists'
  },
  {
    what: 'a misspelt flow-type, named as one this action does not know',
    inputs: { 'flow-id': '', 'flow-name': 'Main IVR', 'flow-type': 'inboundcal' },
    flow: {},
    message: /"inboundcal" is not a flow type this action knows \(inboundcall, inboundchat/,
    check: 'name resolves to one flow'
  },
  {
    what: 'a draft target',
    inputs: { 'target-version': `saved_version_${stableUuid(`saved:${FLOW_ID}`)}` },
    flow: { savedDraft: true },
    message: /unsaved draft/,
    check: 'target is not a draft'
  },
  {
    what: 'a locked flow',
    inputs: {},
    flow: { lockedBy: { user: { id: 'u1', name: 'Alice Author' } } },
    message: /locked by user Alice Author/,
    check: 'not locked'
  },
  {
    what: 'a flow locked by another client',
    inputs: {},
    flow: { lockedBy: { client: { id: 'c9', name: 'Archy job' } } },
    message: /locked by OAuth client Archy job/,
    check: 'not locked'
  },
  {
    what: 'an operation in progress',
    inputs: {},
    flow: { operationInProgress: {} },
    message: /PUBLISH operation .* is STARTED/,
    check: 'no operation in progress'
  },
  {
    what: 'a stale expected-current-version',
    inputs: { 'expected-current-version': '1.0' },
    flow: {},
    message: /expected 1\.0 to be live, but 2\.0 is: the flow moved/,
    check: 'expected current version'
  },
  { what: 'a deleted flow', inputs: {}, flow: { deleted: true }, message: /deleted/, check: 'not deleted' },
  {
    what: 'a flow with nothing checked in',
    inputs: {},
    flow: { versions: [], published: undefined },
    message: /no checked-in version/,
    check: 'target exists'
  }
]

describe('pipeline: refusals before any write', () => {
  for (const c of cases) {
    it(`refuses ${c.what}`, async () => {
      const { core, genesys, audit } = await runPipeline(
        { 'flow-id': FLOW_ID, ...c.inputs },
        { flows: [mainIvr(c.flow)] }
      )
      assert.match(core.failed ?? '', c.message)
      assert.equal(core.outputs.status, 'failed')
      assert.equal(genesys.writes().length, 0)
      assert.equal(audit?.status, 'failed')
      if (c.check) {
        const check = audit?.checks.find((x: { name: string }) => x.name === c.check)
        assert.equal(check?.passed, false, `check "${c.check}" should have failed`)
      }
    })
  }

  it('reports every failed check at once', async () => {
    const { core } = await runPipeline(
      { 'flow-id': FLOW_ID, 'expected-current-version': '1.0' },
      { flows: [mainIvr({ lockedBy: { user: { id: 'u', name: 'Bob' } } })] }
    )
    assert.match(core.failed!, /expected 1\.0.*; locked by user Bob/)
  })

  it('refuses an ambiguous name, listing what it found', async () => {
    const twin = {
      name: 'Main IVR',
      type: 'inboundcall',
      versions: ['1.0'],
      id: '5d3a2f7e-2222-4c4c-9a9a-0123456789ab'
    }
    const { core, genesys } = await runPipeline(
      { 'flow-name': 'Main IVR', 'flow-type': 'inboundcall' },
      { flows: [mainIvr(), twin] }
    )
    assert.match(core.failed!, /2 inboundcall flows are named "Main IVR": .*5d3a2f7e-1111.*5d3a2f7e-2222.*use flow-id/)
    assert.equal(genesys.writes().length, 0)
  })

  it('warns of a flow-type it does not know, and passes it on: the platform adds types', async () => {
    const { core } = await runPipeline({ 'flow-name': 'Main IVR', 'flow-type': 'inboundcal' }, { flows: [mainIvr()] })
    assert.match(core.text('warning'), /flow-type "inboundcal" is not one this action knows/)
  })

  it('refuses a name that matches nothing exactly, listing near matches', async () => {
    const { core } = await runPipeline({ 'flow-name': 'Main', 'flow-type': 'inboundcall' }, { flows: [mainIvr()] })
    assert.match(core.failed!, /no inboundcall flow is named exactly "Main"; similar names: "Main IVR"/)
  })

  it('refuses credentials of another organization before reading any flow', async () => {
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, 'organization-id': '11111111-2222-4333-8444-555555555555' },
      { organization: { id: ORG_ID, name: 'Prod' }, flows: [mainIvr()] }
    )
    assert.match(core.failed!, /belong to organization Prod \(6f1c2e3d.*\), not 11111111/)
    assert.deepEqual(
      genesys.calls.map((c) => c.method),
      ['getOrganization']
    )
    assert.deepEqual([audit?.checks[0].name, audit?.checks[0].passed], ['organization', false])
  })

  it('refuses an unknown flow id with a hint', async () => {
    const { core } = await runPipeline({ 'flow-id': '5d3a2f7e-0000-4c4c-9a9a-0123456789ab' }, { flows: [mainIvr()] })
    assert.match(core.failed!, /HTTP 404/)
  })
})
