import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { LOOKUP_MAX_ID_CHARS, LOOKUP_MAX_IDS, lookupChunks } from '../../src/genesys/client.js'
import { PlatformError } from '../../src/model/errors.js'
import { newCallTrace } from '../../src/model/port.js'
import { stableUuid } from '../../emulator/state.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeGenesys } from '../helpers/fake-genesys.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'

const uuids = (n: number) => Array.from({ length: n }, (_, i) => stableUuid(`flow ${i}`))

describe('lookupChunks: the ids of each lookup request', () => {
  it('splits 120 UUIDs into requests of 50, 50 and 20, keeping their order', () => {
    const ids = uuids(120)
    const chunks = lookupChunks(ids)
    assert.deepEqual(
      chunks.map((c) => c.length),
      [50, 50, 20]
    )
    assert.deepEqual(chunks.flat(), ids)
    assert.equal(LOOKUP_MAX_IDS, 50)
  })

  it('keeps every URL under 2,048 characters, on the longest API host, as the SDK writes it', () => {
    for (const chunk of lookupChunks(uuids(LOOKUP_MAX_IDS))) {
      const url = `https://api.use2.us-gov-pure.cloud/api/v2/flows/lookup?id=${chunk.join(',')}&pageNumber=99&pageSize=${LOOKUP_MAX_IDS}`
      assert.ok(url.length < 2_048, `${url.length} characters`)
    }
  })

  it('asks for each id once (ids differing in case are one), and never for an empty id or one holding a comma', () => {
    const [a, b] = uuids(2)
    assert.deepEqual(lookupChunks([a!, b!, a!, a!.toUpperCase(), '', 'x,y']), [[a!, b!]])
    assert.deepEqual(lookupChunks([]), [])
    assert.deepEqual(lookupChunks(['', 'a,b']), [])
  })

  it('bounds ids that are not UUIDs by their URL-encoded length; one too long on its own goes alone', () => {
    const long = Array.from({ length: 40 }, (_, i) => `${'x'.repeat(97)}${String(i).padStart(3, '0')}`)
    const chunks = lookupChunks(long)
    // 18 ids of 100 characters and 17 commas: 1,817; a 19th would make 1,918.
    assert.deepEqual(
      chunks.map((c) => c.length),
      [18, 18, 4]
    )
    for (const chunk of chunks) assert.ok(chunk.join(',').length <= LOOKUP_MAX_ID_CHARS)
    const encoded = Array.from({ length: 30 }, (_, i) => `é${'é'.repeat(9)}${i}`) // 60+ characters encoded
    for (const chunk of lookupChunks(encoded))
      assert.ok(chunk.map(encodeURIComponent).join(',').length <= LOOKUP_MAX_ID_CHARS)
    const huge = 'h'.repeat(LOOKUP_MAX_ID_CHARS + 10)
    assert.deepEqual(lookupChunks([uuids(1)[0]!, huge, uuids(2)[1]!]), [[uuids(1)[0]!], [huge], [uuids(2)[1]!]])
  })
})

describe('the fake Genesys port: lookupFlows', () => {
  const other = { id: stableUuid('other'), name: 'Other', versions: ['1.0'] }
  const gone = { id: stableUuid('gone'), name: 'Gone', versions: ['1.0'], deleted: true }

  it('answers the flows it has, in the order asked, leaving out unknown and deleted ones; one call', async () => {
    const fake = new FakeGenesys({ flows: [mainIvr(), other, gone] }, new FakeClock().now)
    const trace = newCallTrace()
    const port = fake.port(trace)
    const found = await port.lookupFlows([other.id, stableUuid('nobody'), gone.id, FLOW_ID, other.id])
    assert.deepEqual(
      found.map((f) => f.name),
      ['Other', 'Main IVR']
    )
    assert.deepEqual(found[1], await port.getFlow(FLOW_ID), 'the same shape as a read')
    assert.deepEqual(
      fake.calls.map((c) => c.method),
      ['lookupFlows', 'getFlow']
    )
    assert.equal(trace.requests, 2)
    assert.deepEqual(await port.lookupFlows([]), [])
    assert.deepEqual(fake.writes(), [])
  })

  it('fails when told to, like its other calls', async () => {
    const fake = new FakeGenesys({ flows: [mainIvr()] }, new FakeClock().now)
    fake.failNext('lookupFlows', new PlatformError({ message: 'lookup refused', status: 503 }))
    const port = fake.port(newCallTrace())
    await assert.rejects(port.lookupFlows([FLOW_ID]), /lookup refused/)
    assert.equal((await port.lookupFlows([FLOW_ID])).length, 1)
  })

  it('counts reads for lockAfterReads as the emulator does: a lookup, then a read, then locked', async () => {
    const fake = new FakeGenesys(
      { flows: [mainIvr({ lockAfterReads: { reads: 2, by: 'Dana Designer' } })] },
      new FakeClock().now
    )
    const port = fake.port(newCallTrace())
    assert.equal((await port.lookupFlows([FLOW_ID]))[0]!.lockedUser, undefined)
    assert.equal((await port.getFlow(FLOW_ID)).lockedUser, undefined)
    assert.equal((await port.getFlow(FLOW_ID)).lockedUser?.name, 'Dana Designer')
    await assert.rejects(port.publish(FLOW_ID, '3.0'), (err: PlatformError) => err.status === 409)
  })
})
