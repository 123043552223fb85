import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { stableUuid } from '../../emulator/state.js'
import { newCallTrace } from '../../src/model/port.js'
import { bearer, withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

const SEARCH = '/api/v2/architect/dependencytracking'

const scenario = {
  objects: [
    { name: 'Support', type: 'QUEUE' },
    { name: 'Support Tier 2', type: 'QUEUE' },
    { name: 'Support', type: 'PROMPT' }
  ],
  flows: [
    {
      name: 'Support Menu',
      type: 'commonmodule',
      versions: ['1.0'],
      dependencies: {
        '1.0': [
          { name: 'Look up account', type: 'DATAACTION' },
          { name: 'Old support line', type: 'QUEUE', deleted: true }
        ]
      }
    }
  ]
}

async function search(url: string, auth: string, query: string) {
  const response = await fetch(`${url}${SEARCH}?${query}`, { headers: { authorization: auth } })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

const names = (body: Record<string, any>) =>
  (body.entities as { name: string; type: string }[]).map((e) => `${e.type} ${e.name}`).sort()

describe('emulator: dependency tracking, objects by name', () => {
  it('answers what the org has whose name contains the one asked, ignoring case, of the types asked', async () => {
    await withEmulator(scenario, async (emu) => {
      const auth = await bearer(emu.url)
      const all = await search(emu.url, auth, 'name=support')
      assert.equal(all.status, 200)
      assert.deepEqual(names(all.body), [
        'COMMONMODULEFLOW Support Menu',
        'PROMPT Support',
        'QUEUE Support',
        'QUEUE Support Tier 2'
      ])
      // Repeated or comma-joined (the SDK's form): both narrow by type.
      assert.deepEqual(names((await search(emu.url, auth, 'name=Support&objectType=QUEUE')).body), [
        'QUEUE Support',
        'QUEUE Support Tier 2'
      ])
      assert.deepEqual(names((await search(emu.url, auth, 'name=Support&objectType=PROMPT,COMMONMODULEFLOW')).body), [
        'COMMONMODULEFLOW Support Menu',
        'PROMPT Support'
      ])
      // What a version consumes exists, unless it was deleted.
      assert.deepEqual(names((await search(emu.url, auth, 'name=account')).body), ['DATAACTION Look up account'])
      assert.deepEqual(names((await search(emu.url, auth, 'name=Old%20support')).body), [])
      const noName = await search(emu.url, auth, 'objectType=QUEUE')
      assert.equal(noName.status, 400)
      assert.equal(noName.body.code, 'bad.request')
      // A read: not a write.
      assert.deepEqual(emu.writes(), [])
    })
  })

  it('is read by the SDK adapter across pages, as the platform answers it', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ name: `Sales ${i + 1}`, type: 'QUEUE' }))
    await withEmulator({ objects: many }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      try {
        const trace = newCallTrace()
        const found = await session.port(trace).findDependencyObjects('Sales', ['QUEUE'])
        assert.equal(found.length, 130)
        assert.equal(new Set(found.map((f) => f.id)).size, 130)
        const asked = emu.requests.filter((r) => r.path === SEARCH)
        assert.equal(asked.length, 2, 'two pages of 100')
        assert.match(asked[0]!.query, /name=Sales/)
        assert.match(asked[0]!.query, /objectType=QUEUE/)
      } finally {
        close()
      }
    })
  })

  it('gives the same flow or queue another id in another organization; the default org keeps its ids', async () => {
    const flows = [
      { name: 'Main IVR', versions: ['1.0'], dependencies: { '1.0': [{ name: 'Support', type: 'QUEUE' }] } }
    ]
    const other = { id: '2b7d4c1e-0a9f-4e3d-8c2b-1a0f9e8d7c6b', name: 'Test' }
    await withEmulator({ flows }, (byDefault) =>
      withEmulator({ flows, organization: other }, async (test) => {
        const [a, b] = [byDefault, test].map((emu) => [...emu.state.flows.values()][0]!)
        assert.equal(a!.id, stableUuid('inboundcall:Main IVR'))
        assert.notEqual(a!.id, b!.id)
        assert.notEqual(a!.versions.get('1.0')!.dependencies[0]!.id, b!.versions.get('1.0')!.dependencies[0]!.id)
      })
    )
  })
})
