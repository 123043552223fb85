import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ScenarioInput } from '../../emulator/scenario.js'
import { FLOW_ID, ORG_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'

const cases: { what: string; scenario: ScenarioInput; inputs: Record<string, string>; message: RegExp }[] = [
  {
    what: 'a missing target version',
    scenario: { flows: [mainIvr()] },
    inputs: { 'flow-id': FLOW_ID, 'target-version': '7.0' },
    message: /version 7\.0 does not exist/
  },
  {
    what: 'a locked flow',
    scenario: { flows: [mainIvr({ lockedBy: { user: { id: 'u1', name: 'Alice Author' } } })] },
    inputs: { 'flow-id': FLOW_ID },
    message: /locked by user Alice Author/
  },
  {
    what: 'an operation in progress',
    scenario: { flows: [mainIvr({ operationInProgress: {} })] },
    inputs: { 'flow-id': FLOW_ID },
    message: /operation .* is STARTED for Another pipeline/
  },
  {
    what: 'a stale expected-current-version',
    scenario: { flows: [mainIvr()] },
    inputs: { 'flow-id': FLOW_ID, 'expected-current-version': '1.0' },
    message: /expected 1\.0 to be live, but 2\.0 is/
  },
  {
    what: 'a deleted flow',
    scenario: { flows: [mainIvr({ deleted: true })] },
    inputs: { 'flow-id': FLOW_ID },
    message: /HTTP 410, architect\.flow\.deleted.*The flow has been deleted/
  },
  {
    what: 'an ambiguous flow name',
    scenario: {
      flows: [mainIvr(), { id: '5d3a2f7e-2222-4c4c-9a9a-0123456789ab', name: 'Main IVR', versions: ['1.0'] }]
    },
    inputs: { 'flow-name': 'Main IVR', 'flow-type': 'inboundcall' },
    message: /2 inboundcall flows are named "Main IVR"/
  },
  {
    what: 'a wrong organization',
    scenario: { flows: [mainIvr()] },
    inputs: { 'flow-id': FLOW_ID, 'organization-id': '11111111-2222-4333-8444-555555555555' },
    message: new RegExp(`belong to organization Emulated Org \\(${ORG_ID}\\)`)
  }
]

describe('bundle: refusals, each with zero writes', () => {
  for (const c of cases) {
    it(`refuses ${c.what}`, async () => {
      await withEmulator(c.scenario, async (emu) => {
        const run = await runBundle(emu.url, c.inputs)
        assert.equal(run.exitCode, 1)
        assert.match(errors(run), c.message)
        assert.equal(run.outputs.status, 'failed')
        assert.equal((run.audit as { status: string }).status, 'failed')
        assert.equal(emu.writes().length, 0)
      })
    })
  }
})
