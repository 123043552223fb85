import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ErrorBodySchema, FlowListingSchema } from '../../src/genesys/schemas.js'
import { stableUuid } from '../../emulator/state.js'
import { apiCall, bearer, FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'

const UNKNOWN = '0badf00d-0000-4000-8000-000000000000'
const LOOKUP = '/api/v2/flows/lookup'

/** `count` flows with ids 00…01, 00…02…: their order by id is their order here. */
function numbered(count: number, extra: Record<string, unknown> = {}) {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name: `Flow ${i + 1}`,
    versions: ['1.0'],
    ...extra
  }))
}

async function lookup(url: string, auth: string, query: string) {
  const response = await fetch(`${url}${LOOKUP}?${query}`, { headers: { authorization: auth } })
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> }
}

/** Both forms of the id list: repeated parameters, and the SDK's one comma-joined value. */
const repeated = (ids: string[]) => ids.map((id) => `id=${id}`).join('&')
const commaJoined = (ids: string[]) => `id=${ids.join(',')}`

describe('emulator: GET /api/v2/flows/lookup', () => {
  it('answers the flows asked for as a listing, sorted by id, paged with pageSize and pageNumber', async () => {
    const flows = numbered(7)
    await withEmulator({ flows }, async (emu) => {
      const auth = await bearer(emu.url)
      const ids = flows.map((f) => f.id).reverse()
      const first = await lookup(emu.url, auth, `${commaJoined(ids)}&pageSize=3&pageNumber=1`)
      assert.equal(first.status, 200)
      const page1 = FlowListingSchema.parse(first.body)
      assert.deepEqual(
        page1.entities.map((f) => f.name),
        ['Flow 1', 'Flow 2', 'Flow 3']
      )
      assert.deepEqual([page1.pageSize, page1.pageNumber, page1.total, page1.pageCount], [3, 1, 7, 3])
      assert.match(first.body.nextUri, /^\/api\/v2\/flows\/lookup\?.*pageNumber=2/)
      assert.equal(first.body.previousUri, undefined)
      const last = await lookup(emu.url, auth, `${commaJoined(ids)}&pageSize=3&pageNumber=3`)
      assert.deepEqual(
        last.body.entities.map((f: { name: string }) => f.name),
        ['Flow 7']
      )
      assert.equal(last.body.nextUri, undefined)
      // Without paging parameters: the SDK's defaults, page 1 of 25.
      const all = await lookup(emu.url, auth, repeated(ids))
      assert.deepEqual([all.body.entities.length, all.body.pageSize, all.body.pageCount], [7, 25, 1])
    })
  })

  it('takes repeated id parameters, one comma-joined value, or both, and answers each flow once', async () => {
    const flows = numbered(4)
    await withEmulator({ flows }, async (emu) => {
      const auth = await bearer(emu.url)
      const ids = flows.map((f) => f.id)
      const names = async (query: string) =>
        (await lookup(emu.url, auth, query)).body.entities.map((f: { name: string }) => f.name)
      const expected = ['Flow 1', 'Flow 2', 'Flow 3', 'Flow 4']
      assert.deepEqual(await names(repeated(ids)), expected)
      assert.deepEqual(await names(commaJoined(ids)), expected)
      assert.deepEqual(await names(`${commaJoined(ids.slice(0, 2))}&${repeated(ids.slice(2))}`), expected)
      assert.deepEqual(await names(`${commaJoined(ids)}&${repeated(ids)}`), expected, 'a repeated id answered once')
    })
  })

  it('lookup.idForms: a platform that reads one form only', async () => {
    const flows = numbered(3)
    const ids = flows.map((f) => f.id)
    const all = ['Flow 1', 'Flow 2', 'Flow 3']
    const names = async (url: string, auth: string, query: string) => {
      const answer = await lookup(url, auth, query)
      assert.equal(answer.status, 200, 'not refused: a form it does not read finds less')
      return answer.body.entities.map((f: { name: string }) => f.name)
    }
    await withEmulator({ flows, lookup: { idForms: ['repeated'] } }, async (emu) => {
      const auth = await bearer(emu.url)
      assert.deepEqual(await names(emu.url, auth, repeated(ids)), all)
      assert.deepEqual(await names(emu.url, auth, commaJoined(ids)), [], 'a,b,c read as one id')
    })
    await withEmulator({ flows, lookup: { idForms: ['comma-joined'] } }, async (emu) => {
      const auth = await bearer(emu.url)
      assert.deepEqual(await names(emu.url, auth, commaJoined(ids)), all)
      assert.deepEqual(await names(emu.url, auth, repeated(ids)), ['Flow 1'], 'only the first id read')
    })
  })

  it('caps pageSize at lookup.maxPageSize (100 by default)', async () => {
    const flows = numbered(5)
    await withEmulator({ flows, lookup: { maxPageSize: 2 } }, async (emu) => {
      const auth = await bearer(emu.url)
      const answer = await lookup(emu.url, auth, `${commaJoined(flows.map((f) => f.id))}&pageSize=50`)
      assert.deepEqual([answer.body.entities.length, answer.body.pageSize, answer.body.pageCount], [2, 2, 3])
    })
    await withEmulator({ flows: numbered(120) }, async (emu) => {
      const auth = await bearer(emu.url)
      const ids = numbered(100).map((f) => f.id)
      const answer = await lookup(emu.url, auth, `${commaJoined(ids)}&pageSize=500`)
      assert.deepEqual([answer.body.entities.length, answer.body.pageSize], [100, 100])
    })
  })

  it('answers 400 bad.request, with the platform error body, for more ids than lookup.maxIds, or none', async () => {
    const flows = numbered(4)
    await withEmulator({ flows, lookup: { maxIds: 3 } }, async (emu) => {
      const auth = await bearer(emu.url)
      const ids = flows.map((f) => f.id)
      assert.equal((await lookup(emu.url, auth, commaJoined(ids.slice(0, 3)))).status, 200)
      for (const query of [
        commaJoined(ids),
        repeated(ids),
        `${commaJoined(ids.slice(0, 2))}&${repeated(ids.slice(2))}`
      ]) {
        const refused = await lookup(emu.url, auth, query)
        assert.equal(refused.status, 400, query)
        const body = ErrorBodySchema.parse(refused.body)
        assert.equal(body.code, 'bad.request')
        assert.match(body.message!, /At most 3 ids/)
        assert.equal(body.contextId, refused.headers.get('inin-correlation-id'))
      }
      // Repeats count: the platform validates the list it is given.
      assert.equal((await lookup(emu.url, auth, repeated([ids[0]!, ids[0]!, ids[0]!, ids[0]!]))).status, 400)
      for (const query of ['', 'id=', 'pageSize=5']) {
        const none = await lookup(emu.url, auth, query)
        assert.deepEqual([none.status, none.body.code], [400, 'bad.request'], `"${query}"`)
      }
    })
    await withEmulator({ flows: numbered(1) }, async (emu) => {
      const auth = await bearer(emu.url)
      const ids = Array.from({ length: 101 }, (_, i) => stableUuid(`id ${i}`))
      assert.equal((await lookup(emu.url, auth, commaJoined(ids.slice(0, 100)))).status, 200, 'the default cap is 100')
      assert.equal((await lookup(emu.url, auth, commaJoined(ids))).status, 400)
    })
  })

  it('leaves out unknown and deleted flows, and answers an empty listing when none is left', async () => {
    const [live, gone] = numbered(2)
    await withEmulator({ flows: [live!, { ...gone!, deleted: true }] }, async (emu) => {
      const auth = await bearer(emu.url)
      const answer = await lookup(emu.url, auth, commaJoined([UNKNOWN, gone!.id, live!.id]))
      assert.equal(answer.status, 200)
      assert.deepEqual(
        answer.body.entities.map((f: { id: string }) => f.id),
        [live!.id]
      )
      assert.equal(answer.body.total, 1)
      const none = await lookup(emu.url, auth, commaJoined([UNKNOWN, gone!.id]))
      assert.deepEqual([none.status, none.body.entities, none.body.total, none.body.pageCount], [200, [], 0, 0])
      // The single read tells the two apart.
      assert.equal(
        (await fetch(`${emu.url}/api/v2/flows/${gone!.id}`, { headers: { authorization: auth } })).status,
        410
      )
    })
  })

  it('answers each flow exactly as GET /api/v2/flows/{id} does: sparse references, omitted fields, explicit nulls', async () => {
    const sparse = {
      id: '00000000-0000-4000-8000-00000000aaaa',
      name: 'Sparse',
      versions: ['1.0'],
      lockedBy: { user: {} },
      lastOperation: { actionName: 'VALIDATE', user: {} }
    }
    const nulls = { ...mainIvr(), explicitNulls: true, configurationVersions: { '2.0': '3.0' } }
    await withEmulator({ flows: [sparse, nulls] }, async (emu) => {
      const auth = await bearer(emu.url)
      const answer = await lookup(emu.url, auth, commaJoined([sparse.id, FLOW_ID]))
      const [sparseEntry, nullsEntry] = answer.body.entities as Record<string, any>[]
      assert.deepEqual(sparseEntry, await apiCall(emu.url, auth, 'GET', `/api/v2/flows/${sparse.id}`))
      assert.deepEqual(nullsEntry, await apiCall(emu.url, auth, 'GET', `/api/v2/flows/${FLOW_ID}`))
      // Never published: no key at all; the lock's holder is `{}`, the operation's user too.
      assert.ok(!('publishedVersion' in sparseEntry!))
      assert.deepEqual(sparseEntry!.lockedUser, {})
      assert.deepEqual(sparseEntry!.currentOperation.user, {})
      // No kinder than the read: an embedded version has no type and no dates; nulls stay nulls.
      assert.equal(nullsEntry!.publishedVersion.type, undefined)
      assert.equal(nullsEntry!.publishedVersion.configurationVersion, '3.0')
      assert.deepEqual(
        [nullsEntry!.lockedUser, nullsEntry!.savedVersion, nullsEntry!.currentOperation],
        [null, null, null]
      )
    })
  })

  it('counts once against the per-token rate limit however many ids it holds, and is not a write', async () => {
    const flows = numbered(40)
    await withEmulator({ flows, rateLimit: { requests: 3, windowSeconds: 60 } }, async (emu) => {
      const auth = await bearer(emu.url)
      const ids = flows.map((f) => f.id)
      for (let i = 0; i < 3; i++) assert.equal((await lookup(emu.url, auth, commaJoined(ids))).status, 200)
      const limited = await lookup(emu.url, auth, commaJoined(ids.slice(0, 1)))
      assert.deepEqual([limited.status, limited.body.code], [429, 'too.many.requests.retry.after'])
      assert.ok(Number(limited.headers.get('retry-after')) >= 59)
      assert.equal(emu.requests.filter((r) => r.path === LOOKUP).length, 4)
      assert.deepEqual(emu.writes(), [])
    })
  })

  it('locks a flow after its n-th read (lockAfterReads), counting single reads and lookups that answer it', async () => {
    const [other] = numbered(1)
    await withEmulator(
      { flows: [mainIvr({ lockAfterReads: { reads: 3, by: 'Dana Designer' } }), other!] },
      async (emu) => {
        const auth = await bearer(emu.url)
        const read = () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/${FLOW_ID}`)
        const looked = async (query: string) =>
          (await lookup(emu.url, auth, query)).body.entities.find((f: { id: string }) => f.id === FLOW_ID)
        assert.equal((await looked(commaJoined([FLOW_ID, other!.id])))?.lockedUser, undefined, 'read 1: a lookup')
        // A lookup whose page does not hold the flow did not read it; nor do the listing and version reads.
        assert.equal(await looked(`${commaJoined([FLOW_ID, other!.id])}&pageSize=1&pageNumber=1`), undefined)
        await apiCall(emu.url, auth, 'GET', '/api/v2/flows?name=Main')
        await apiCall(emu.url, auth, 'GET', `/api/v2/flows/${FLOW_ID}/versions`)
        assert.equal((await read()).lockedUser, undefined, 'read 2: a single read')
        assert.equal((await looked(commaJoined([FLOW_ID])))?.lockedUser, undefined, 'read 3 still shows it unlocked')
        const locked = await read()
        assert.equal(locked.lockedUser.name, 'Dana Designer')
        assert.equal(locked.lockedUser.id, stableUuid('user:Dana Designer'))
        assert.equal((await looked(commaJoined([FLOW_ID])))?.lockedUser.name, 'Dana Designer')
        // Locked between the preflight and the publish: the publish is refused.
        const publish = await fetch(`${emu.url}/api/v2/flows/actions/publish?flow=${FLOW_ID}&version=3.0`, {
          method: 'POST',
          headers: { authorization: auth }
        })
        assert.equal(publish.status, 409)
        assert.equal(((await publish.json()) as { code: string }).code, 'architect.flow.locked')
        // Once: after an unlock, further reads leave it unlocked.
        await apiCall(emu.url, auth, 'POST', `/api/v2/flows/actions/unlock?flow=${FLOW_ID}`)
        for (let i = 0; i < 3; i++) assert.equal((await read()).lockedUser, undefined)
      }
    )
  })

  it('lockAfterReads takes an OAuth client, or a sparse holder, as lockedBy does', async () => {
    const client = { id: 'c1a2b3c4-0000-4000-8000-00000000c11e', name: 'CX as Code' }
    await withEmulator({ flows: [mainIvr({ lockAfterReads: { reads: 1, by: { client } } })] }, async (emu) => {
      const auth = await bearer(emu.url)
      const read = () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/${FLOW_ID}`)
      assert.equal((await read()).lockedClient, undefined)
      const after = await read()
      assert.deepEqual(
        [after.lockedClient.id, after.lockedClient.name, after.lockedUser],
        [client.id, client.name, undefined]
      )
    })
    await withEmulator({ flows: [mainIvr({ lockAfterReads: { reads: 1, by: { user: {} } } })] }, async (emu) => {
      const auth = await bearer(emu.url)
      await apiCall(emu.url, auth, 'GET', `/api/v2/flows/${FLOW_ID}`)
      assert.deepEqual((await apiCall(emu.url, auth, 'GET', `/api/v2/flows/${FLOW_ID}`)).lockedUser, {})
    })
  })
})
