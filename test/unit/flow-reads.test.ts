import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PlatformError } from '../../src/model/errors.js'
import { newCallTrace, type GenesysPort } from '../../src/model/port.js'
import { FlowReads } from '../../src/promotion/platform/flow-reads.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeCore } from '../helpers/fake-core.js'
import { FakeGenesys } from '../helpers/fake-genesys.js'

const ids = [
  '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab',
  '5d3a2f7e-bbbb-4c4c-9a9a-0123456789ab',
  '5d3a2f7e-cccc-4c4c-9a9a-0123456789ab'
]

function setup(extra: Record<string, unknown>[] = [], wrap: (port: GenesysPort) => GenesysPort = (p) => p) {
  const clock = new FakeClock()
  const genesys = new FakeGenesys(
    {
      flows: [
        ...ids.map((id, i) => ({ id, name: `Flow ${i}`, versions: ['1.0'], published: '1.0' })),
        ...extra
      ] as never
    },
    clock.now
  )
  const core = new FakeCore()
  const reads = new FlowReads(wrap(genesys.port(newCallTrace())), clock, core, 1_000)
  const calls = (method: string) => genesys.calls.filter((c) => c.method === method).length
  return { clock, genesys, core, reads, calls }
}

describe('a release’s flow reads', () => {
  it('reads every flow of the preflight in one lookup, and each answer serves one read', async () => {
    const { reads, calls } = setup()
    await reads.prime(ids)
    // One lookup, and one read of the first flow: the entries' shape is checked once.
    assert.deepEqual([calls('lookupFlows'), calls('getFlow')], [1, 1])
    const flows = await Promise.all(ids.map((id) => reads.read(id)))
    assert.deepEqual(
      flows.map((f) => f.name),
      ['Flow 0', 'Flow 1', 'Flow 2']
    )
    assert.deepEqual([calls('lookupFlows'), calls('getFlow')], [1, 1], 'no request for a primed answer')
  })

  it('batches the reads asked in one turn into one lookup at the next tick', async () => {
    const { reads, calls, clock } = setup()
    await reads.prime([ids[0]!])
    await reads.read(ids[0]!)
    const before = clock.now()
    const flows = await Promise.all([
      reads.read(ids[0]!),
      reads.read(ids[1]!),
      reads.read(ids[2]!),
      reads.read(ids[1]!)
    ])
    assert.equal(flows.length, 4)
    assert.equal(calls('lookupFlows'), 1, 'one lookup for four reads (a single flow is read alone)')
    // On the grid: the lookup went out at a whole tick, after the turn.
    assert.equal(clock.now() % 1_000, 0)
    assert.ok(clock.now() > before)
  })

  it('sends the lookup at once when every flow in flight waits for it, and waits for the tick while one may join', async () => {
    const { reads, calls, clock } = setup()
    await reads.prime([ids[0]!])
    await reads.read(ids[0]!)
    const start = clock.now()
    const flows = await Promise.all(ids.map((id) => reads.during(() => reads.read(id))))
    assert.equal(flows.length, 3)
    assert.equal(calls('lookupFlows'), 1, 'one lookup for the three flows in flight')
    assert.equal(clock.now(), start, 'no tick waited for: nothing more could join')

    // Three in flight, two asking: the third may still ask, so the lookup waits for the tick.
    let finishThird!: () => void
    const third = reads.during(() => new Promise<void>((resolve) => (finishThird = resolve)))
    await Promise.all([ids[0]!, ids[1]!].map((id) => reads.during(() => reads.read(id))))
    assert.equal(calls('lookupFlows'), 2)
    assert.ok(clock.now() > start, 'the tick was waited for')
    assert.equal(clock.now() % 1_000, 0, 'on the grid')
    finishThird()
    await third
  })

  it('reads an id the lookup leaves out on its own, which tells a deleted flow (410)', async () => {
    const deleted = '5d3a2f7e-dddd-4c4c-9a9a-0123456789ab'
    const { reads } = setup([{ id: deleted, name: 'Gone', versions: ['1.0'], deleted: true }])
    await reads.prime([...ids, deleted])
    await assert.rejects(reads.read(deleted), (err: unknown) => err instanceof PlatformError && err.status === 410)
  })

  it('reads flow by flow for the rest of the run once the lookup is refused', async () => {
    const { reads, genesys, calls, core } = setup()
    genesys.failNext('lookupFlows', new PlatformError({ message: 'lookup refused', status: 400, code: 'bad.request' }))
    await reads.prime(ids)
    await Promise.all(ids.map((id) => reads.read(id)))
    await Promise.all(ids.map((id) => reads.read(id)))
    assert.equal(calls('lookupFlows'), 1)
    assert.equal(calls('getFlow'), 6)
    assert.match(core.text('warning'), /Reading many flows at once failed .*lookup refused.*one by one/)
  })

  it('reads flow by flow when the lookup’s entries lack what a read of the same flow has (a lock)', async () => {
    const locked = { lockedBy: { user: { id: 'u1', name: 'Dana' } } }
    const stripped = (port: GenesysPort): GenesysPort => ({
      ...port,
      lookupFlows: async (asked) => (await port.lookupFlows(asked)).map(({ lockedUser: _lock, ...rest }) => rest)
    })
    const { reads, calls, core } = setup([], stripped)
    // Every flow is locked, so the first entry's missing lock shows.
    const { reads: lockedReads, calls: lockedCalls, core: lockedCore } = setupFlows([locked, locked, locked], stripped)
    await lockedReads.prime(ids)
    const flow = await lockedReads.read(ids[1]!)
    assert.equal(flow.lockedUser?.name, 'Dana', 'the lock read one by one')
    assert.ok(lockedCalls('getFlow') >= 2)
    assert.match(lockedCore.text('warning'), /answers without lockedUser/)
    // Without a lock anywhere there is nothing to tell, and the lookup stands.
    await reads.prime(ids)
    assert.equal(calls('getFlow'), 1)
    assert.equal(core.text('warning'), '')
  })
})

