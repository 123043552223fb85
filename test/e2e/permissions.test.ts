import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ScenarioInput } from '../../emulator/scenario.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'

/** demo-client, holding everything apply needs but architect:flow:publish. */
const withoutPublish: ScenarioInput['clients'] = [
  {
    id: 'demo-client',
    secret: 'demo-secret',
    grants: [
      {
        division: 'Home',
        permissions: [
          'architect:flow:view',
          'architect:jobExport:*',
          'architect:job:*',
          'architect:dependencyTracking:view'
        ]
      }
    ]
  }
]
const AUTHORIZATION = '/api/v2/authorization/**'
const apiRequests = (emu: { requests: { path: string }[] }) => emu.requests.filter((r) => r.path.startsWith('/api/'))

describe('bundle: permissions before writes', () => {
  it('without architect:flow:publish, apply fails before the backup and any write, naming the permission', async () => {
    await withEmulator({ flows: [mainIvr()], clients: withoutPublish }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'failed')
      assert.deepEqual(emu.writes(), [])
      assert.ok(!emu.requests.some((r) => r.path.startsWith('/api/v2/flows/export/')), 'no backup')
      const wording = 'publish needs architect:flow:publish in division Home'
      assert.ok(errors(run).includes(wording), run.stdout)
      assert.ok(run.summary.includes(wording))
      assert.equal(emu.requests.filter((r) => r.path === '/api/v2/authorization/subjects/me').length, 1)
    })
  })

  it('costs one request when every permission is held, and switches as before', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.status, 'switched')
      assert.deepEqual(
        apiRequests(emu)
          .filter((r) => r.path.startsWith('/api/v2/authorization/'))
          .map((r) => r.path),
        ['/api/v2/authorization/subjects/me']
      )
    })
  })

  it('goes on as before when neither endpoint answers, and words a later 403 as the check would', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        clients: withoutPublish,
        faults: [{ match: { path: AUTHORIZATION }, status: 403, times: 0 }]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        // Not checked, so the publish is sent: the platform's 403 says what the check would have said.
        assert.match(run.stdout, /::warning::Permissions not checked: the platform did not say/)
        assert.equal(run.outputs.status, 'failed')
        assert.match(
          errors(run),
          /HTTP 403, missing\.permissions.*publish needs architect:flow:publish in the flow's division/
        )
        assert.equal(emu.requests.filter((r) => r.path.startsWith('/api/v2/authorization/')).length, 2)
      }
    )
  })
})
