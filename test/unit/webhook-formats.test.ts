import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eventType, oneLineSummary } from '../../src/webhook/event.js'
import { escapePre as escapeSlack } from '../../src/outputs/escape.js'
import { renderCloudEvent, renderJson, renderPagerDuty, renderSlack } from '../../src/webhook/formats.js'
import { sampleRecord } from '../helpers/records.js'

const { webhook: _w, ...record } = sampleRecord()

describe('webhook formats', () => {
  it('cloudevents: a structured-mode CloudEvent 1.0 with the record as data', () => {
    const rendered = renderCloudEvent(record)
    assert.equal(rendered.contentType, 'application/cloudevents+json; charset=utf-8')
    const event = JSON.parse(rendered.body)
    // The attributes CloudEvents 1.0 requires, and the optional ones this action sets.
    assert.equal(event.specversion, '1.0')
    assert.equal(event.id, record.auditId)
    assert.equal(event.source, 'https://github.com/acme/cx-flows/actions/runs/42')
    assert.equal(event.type, 'io.github.genesysflowpromote.flow.switched.v1')
    assert.equal(event.subject, record.flow.id)
    assert.ok(!Number.isNaN(Date.parse(event.time)))
    assert.equal(event.datacontenttype, 'application/json')
    assert.deepEqual(event.data, record)
    assert.ok(rendered.standardWebhooks)
  })

  it('one event type per outcome, under our own prefix, in Standard Webhooks characters', () => {
    const types = (['switched', 'unchanged', 'planned', 'rolled-back', 'timed-out', 'failed'] as const).map(eventType)
    assert.equal(new Set(types).size, 6)
    for (const type of types) {
      assert.match(type, /^[a-z0-9_]+(\.[a-z0-9_]+)+$/)
      assert.ok(!type.startsWith('com.genesys'))
    }
  })

  it('json: {event_type, data}', () => {
    const body = JSON.parse(renderJson(record).body)
    assert.deepEqual(Object.keys(body), ['event_type', 'data'])
    assert.equal(body.event_type, eventType('switched'))
    assert.equal(body.data.versions.target, '3.0')
  })

  it('pagerduty: a Change Events v2 body with the routing key, and no signature', () => {
    const rendered = renderPagerDuty(record, { routingKey: 'R0UTINGKEY' })
    const body = JSON.parse(rendered.body)
    assert.equal(body.routing_key, 'R0UTINGKEY')
    assert.equal(typeof body.payload.summary, 'string')
    assert.ok(body.payload.summary.length <= 1024)
    assert.match(body.payload.summary, /"Main IVR" \(inboundcall\): switched 2\.0 → 3\.0/)
    assert.equal(body.payload.timestamp, record.finishedAt)
    assert.equal(body.payload.source, 'genesys-cloud/mypurecloud.com')
    assert.equal(body.payload.custom_details.flow_id, record.flow.id)
    assert.equal(body.payload.custom_details.change_reference, 'CHG0031337')
    assert.deepEqual(body.links, [{ href: record.github.runUrl, text: 'GitHub Actions run' }])
    assert.equal(rendered.standardWebhooks, false)
  })

  it('pagerduty: caps the summary at 1024 characters', () => {
    const long = { ...record, flow: { ...record.flow, name: 'n'.repeat(2000) } }
    assert.equal(JSON.parse(renderPagerDuty(long, { routingKey: 'k' }).body).payload.summary.length, 1024)
  })

  it('slack: {text}, escaping & < > and nothing else', () => {
    assert.equal(escapeSlack('a & <b> "c"'), 'a &amp; &lt;b&gt; "c"')
    const hostile = { ...record, flow: { ...record.flow, name: '<!channel> & co' } }
    const body = JSON.parse(renderSlack(hostile).body)
    assert.deepEqual(Object.keys(body), ['text'])
    assert.match(body.text, /&lt;!channel&gt; &amp; co/)
    assert.match(body.text, /<https:\/\/github\.com\/acme\/cx-flows\/actions\/runs\/42\|run 42>/)
  })

  it('a flow never read: "versions not read", never "none"', () => {
    const { webhook: _x, ...failed } = sampleRecord((o) => {
      o.status = 'failed'
      o.flow = undefined
      o.snapshot = undefined
      o.versions = {}
      o.error = { message: 'login failed' }
    })
    const line = oneLineSummary(failed)
    assert.equal(line, `Genesys Cloud flow ${failed.flow.id}: failed before the flow was read (versions not read)`)
    assert.doesNotMatch(JSON.parse(renderSlack(failed).body).text, /none/)
    assert.match(oneLineSummary(record), /switched 2\.0 → 3\.0/)
  })
})