describe('a release’s flow reads and lock holders', () => {
  const dana = { lockedBy: { user: { id: 'u1', name: 'Dana' } } }
  /** A lookup whose entries leave the lock holder out. */
  const stripped = (port: GenesysPort): GenesysPort => ({
    ...port,
    lookupFlows: async (asked) => (await port.lookupFlows(asked)).map(({ lockedUser: _lock, ...rest }) => rest)
  })
  it('keeps a lock holder an earlier read named: the entry without it is checked by reading the flow', async () => {
    const { reads, calls, core } = setupFlows([{}, dana, {}], stripped)
    await reads.prime([ids[1]!])
    assert.equal((await reads.read(ids[1]!)).lockedUser?.name, 'Dana', 'read on its own')
    const [first, locked] = await Promise.all([reads.read(ids[0]!), reads.read(ids[1]!)])
    assert.equal(first.lockedUser, undefined)
    assert.equal(locked.lockedUser?.name, 'Dana', 'the lookup’s entry was not believed')
    assert.equal(calls('lookupFlows'), 1)
    assert.match(core.text('warning'), /answered a locked flow without its lock holder.*one by one/)
    await Promise.all([reads.read(ids[0]!), reads.read(ids[1]!)])
    assert.equal(calls('lookupFlows'), 1, 'no lookup after that')
  })

  it('reads a flow on its own when its entry shows a checkout and no holder', async () => {
    const checkedOut = { ...dana, lastOperation: { actionName: 'CHECKOUT', user: { id: 'u1', name: 'Dana' } } }
    const { reads, calls } = setupFlows([{}, checkedOut, {}], stripped)
    await reads.prime(ids)
    assert.equal((await reads.read(ids[1]!)).lockedUser?.name, 'Dana')
    // One read for the entries' shape, one for the checked-out flow.
    assert.equal(calls('getFlow'), 2)
  })

  it('believes entries without a holder once an entry has shown one', async () => {
    const checkedOutThenFree = { lastOperation: { actionName: 'CHECKOUT', user: { id: 'u1', name: 'Dana' } } }
    const { reads, calls } = setupFlows([{}, dana, checkedOutThenFree])
    await reads.prime(ids)
    const flows = await Promise.all(ids.map((id) => reads.read(id)))
    assert.deepEqual(
      flows.map((f) => f.lockedUser?.name),
      [undefined, 'Dana', undefined]
    )
    assert.equal(calls('getFlow'), 1, 'only the shape check')
  })
})

function setupFlows(extras: Record<string, unknown>[], wrap: (port: GenesysPort) => GenesysPort = (p) => p) {
  const clock = new FakeClock()
  const genesys = new FakeGenesys(
    {
      flows: ids.map((id, i) => ({ id, name: `Flow ${i}`, versions: ['1.0'], published: '1.0', ...extras[i] })) as never
    },
    clock.now
  )
  const core = new FakeCore()
  const reads = new FlowReads(wrap(genesys.port(newCallTrace())), clock, core, 1_000)
  return { reads, core, calls: (method: string) => genesys.calls.filter((c) => c.method === method).length }
}
