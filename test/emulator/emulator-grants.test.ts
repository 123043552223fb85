import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { newCallTrace } from '../../src/model/port.js'
import { parseScenario } from '../../emulator/scenario.js'
import { OrgState } from '../../emulator/state.js'
import { FLOW_ID, apiCall, bearer, mainIvr, withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

const SALES = { id: '9a8b7c6d-0000-4000-8000-00000000000a', name: 'Sales' }
const SALES_FLOW = 'aa8b7c6d-0000-4000-8000-0000000000f1'
/** demo-client: flows viewed and published in Home, viewed only in Sales; exports anywhere. */
const scenario = {
  flows: [
    mainIvr(),
    { id: SALES_FLOW, name: 'Sales IVR', versions: ['1.0', '2.0'], published: '1.0', division: SALES }
  ],
  clients: [
    {
      id: 'demo-client',
      secret: 'demo-secret',
      grants: [
        { division: 'Home', permissions: ['architect:flow:view', 'architect:flow:publish', 'architect:jobExport:*'] },
        { division: 'Sales', permissions: ['architect:flow:view'] }
      ]
    },
    { id: 'admin-client', secret: 'admin-secret' }
  ]
}

async function status(url: string, auth: string, method: string, path: string) {
  const response = await fetch(`${url}${path}`, { method, headers: { authorization: auth } })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

describe('emulator: grants', () => {
  it('answers GET /api/v2/authorization/subjects/me with one role per grant, permissions as policies', async () => {
    await withEmulator(scenario, async (emu) => {
      const me = await apiCall(emu.url, await bearer(emu.url), 'GET', '/api/v2/authorization/subjects/me')
      assert.deepEqual(
        me.grants.map((g: any) => [g.division.name, g.role.policies.map((p: any) => `${p.entityName}:${p.actions}`)]),
        [
          ['Home', ['flow:view,publish', 'jobExport:*']],
          ['Sales', ['flow:view']]
        ]
      )
      assert.equal(me.grants[0].division.homeDivision, true)
      // A client without grants holds everything, in every division the org knows.
      const admin = await apiCall(
        emu.url,
        await bearer(emu.url, 'admin-client', 'admin-secret'),
        'GET',
        '/api/v2/authorization/subjects/me'
      )
      assert.deepEqual(
        admin.grants.map((g: any) => g.division.name),
        ['Home', 'Sales']
      )
      assert.equal(emu.writes().length, 0)
    })
  })

  it('answers divisionspermitted per permission, and 400 without one', async () => {
    await withEmulator(scenario, async (emu) => {
      const auth = await bearer(emu.url)
      const path = '/api/v2/authorization/divisionspermitted/paged/me'
      const view = await apiCall(emu.url, auth, 'GET', `${path}?permission=architect:flow:view`)
      assert.deepEqual([view.entities.map((d: any) => d.name), view.allDivsPermitted], [['Home', 'Sales'], false])
      const publish = await apiCall(emu.url, auth, 'GET', `${path}?permission=architect:flow:publish`)
      assert.deepEqual(
        publish.entities.map((d: any) => d.name),
        ['Home']
      )
      assert.equal((await status(emu.url, auth, 'GET', path)).status, 400)
    })
  })

  it('refuses a write the client lacks with 403 missing.permissions naming the permission, and changes nothing', async () => {
    await withEmulator(scenario, async (emu) => {
      const auth = await bearer(emu.url)
      const refused = await status(
        emu.url,
        auth,
        'POST',
        `/api/v2/flows/actions/publish?flow=${SALES_FLOW}&version=2.0`
      )
      assert.equal(refused.status, 403)
      assert.equal(refused.body.code, 'missing.permissions')
      assert.match(refused.body.message, /'architect:flow:publish'/)
      assert.equal(emu.state.flow(SALES_FLOW)!.history.length, 0)
      // Home allows it; jobs need their own permissions.
      await apiCall(emu.url, auth, 'POST', `/api/v2/flows/actions/publish?flow=${FLOW_ID}&version=3.0`)
      assert.equal((await status(emu.url, auth, 'POST', '/api/v2/flows/jobs')).status, 403)
      assert.equal((await status(emu.url, auth, 'POST', `/api/v2/flows/actions/unlock?flow=${FLOW_ID}`)).status, 403)
      assert.equal(
        (await status(emu.url, auth, 'GET', `/api/v2/architect/dependencytracking/consumedresources?id=${FLOW_ID}`))
          .status,
        403
      )
    })
  })

  it('refuses a scenario whose grant names a division the org does not have', () => {
    const nowhere = { id: 'c', secret: 's', grants: [{ division: 'Nowhere', permissions: ['architect:flow:view'] }] }
    assert.throws(
      () => new OrgState(parseScenario({ flows: [mainIvr()], clients: [nowhere] }), Date.now),
      /division "Nowhere", which is neither Home nor any flow's division/
    )
    assert.throws(
      () => parseScenario({ clients: [{ id: 'c', secret: 's', grants: [{ permissions: ['architect:flow'] }] }] }),
      /domain:entity:action/
    )
  })

  it('serves both endpoints through the SDK, parsed into the port’s shapes', async () => {
    await withEmulator(scenario, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const trace = newCallTrace()
      const port = session.port(trace)
      const grants = await port.getMyGrants()
      assert.deepEqual(
        grants?.map((g) => [g.division?.name, g.role?.policies?.map((p) => p.actions?.join(','))]),
        [
          ['Home', ['view,publish', '*']],
          ['Sales', ['view']]
        ]
      )
      const permitted = await port.divisionsPermitted('architect:flow:publish')
      assert.deepEqual([permitted.all, permitted.divisions.map((d) => d.name)], [false, ['Home']])
      assert.equal(trace.requests, 3, 'login and two requests')
      close()
    })
  })
})
