import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkLookup, lookupCandidates, LOOKUP_FLOWS } from '../../conformance/checks.js'
import { renderReport, type LookupSample } from '../../conformance/findings.js'
import { FlowSchema } from '../../src/genesys/schemas.js'

const UNKNOWN = '0badf00d-0000-4000-8000-000000000000'
const ivr = {
  id: '7a1b2c3d-0000-4000-8000-0000000f1001',
  name: 'Billing IVR',
  type: 'INBOUNDCALL',
  publishedVersion: { id: '2.0' },
  checkedInVersion: { id: '3.0' },
  currentOperation: { id: 'b7c8d9e0-0000-4000-8000-0000000000aa', complete: true, actionName: 'VALIDATE', user: {} }
}
const module = {
  id: '7a1b2c3d-0000-4000-8000-0000000f1002',
  name: 'Shared Menu',
  type: 'COMMONMODULE',
  checkedInVersion: { id: '1.0' },
  lockedUser: { id: 'b0b0b0b0-0000-4000-8000-0000000000e1', name: 'Dana Designer' }
}
const read = [ivr, module].map((f) => FlowSchema.parse(f))

const listing = (entities: unknown[], pageSize = 50) => ({
  entities,
  pageNumber: 1,
  pageSize,
  total: entities.length,
  pageCount: Math.ceil(entities.length / pageSize)
})

/**
 * A `get` for the lookup: answers by the form of the id list (one comma-joined `id`, or repeated) and
 * the page size asked, and records every path.
 */
function platform(answers: {
  comma: (ids: string[], pageSize: number, pageNumber: number) => { status: number; body: unknown }
  repeated?: (ids: string[]) => { status: number; body: unknown }
}) {
  const paths: string[] = []
  const get = async (p: string) => {
    paths.push(p)
    const q = new URL(p, 'http://x').searchParams
    const ids = q.getAll('id')
    const [pageSize, pageNumber] = [Number(q.get('pageSize')), Number(q.get('pageNumber'))]
    const answer =
      ids.length === 1
        ? answers.comma(ids[0]!.split(','), pageSize, pageNumber)
        : (answers.repeated ?? answers.comma)(ids, pageSize, pageNumber)
    return new Response(JSON.stringify(answer.body), { status: answer.status })
  }
  return { get, paths }
}

/** The platform as the evidence would have it: the flows asked for, as reads show them, paged. */
const faithful = (ids: string[], pageSize = 50) => {
  const found = [ivr, module].filter((f) => ids.includes(f.id))
  return { status: 200, body: { ...listing(found, pageSize), entities: found.slice(0, pageSize) } }
}

async function run(get: (p: string) => Promise<Response>) {
  const sample: LookupSample = {}
  try {
    return { detail: await checkLookup(read, get, sample, UNKNOWN), sample }
  } catch (err) {
    return { error: err as Error, sample }
  }
}

