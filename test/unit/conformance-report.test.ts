import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fingerprint, redact, renderReport, type DependencySample } from '../../conformance/findings.js'

const OUR_CLIENT = '3a9c0d2e-1111-4222-8333-444455556666'
const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'platform-shapes', name), 'utf8')).body

describe('the conformance report', () => {
  it('replaces ids, names, e-mails, URIs and dates with placeholders, and our client id with its fingerprint', () => {
    const shape = redact(
      {
        id: '00000000-0000-4000-8000-00000000f001',
        name: 'Billing IVR',
        owner: 'dana@example.invalid',
        selfUri: '/api/v2/flows/00000000-0000-4000-8000-00000000f001',
        datePublished: '2026-11-28T10:00:00.000Z',
        type: 'INBOUNDCALL',
        currentOperation: { actionName: 'VALIDATE', client: { id: OUR_CLIENT, name: 'Flow promotion' } },
        publishedVersion: { id: '3.0' }
      },
      OUR_CLIENT
    )
    assert.deepEqual(shape, {
      id: '<id>',
      name: '<name>',
      owner: '<email>',
      selfUri: '<uri>',
      datePublished: '<date>',
      type: 'INBOUNDCALL',
      currentOperation: {
        actionName: 'VALIDATE',
        client: { id: `<our client ${fingerprint(OUR_CLIENT)}>`, name: '<name>' }
      },
      publishedVersion: { id: '3.0' }
    })
    assert.match(fingerprint(OUR_CLIENT), /^sha256:[0-9a-f]{12}$/)
  })

  it('counts what the evidence left open, and shows none of the corpus’s ids or names', () => {
    const bodies = ['flow-never-published.json', 'flow-published-validated-by-user.json', 'flow-checked-out.json'].map(
      fixture
    )
    const report = renderReport(
      bodies.map((body) => ({ body })),
      OUR_CLIENT
    )
    assert.match(report, /never published \(publishedVersion absent\): 1; as null: 0/)
    assert.match(report, /currentOperation by actor: another client, with user \{\} ×1, user \{\} ×1, a user ×1/)
    assert.match(report, /id ≠ configurationVersion: 2/)
    assert.match(report, /lock fields: lockedUser ×1/)
    for (const body of bodies) {
      for (const value of [body.id, body.name, body.division?.id, body.lockedUser?.name].filter(Boolean))
        assert.ok(!report.includes(value), `${value} shows in the report`)
    }
  })

  it('shows what dependency tracking answered for each flow type, and one consumed resource as a shape only', () => {
    const entry = {
      id: 'custom_-_5e6f7a8b-0000-4000-8000-00000000da7a',
      name: 'Look up account',
      type: 'DATAACTION',
      version: null,
      deleted: false,
      selfUri: '/api/v2/architect/dependencytracking/objects/custom_-_5e6f7a8b-0000-4000-8000-00000000da7a',
      owner: { id: '9d9d9d9d-0000-4000-8000-00000000beef', name: 'Dana Designer', email: 'dana@example.invalid' }
    }
    const dependencies: DependencySample[] = [
      {
        detailed: true,
        flowType: 'INBOUNDCALL',
        objectType: 'INBOUNDCALLFLOW',
        version: 'published',
        outcome: 'accepted',
        status: 200,
        entries: 2,
        pageCount: 1,
        answerKeys: ['entities', 'pageCount', 'total'],
        entryTypes: ['DATAACTION', 'QUEUE'],
        entry
      },
      {
        detailed: false,
        flowType: 'EMAILSEND',
        objectType: 'EMAILSENDFLOW',
        assumed: true,
        version: 'checked-in',
        outcome: 'refused',
        status: 400,
        code: 'bad.request'
      },
      {
        detailed: false,
        flowType: 'INBOUNDCHAT',
        objectType: 'INBOUNDCHATFLOW',
        version: 'published',
        outcome: 'forbidden',
        status: 403,
        code: 'Dana Designer'
      },
      { detailed: false, flowType: 'SPEECH', outcome: 'not in the table' },
      { detailed: false, flowType: 'Billing IVR', outcome: 'not in the table' }
    ]
    const report = renderReport([], OUR_CLIENT, undefined, dependencies)
    const section = report.slice(report.indexOf('Dependency tracking'))
    assert.match(
      section,
      /- INBOUNDCALL → INBOUNDCALLFLOW \(the flow read in detail, published version\): accepted, 2 entries/
    )
    assert.match(
      section,
      /- EMAILSEND → EMAILSENDFLOW \(assumed\) \(a listed flow, checked-in version\): refused, HTTP 400 bad\.request: the mapping is wrong for this type; please report it/
    )
    assert.match(
      section,
      /HTTP 403 <text>, the client lacks architect:dependencyTracking:view; not a failure of the mapping/
    )
    assert.match(section, /- type SPEECH: not in the table/)
    assert.match(section, /- type <text>: not in the table/)
    assert.match(section, /consumed resources by type: DATAACTION ×1, QUEUE ×1/)
    const shape = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]!)
    assert.deepEqual(shape, {
      id: '<id>',
      name: '<name>',
      type: 'DATAACTION',
      version: null,
      deleted: false,
      selfUri: '<uri>',
      owner: { id: '<id>', name: '<name>', email: '<email>' }
    })
    for (const value of [
      'custom_-_5e6f',
      '9d9d9d9d',
      'Look up account',
      'Dana Designer',
      'dana@example',
      'Billing IVR'
    ])
      assert.ok(!report.includes(value), `${value} shows in the report`)
  })

  it('says so when no flow was asked about, and leaves the section out when none was run', () => {
    assert.match(renderReport([], OUR_CLIENT, undefined, []), /no flow was asked about/)
    assert.doesNotMatch(renderReport([], OUR_CLIENT), /Dependency tracking/)
  })
})
