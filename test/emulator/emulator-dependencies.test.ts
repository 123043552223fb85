import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ErrorBodySchema } from '../../src/genesys/schemas.js'
import { FLOW_ID, bearer, exportVersion, importFile, mainIvr, withEmulator } from '../helpers/emulator.js'

type Json = Record<string, any>

const CONSUMED = '/api/v2/architect/dependencytracking/consumedresources'

async function get(url: string, auth: string) {
  const response = await fetch(url, { headers: { authorization: auth } })
  return { status: response.status, headers: response.headers, body: (await response.json()) as Json }
}

/** Consumed resources of one flow version, as the SDK asks for them. */
function consumed(emuUrl: string, flowId: string, version: string, objectType: string, extra = '') {
  const q = new URLSearchParams({ id: flowId, version, objectType })
  return `${emuUrl}${CONSUMED}?${q}${extra}`
}

const queues = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Queue ${i + 1}`, type: 'QUEUE' }))

describe('emulator: dependency tracking (consumed resources)', () => {
  it('pages what a version consumes with nextUri and previousUri, 25 a page by default, at most 100', async () => {
    await withEmulator({ flows: [mainIvr({ dependencies: { '3.0': queues(30) } })] }, async (emu) => {
      const auth = await bearer(emu.url)
      const first = await get(consumed(emu.url, FLOW_ID, '3.0', 'INBOUNDCALLFLOW'), auth)
      assert.equal(first.status, 200)
      assert.deepEqual(
        [
          first.body.pageNumber,
          first.body.pageSize,
          first.body.total,
          first.body.pageCount,
          first.body.entities.length
        ],
        [1, 25, 30, 2, 25]
      )
      assert.equal('previousUri' in first.body, false, 'no previousUri on the first page')
      assert.match(first.body.nextUri, /^\/api\/v2\/architect\/dependencytracking\/consumedresources\?/)
      const second = await get(`${emu.url}${first.body.nextUri}`, auth)
      assert.deepEqual([second.body.pageNumber, second.body.entities.length], [2, 5])
      assert.equal('nextUri' in second.body, false, 'no nextUri on the last page')
      assert.equal(second.body.previousUri, first.body.selfUri)
      assert.equal(second.body.lastUri, second.body.selfUri)
      const names = [...first.body.entities, ...second.body.entities].map((d: Json) => d.name)
      assert.deepEqual(
        names,
        queues(30).map((q) => q.name)
      )
      const big = await get(consumed(emu.url, FLOW_ID, '3.0', 'INBOUNDCALLFLOW', '&pageSize=500'), auth)
      assert.deepEqual([big.body.pageSize, big.body.pageCount, big.body.entities.length], [100, 1, 30])
      assert.equal(emu.writes().length, 0, 'dependency tracking is a read')
      assert.ok(emu.requests.every((r) => !r.write))
    })
  })

  it('lists deleted, stateUnknown and updated entries as the scenario gives them, with stable ids', async () => {
    const dependencies = {
      '2.0': [{ name: 'Billing', type: 'QUEUE' }],
      '3.0': [
        { name: 'Billing', type: 'QUEUE', deleted: true },
        { name: 'Lookup account', type: 'DATAACTION', id: 'da-1', stateUnknown: true },
        { name: 'Shared menu', type: 'COMMONMODULEFLOW', version: '4.0', updated: true }
      ]
    }
    await withEmulator({ flows: [mainIvr({ dependencies })] }, async (emu) => {
      const auth = await bearer(emu.url)
      const entities = (await get(consumed(emu.url, FLOW_ID, '3.0', 'INBOUNDCALLFLOW'), auth)).body.entities as Json[]
      const billing = entities[0]!
      assert.deepEqual(
        { ...billing, id: undefined, selfUri: undefined },
        {
          id: undefined,
          name: 'Billing',
          type: 'QUEUE',
          deleted: true,
          updated: false,
          stateUnknown: false,
          selfUri: undefined
        }
      )
      assert.match(billing.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4/)
      assert.equal('version' in billing, false, 'no version unless the scenario gives one')
      assert.deepEqual(
        [entities[1]!.id, entities[1]!.stateUnknown, entities[1]!.deleted],
        ['da-1', true, false],
        'a given id is kept'
      )
      assert.deepEqual(
        [entities[2]!.type, entities[2]!.version, entities[2]!.updated],
        ['COMMONMODULEFLOW', '4.0', true]
      )
      const older = (await get(consumed(emu.url, FLOW_ID, '2.0', 'INBOUNDCALLFLOW'), auth)).body.entities as Json[]
      assert.equal(older[0]!.id, billing.id, 'the same queue has the same id in every version')
      assert.equal(older[0]!.deleted, false)
      const onlyQueues = await get(consumed(emu.url, FLOW_ID, '3.0', 'INBOUNDCALLFLOW', '&resourceType=QUEUE'), auth)
      assert.deepEqual(
        onlyQueues.body.entities.map((d: Json) => d.name),
        ['Billing']
      )
    })
  })

  it('answers an empty page for a version that consumes nothing', async () => {
    await withEmulator({ flows: [mainIvr({ dependencies: { '3.0': queues(1) } })] }, async (emu) => {
      const auth = await bearer(emu.url)
      const r = await get(consumed(emu.url, FLOW_ID, '1.0', 'INBOUNDCALLFLOW'), auth)
      assert.equal(r.status, 200)
      assert.deepEqual([r.body.entities, r.body.total, r.body.pageCount], [[], 0, 0])
      assert.equal('nextUri' in r.body, false)
    })
  })

  it('answers 400 bad.request, with the platform error body, to any objectType but the flow’s own', async () => {
    const scenario = {
      flows: [
        mainIvr(),
        { id: '5d3a2f7e-2222-4c4c-9a9a-0123456789ab', name: 'Shared', type: 'commonmodule', versions: ['1.0'] },
        { id: '5d3a2f7e-3333-4c4c-9a9a-0123456789ab', name: 'Flowish', type: 'workflow', versions: ['1.0'] },
        { id: '5d3a2f7e-4444-4c4c-9a9a-0123456789ab', name: 'Talk', type: 'speech', versions: ['1.0'] }
      ]
    }
    await withEmulator(scenario, async (emu) => {
      const auth = await bearer(emu.url)
      for (const [flowId, objectType] of [
        [FLOW_ID, 'INBOUNDCALL'],
        [FLOW_ID, 'inboundcallflow'],
        [FLOW_ID, 'COMMONMODULEFLOW'],
        [FLOW_ID, 'QUEUE'],
        ['5d3a2f7e-3333-4c4c-9a9a-0123456789ab', 'WORKFLOWFLOW'],
        ['5d3a2f7e-4444-4c4c-9a9a-0123456789ab', 'SPEECHFLOW']
      ] as const) {
        const r = await get(consumed(emu.url, flowId, '1.0', objectType), auth)
        assert.equal(r.status, 400, `${objectType} for ${flowId}`)
        const body = ErrorBodySchema.parse(r.body)
        assert.deepEqual([body.code, body.status, body.details, body.errors], ['bad.request', 400, [], []])
        assert.equal(body.contextId, r.headers.get('inin-correlation-id'))
        assert.equal('messageParams' in r.body, false)
      }
      const missing = await get(`${emu.url}${CONSUMED}?id=${FLOW_ID}&version=1.0`, auth)
      assert.equal(missing.status, 400, 'objectType is required')
      for (const [flowId, objectType] of [
        ['5d3a2f7e-2222-4c4c-9a9a-0123456789ab', 'COMMONMODULEFLOW'],
        ['5d3a2f7e-3333-4c4c-9a9a-0123456789ab', 'WORKFLOW']
      ] as const) {
        assert.equal((await get(consumed(emu.url, flowId, '1.0', objectType), auth)).status, 200, objectType)
      }
    })
  })

  it('answers 404 not.found for an unknown version, an unknown flow and a deleted flow', async () => {
    const gone = '5d3a2f7e-9999-4c4c-9a9a-0123456789ab'
    await withEmulator({ flows: [mainIvr(), { id: gone, name: 'Gone', deleted: true }] }, async (emu) => {
      const auth = await bearer(emu.url)
      for (const [flowId, version] of [
        [FLOW_ID, '9.0'],
        ['5d3a2f7e-0000-4c4c-9a9a-0123456789ab', '1.0'],
        [gone, '1.0']
      ] as const) {
        const r = await get(consumed(emu.url, flowId, version, 'INBOUNDCALLFLOW'), auth)
        assert.equal(r.status, 404, `${flowId} ${version}`)
        assert.equal(ErrorBodySchema.parse(r.body).code, 'not.found')
      }
    })
  })

  it('answers 403 missing.permissions when a scenario fault says so', async () => {
    await withEmulator(
      {
        flows: [mainIvr({ dependencies: { '3.0': queues(1) } })],
        faults: [{ match: { path: '/api/v2/architect/dependencytracking/*' }, status: 403, times: 0 }]
      },
      async (emu) => {
        const auth = await bearer(emu.url)
        const r = await get(consumed(emu.url, FLOW_ID, '3.0', 'INBOUNDCALLFLOW'), auth)
        assert.deepEqual([r.status, r.body.code], [403, 'missing.permissions'])
        assert.equal((await get(`${emu.url}/api/v2/flows/${FLOW_ID}`, auth)).status, 200, 'only dependency tracking')
      }
    )
  })

  it('gives an imported version what the version with the same content consumes, and nothing otherwise', async () => {
    const dependencies = { '2.0': [{ name: 'Billing', type: 'QUEUE', deleted: true }] }
    await withEmulator(
      { flows: [mainIvr({ dependencies })], exportDurationMs: 0, importDurationMs: 0 },
      async (emu) => {
        const auth = await bearer(emu.url)
        const exported = await exportVersion(emu.url, auth, '2.0')
        assert.match(exported, /exportedVersion: "2\.0"/)
        await importFile(emu.url, auth, exported)
        const restored = await get(consumed(emu.url, FLOW_ID, '4.0', 'INBOUNDCALLFLOW'), auth)
        assert.deepEqual(
          restored.body.entities.map((d: Json) => [d.name, d.deleted]),
          [['Billing', true]],
          'the restored 2.0 consumes what 2.0 consumed'
        )
        await importFile(emu.url, auth, 'inboundCall:\n  name: "Main IVR"\n  description: "something new"\n')
        assert.equal((await get(consumed(emu.url, FLOW_ID, '5.0', 'INBOUNDCALLFLOW'), auth)).body.total, 0)
      }
    )
  })
})

describe('emulator: who made each version', () => {
  it('sends the scenario’s creators, the default author otherwise, and dateCheckedIn for checked-in versions', async () => {
    const creators = {
      '1.0': { user: { id: 'u-7', name: 'Dana Designer' } },
      '2.0': { client: { id: 'cx-as-code', name: 'CX as Code' } },
      '3.0': {}
    }
    await withEmulator({ flows: [mainIvr({ creators, versions: ['1.0', '2.0', '3.0', '4.0'] })] }, async (emu) => {
      const auth = await bearer(emu.url)
      const version = async (v: string) => (await get(`${emu.url}/api/v2/flows/${FLOW_ID}/versions/${v}`, auth)).body
      const one = await version('1.0')
      assert.deepEqual(one.createdBy, { id: 'u-7', name: 'Dana Designer', selfUri: '/api/v2/users/u-7' })
      assert.equal('createdByClient' in one, false)
      const two = await version('2.0')
      assert.equal('createdBy' in two, false)
      assert.deepEqual(two.createdByClient, {
        id: 'cx-as-code',
        name: 'CX as Code',
        selfUri: '/api/v2/oauth/clients/cx-as-code'
      })
      const three = await version('3.0')
      assert.deepEqual(['createdBy' in three, 'createdByClient' in three], [false, false], 'an entry of {}: nobody')
      const four = await version('4.0')
      assert.equal(four.createdBy.name, 'Flow Author', 'a version without an entry keeps the default author')
      for (const v of [one, two, three, four]) {
        assert.equal(typeof v.dateCreated, 'number')
        assert.equal(v.dateCheckedIn, v.dateCreated)
      }
      assert.equal(typeof two.datePublished, 'string', 'publish dates stay ISO strings')
    })
  })

  it('makes an imported version the importing OAuth client’s, with no user', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        clients: [{ id: 'release-pipeline', secret: 's3cret', name: 'Release pipeline' }],
        exportDurationMs: 0,
        importDurationMs: 0
      },
      async (emu) => {
        const auth = await bearer(emu.url, 'release-pipeline', 's3cret')
        await importFile(emu.url, auth, 'inboundCall:\n  name: "Main IVR"\n  description: "restored"\n')
        const v = (await get(`${emu.url}/api/v2/flows/${FLOW_ID}/versions/4.0`, auth)).body
        assert.equal('createdBy' in v, false)
        assert.deepEqual(v.createdByClient, {
          id: 'release-pipeline',
          name: 'Release pipeline',
          selfUri: '/api/v2/oauth/clients/release-pipeline'
        })
        assert.equal(v.dateCheckedIn, v.dateCreated)
      }
    )
  })

  it('sends every absent field of a version, and of what it consumes, as null with explicitNulls', async () => {
    await withEmulator(
      { flows: [mainIvr({ explicitNulls: true, savedDraft: true, dependencies: { '3.0': queues(1) } })] },
      async (emu) => {
        const auth = await bearer(emu.url)
        const queue = (await get(consumed(emu.url, FLOW_ID, '3.0', 'INBOUNDCALLFLOW'), auth)).body.entities[0]
        assert.equal(queue.version, null, 'a consumed resource without a version: version null')
        const three = (await get(`${emu.url}/api/v2/flows/${FLOW_ID}/versions/3.0`, auth)).body
        assert.equal(three.createdByClient, null)
        assert.equal(three.datePublished, null)
        assert.equal(three.datePublishedEnd, null)
        assert.equal(three.dateSaved, null)
        assert.equal(three.createdBy.name, 'Flow Author')
        const listing = (await get(`${emu.url}/api/v2/flows/${FLOW_ID}/versions`, auth)).body.entities as Json[]
        const draft = listing.find((v) => v.type === 'SAVE')!
        assert.equal(draft.dateCheckedIn, null, 'a saved draft is not checked in')
        assert.equal(draft.dateSaved, draft.dateCreated)
      }
    )
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const auth = await bearer(emu.url)
      const three = (await get(`${emu.url}/api/v2/flows/${FLOW_ID}/versions/3.0`, auth)).body
      assert.deepEqual(
        ['createdByClient' in three, 'datePublished' in three, 'dateSaved' in three],
        [false, false, false],
        'without explicitNulls absent fields are omitted'
      )
    })
  })

  it('refuses a scenario naming creators or dependencies for a version the flow does not have', async () => {
    await assert.rejects(
      withEmulator({ flows: [mainIvr({ creators: { '7.0': {} } })] }, async () => undefined),
      /creators for 7\.0/
    )
    await assert.rejects(
      withEmulator({ flows: [mainIvr({ dependencies: { '7.0': [] } })] }, async () => undefined),
      /dependencies for 7\.0/
    )
  })
})