describe('the conformance check of the flow lookup', () => {
  it('looks up the flows just read and an unknown id as the SDK does, and passes when the answer agrees', async () => {
    const { get, paths } = platform({ comma: faithful })
    const { detail, error, sample } = await run(get)
    assert.equal(error, undefined)
    const first = new URL(paths[0]!, 'http://x')
    assert.equal(first.pathname, '/api/v2/flows/lookup')
    assert.deepEqual(first.searchParams.getAll('id'), [`${ivr.id},${module.id},${UNKNOWN}`])
    assert.deepEqual([first.searchParams.get('pageNumber'), first.searchParams.get('pageSize')], ['1', '50'])
    assert.equal(paths.length, 3, 'the lookup, the paging probe, the repeated form')
    assert.deepEqual([sample.asked, sample.found, sample.unknownAnswered], [2, 2, false])
    assert.deepEqual(sample.fields?.lockedUser, { present: 1, lacking: 0 })
    assert.deepEqual(sample.fields?.currentOperation, { present: 1, lacking: 0 })
    assert.deepEqual(sample.fields?.publishedVersion, { present: 1, lacking: 0 })
    assert.equal(sample.paging, 'pages')
    assert.equal(sample.repeatedIds, 'accepted, the same flows')
    assert.match(detail!, /2 of 2 flows answered, an unknown id left out/)
  })

  it('fails when the lookup leaves out a flow just read, or answers the unknown id', async () => {
    const leftOut = await run(platform({ comma: (ids) => faithful(ids.filter((id) => id !== module.id)) }).get)
    assert.match(leftOut.error!.message, /left out 1 of 2 flows/)
    const answersUnknown = await run(
      platform({
        comma: (ids, pageSize) => {
          const answer = faithful(ids, pageSize)
          const body = answer.body as { entities: unknown[] }
          return { status: 200, body: { ...body, entities: [...body.entities, { ...ivr, id: UNKNOWN }] } }
        }
      }).get
    )
    assert.equal(answersUnknown.sample.unknownAnswered, true)
    assert.match(answersUnknown.error!.message, /answered an id no flow has/)
  })

  it('fails when an entry lacks a field the read of the same flow carried (a lock, the current operation)', async () => {
    const bare = (ids: string[]) => {
      const found = [ivr, module]
        .filter((f) => ids.includes(f.id))
        .map(({ id, name, type, checkedInVersion }) => ({ id, name, type, checkedInVersion }))
      return { status: 200, body: listing(found) }
    }
    const { error, sample } = await run(platform({ comma: bare }).get)
    assert.match(error!.message, /lack publishedVersion, lockedUser, currentOperation/)
    assert.deepEqual(sample.fields?.lockedUser, { present: 0, lacking: 1 })
    assert.deepEqual(sample.fields?.lockedClient, { present: 0, lacking: 0 }, 'absent in both: reported, not lacking')
  })

  it('fails on a refusal or an answer the schema does not read, recording the status and code', async () => {
    const refused = await run(
      platform({
        comma: () => ({ status: 404, body: { status: 404, code: 'not.found', message: 'no such resource' } })
      }).get
    )
    assert.match(refused.error!.message, /HTTP 404 not\.found/)
    assert.deepEqual([refused.sample.status, refused.sample.code], [404, 'not.found'])
    const unreadable = await run(platform({ comma: () => ({ status: 200, body: { entities: 'none' } }) }).get)
    assert.match(unreadable.sample.shapeError!, /entities/)
    assert.ok(unreadable.error)
  })

  it('reports, without failing, a lookup that ignores pageSize and refuses repeated id parameters', async () => {
    const { get } = platform({
      comma: (ids) => faithful(ids, 50),
      repeated: () => ({ status: 400, body: { status: 400, code: 'bad.request', message: 'id' } })
    })
    const { error, sample } = await run(get)
    assert.equal(error, undefined)
    assert.equal(sample.paging, 'ignores pageSize')
    assert.equal(sample.repeatedIds, 'HTTP 400 bad.request')
  })

  it('reads every page when the platform pages below the ids asked', async () => {
    // A platform whose pages hold one flow, whatever pageSize asks.
    const { get, paths } = platform({
      comma: (ids, _pageSize, pageNumber) => {
        const found = [ivr, module].filter((f) => ids.includes(f.id))
        return {
          status: 200,
          body: { ...listing(found, 1), pageNumber, entities: found.slice(pageNumber - 1, pageNumber) }
        }
      }
    })
    const { error, sample } = await run(get)
    assert.equal(error, undefined)
    assert.deepEqual(
      paths
        .filter((p) => p.includes(',') && p.includes('pageSize=50'))
        .map((p) => new URL(p, 'http://x').searchParams.get('pageNumber')),
      ['1', '2']
    )
    assert.deepEqual([sample.found, sample.pageCount], [2, 2])
  })

  it('looks up the flow read in detail and listed ones, each once, at most LOOKUP_FLOWS', () => {
    const listed = Array.from({ length: 15 }, (_, i) => ({
      body: { ...ivr, id: `7a1b2c3d-0000-4000-8000-${String(i).padStart(12, '0')}` }
    }))
    const chosen = lookupCandidates(read[1], [{ body: module }, ...listed, { body: { name: 'no id' } }])
    assert.equal(chosen.length, LOOKUP_FLOWS)
    assert.equal(chosen[0], read[1])
    assert.equal(new Set(chosen.map((f) => f.id)).size, LOOKUP_FLOWS)
    assert.deepEqual(lookupCandidates(undefined, []), [])
  })

  it('shows in the report counts and one redacted entry, no id or name', async () => {
    const { sample } = await run(platform({ comma: faithful }).get)
    const report = renderReport([], 'our-client', undefined, undefined, sample)
    assert.match(report, /Flow lookup/)
    assert.match(report, /flows answered: 2 of 2 asked; an unknown id left out/)
    assert.match(report, /lockedUser 1/)
    assert.match(report, /paging at pageSize=1: pages/)
    for (const value of [ivr.id, module.id, ivr.name, module.name, module.lockedUser.name, UNKNOWN])
      assert.ok(!report.includes(value), `${value} shows in the report`)
    assert.match(renderReport([], 'c', undefined, undefined, {}), /not asked: no flow was read/)
  })
})
