import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { LOOKUP_MAX_IDS } from '../../src/genesys/client.js'
import { PlatformError } from '../../src/model/errors.js'
import { newCallTrace } from '../../src/model/port.js'
import { stableUuid } from '../../emulator/state.js'
import { FlowReads } from '../../src/promotion/platform/flow-reads.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeCore } from '../helpers/fake-core.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

const LOOKUP = '/api/v2/flows/lookup'

/** `count` flows with ids 00…01, 00…02…: their order by id is their order here. */
function numbered(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name: `Flow ${i + 1}`,
    versions: ['1.0']
  }))
}

/** The ids each lookup request carried, as the emulator saw them. */
function lookups(emu: { requests: { path: string; query: string }[] }) {
  return emu.requests
    .filter((r) => r.path === LOOKUP)
    .map((r) => new URLSearchParams(r.query))
    .map((q) => ({ ids: q.getAll('id'), pageNumber: q.get('pageNumber'), pageSize: q.get('pageSize') }))
}

describe('lookupFlows over the real SDK, against the emulator', () => {
  it('reads 120 flows in 3 requests of at most 50 ids, sent as the SDK sends them, in the order asked', async () => {
    const flows = numbered(120)
    await withEmulator({ flows }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const trace = newCallTrace()
      const ids = flows.map((f) => f.id).reverse()
      const found = await session.port(trace).lookupFlows(ids)
      assert.deepEqual(
        found.map((f) => f.id),
        ids
      )
      assert.equal(found[0]!.name, 'Flow 120')
      const sent = lookups(emu)
      assert.equal(sent.length, 3)
      // One comma-joined `id` per request: the SDK's serialisation of its `multi` list.
      assert.deepEqual(
        sent.map((s) => s.ids.length),
        [1, 1, 1]
      )
      assert.deepEqual(
        sent.map((s) => s.ids[0]!.split(',').length),
        [50, 50, 20]
      )
      assert.deepEqual(
        sent.map((s) => [s.pageNumber, s.pageSize]),
        Array(3).fill(['1', String(LOOKUP_MAX_IDS)])
      )
      for (const r of emu.requests.filter((r) => r.path === LOOKUP)) {
        const url = `https://api.use2.us-gov-pure.cloud${r.path}${r.query}`
        assert.ok(url.length < 2_048, `a URL of ${url.length} characters`)
      }
      // The login, then one request per chunk, each answer's correlation id kept.
      assert.deepEqual([trace.requests, trace.retries], [4, 0])
      const lookupIds = emu.requests.filter((r) => r.path === LOOKUP).map((r) => r.correlationId)
      assert.deepEqual(trace.correlationIds, lookupIds)
      close()
    })
  })

  it('pages through each chunk when the platform answers fewer flows a page than asked', async () => {
    const flows = numbered(120)
    await withEmulator({ flows, lookup: { maxIds: 100, maxPageSize: 20 } }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const found = await session.port(newCallTrace()).lookupFlows(flows.map((f) => f.id))
      assert.equal(found.length, 120)
      assert.equal(new Set(found.map((f) => f.id)).size, 120)
      // Chunks of 50, 50 and 20 ids; pages of 20: 3 + 3 + 1 requests.
      assert.deepEqual(
        lookups(emu).map((s) => `${s.ids[0]!.split(',').length}:${s.pageNumber}`),
        ['50:1', '50:2', '50:3', '50:1', '50:2', '50:3', '20:1']
      )
      close()
    })
  })

  it('leaves out unknown and deleted flows and repeated ids, and asks nothing for no ids', async () => {
    const [a, b, gone] = numbered(3)
    await withEmulator({ flows: [a!, b!, { ...gone!, deleted: true }] }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const port = session.port(newCallTrace())
      const unknown = stableUuid('nobody')
      const found = await port.lookupFlows([b!.id, unknown, gone!.id, a!.id, b!.id, b!.id.toUpperCase()])
      assert.deepEqual(
        found.map((f) => f.name),
        ['Flow 2', 'Flow 1']
      )
      assert.deepEqual(lookups(emu)[0]!.ids[0]!.split(','), [b!.id, unknown, gone!.id, a!.id])
      // Absent from the lookup: the single read tells 404 from 410.
      for (const [id, status] of [
        [unknown, 404],
        [gone!.id, 410]
      ] as const) {
        await assert.rejects(port.getFlow(id), (err: PlatformError) => err.status === status)
      }
      const before = emu.requests.length
      assert.deepEqual(await port.lookupFlows([]), [])
      assert.equal(emu.requests.length, before)
      close()
    })
  })

  it('parses each entry as getFlow does: sparse references and explicit nulls read as absent', async () => {
    const sparse = { ...numbered(1)[0]!, lockedBy: { user: {} }, lastOperation: { actionName: 'VALIDATE', user: {} } }
    await withEmulator({ flows: [sparse, mainIvr({ explicitNulls: true })] }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const port = session.port(newCallTrace())
      const [first, second] = await port.lookupFlows([sparse.id, FLOW_ID])
      assert.deepEqual(first, await port.getFlow(sparse.id))
      assert.deepEqual(second, await port.getFlow(FLOW_ID))
      assert.deepEqual([first!.lockedUser, first!.publishedVersion, first!.currentOperation?.user], [{}, undefined, {}])
      assert.deepEqual(
        [second!.lockedUser, second!.savedVersion, second!.publishedVersion?.id],
        [undefined, undefined, '2.0']
      )
      close()
    })
  })

  it('retries a lookup like any read (503, then a body cut off), measured on the injected clock', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        faults: [
          { match: { path: LOOKUP }, times: 1, status: 503 },
          { match: { path: LOOKUP }, times: 1, malformed: true }
        ]
      },
      async (emu) => {
        const clock = new FakeClock()
        const { session, close } = await sdkSession(emu.url, { clock })
        const trace = newCallTrace()
        const [flow] = await session.port(trace).lookupFlows([FLOW_ID])
        assert.equal(flow?.name, 'Main IVR')
        assert.equal(trace.retries, 2)
        assert.equal(lookups(emu).length, 3)
        close()
      }
    )
  })

  it('sends repeated id parameters when asked (the probe), through the SDK’s client', async () => {
    const [a, b] = numbered(2)
    await withEmulator({ flows: [a!, b!] }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const trace = newCallTrace()
      const found = await session.port(trace).lookupFlows([b!.id, a!.id], 'repeated')
      assert.deepEqual(
        found.map((f) => f.name),
        ['Flow 2', 'Flow 1']
      )
      assert.deepEqual(lookups(emu), [{ ids: [b!.id, a!.id], pageNumber: '1', pageSize: String(LOOKUP_MAX_IDS) }])
      assert.equal(trace.correlationIds.length, 1)
      close()
    })
  })

  it('against a platform that reads one form only: the other form finds too little', async () => {
    const flows = numbered(3)
    const ids = flows.map((f) => f.id)
    for (const [form, other] of [
      ['repeated', 'comma-joined'],
      ['comma-joined', 'repeated']
    ] as const) {
      await withEmulator({ flows, lookup: { idForms: [form] } }, async (emu) => {
        const { session, close } = await sdkSession(emu.url)
        const port = session.port(newCallTrace())
        assert.equal((await port.lookupFlows(ids, form)).length, 3, `${form} is read`)
        const misread = await port.lookupFlows(ids, other)
        assert.ok(misread.length < 2, `${other}: ${misread.length} flows`)
        close()
      })
    }
  })

  it('a run against a platform that does not read the SDK’s form reads every flow, then one by one', async () => {
    const flows = numbered(3)
    const ids = flows.map((f) => f.id)
    await withEmulator({ flows, lookup: { idForms: ['repeated'] } }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const core = new FakeCore()
      const reads = new FlowReads(session.port(newCallTrace()), new FakeClock(), core, 1_000)
      await reads.prime(ids)
      const read = await Promise.all(ids.map((id) => reads.read(id)))
      assert.deepEqual(
        read.map((f) => f.name),
        ['Flow 1', 'Flow 2', 'Flow 3']
      )
      assert.match(core.text('warning'), /lookup left out a flow that a read of it finds: reading flows one by one/)
      const before = lookups(emu).length
      await Promise.all(ids.map((id) => reads.read(id)))
      assert.equal(lookups(emu).length, before, 'no lookup after that')
      close()
    })
  })

  it('shows a flow locked between a preflight lookup and its publish (lockAfterReads)', async () => {
    await withEmulator({ flows: [mainIvr({ lockAfterReads: { reads: 1, by: 'Dana Designer' } })] }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const port = session.port(newCallTrace())
      const [preflight] = await port.lookupFlows([FLOW_ID])
      assert.deepEqual([preflight?.lockedUser, preflight?.lockedClient], [undefined, undefined])
      await assert.rejects(
        port.publish(FLOW_ID, '3.0'),
        (err: PlatformError) => err.status === 409 && err.code === 'architect.flow.locked'
      )
      assert.equal((await port.getFlow(FLOW_ID)).lockedUser?.name, 'Dana Designer')
      assert.deepEqual(emu.writes().length, 1, 'the refused publish')
      close()
    })
  })
})
