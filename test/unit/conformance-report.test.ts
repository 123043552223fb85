import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fingerprint, redact, renderReport } from '../../conformance/findings.js'

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
})
