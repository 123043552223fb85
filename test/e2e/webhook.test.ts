import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'
import { startReceiver, verifyStandardWebhook, type Script } from '../../harness/receiver.js'

const SECRET = `whsec_${Buffer.from('webhook-e2e-secret-of-32-bytes!!').toString('base64')}`

async function promoteWith(inputs: Record<string, string>, script?: Script) {
  const receiver = await startReceiver(script)
  try {
    return await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'webhook-url': receiver.url, ...inputs })
      return { run, received: receiver.received, emu }
    })
  } finally {
    await receiver.close()
  }
}

describe('bundle: change-management webhook', () => {
  for (const format of ['cloudevents', 'json'] as const) {
    it(`${format}: received, parsed, and signed the Standard Webhooks way`, async () => {
      const { run, received } = await promoteWith({
        'webhook-format': format,
        'webhook-secret': SECRET,
        'webhook-authorization': 'Bearer itsm-token'
      })
      assert.equal(run.outputs['webhook-status'], 'delivered')
      assert.equal(received.length, 1)
      const { headers, body } = received[0]!
      assert.ok(verifyStandardWebhook(SECRET, headers, body), 'signature check failed')
      assert.equal(headers['webhook-id'], run.outputs['audit-id'])
      assert.equal(headers['idempotency-key'], run.outputs['audit-id'])
      assert.equal(headers.authorization, 'Bearer itsm-token')
      assert.match(String(headers['user-agent']), /^genesys-flow-promote\//)
      const event = JSON.parse(body)
      const data = event.data
      if (format === 'cloudevents') {
        assert.equal(headers['content-type'], 'application/cloudevents+json; charset=utf-8')
        assert.deepEqual(
          [event.specversion, event.id, event.subject, event.type],
          ['1.0', run.outputs['audit-id'], FLOW_ID, 'io.github.genesysflowpromote.flow.switched.v1']
        )
      } else {
        assert.equal(event.event_type, 'io.github.genesysflowpromote.flow.switched.v1')
      }
      assert.equal(data.flow.id, FLOW_ID)
      assert.deepEqual([data.versions.previous, data.versions.target], ['2.0', '3.0'])
      assert.deepEqual((run.audit as { webhook: unknown }).webhook, {
        status: 'delivered',
        httpStatus: 204,
        attempts: 1
      })
    })
  }

  it('pagerduty: a Change Event with the routing key in the body and no signature headers', async () => {
    const { run, received } = await promoteWith(
      { 'webhook-format': 'pagerduty', 'webhook-secret': 'R0UT1NGKEY0123456789abcdefABCDEF' },
      () => ({ status: 202 })
    )
    assert.equal(run.outputs['webhook-status'], 'delivered')
    const { headers, body } = received[0]!
    assert.equal(headers['webhook-signature'], undefined)
    const event = JSON.parse(body)
    assert.equal(event.routing_key, 'R0UT1NGKEY0123456789abcdefABCDEF')
    assert.match(event.payload.summary, /"Main IVR" \(inboundcall\): switched 2\.0 → 3\.0/)
    assert.equal(event.payload.custom_details.flow_id, FLOW_ID)
  })

  it('slack: {text} with the flow and its versions', async () => {
    const { run, received } = await promoteWith({ 'webhook-format': 'slack' }, () => ({ status: 200 }))
    assert.equal(run.outputs['webhook-status'], 'delivered')
    const event = JSON.parse(received[0]!.body)
    assert.deepEqual(Object.keys(event), ['text'])
    assert.match(event.text, /Main IVR.*2\.0 → 3\.0/)
    assert.match(event.text, new RegExp(FLOW_ID))
  })

  it('receiver down twice, then up: delivered on attempt 3 with the same webhook-id', async () => {
    const { run, received } = await promoteWith({ 'webhook-secret': SECRET }, (n) => (n < 2 ? 'drop' : { status: 200 }))
    assert.equal(run.outputs['webhook-status'], 'delivered')
    assert.equal(received.length, 3)
    assert.equal(new Set(received.map((r) => r.headers['webhook-id'])).size, 1)
    assert.ok(received.every((r) => verifyStandardWebhook(SECRET, r.headers, r.body)))
    assert.equal((run.audit as { webhook: { attempts: number } }).webhook.attempts, 3)
  })

  it('receiver always 500: failed delivery, the promotion still switched, the step green', async () => {
    const { run, received } = await promoteWith({}, () => ({ status: 500 }))
    assert.equal(run.exitCode, 0)
    assert.equal(run.outputs.status, 'switched')
    assert.equal(run.outputs['webhook-status'], 'failed')
    assert.equal(received.length, 5)
    assert.match(run.stdout, /::warning::Webhook delivery failed .* The promotion is unaffected/)
    assert.match(run.summary, /\*\*Webhook:\*\* failed \(HTTP 500, 5 attempts\)/)
  })

  it('400 is not retried, and a redirect is not followed', async () => {
    const answers: { status: number; headers: Record<string, string> }[] = [
      { status: 400, headers: {} },
      { status: 302, headers: { location: 'http://127.0.0.1:9/elsewhere' } }
    ]
    for (const { status, headers } of answers) {
      const { run, received } = await promoteWith({}, () => ({ status, headers }))
      assert.equal(run.outputs['webhook-status'], 'failed')
      assert.equal(received.length, 1, `HTTP ${status}`)
    }
  })

  it('refuses http:// to a non-loopback host before anything runs', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'webhook-url': 'http://itsm.example.invalid/hook' })
      assert.equal(run.exitCode, 1)
      assert.match(errors(run), /Input webhook-url: must use https:\/\/ \(http:\/\/ only for loopback hosts\)/)
      assert.equal(emu.requests.length, 0)
    })
  })

  it('webhook-events apply (the default): a plan posts nothing and says why; all: the plan posts', async () => {
    const skipped = await promoteWith({ mode: 'plan', diff: 'never', 'webhook-secret': SECRET })
    assert.equal(skipped.run.exitCode, 0)
    assert.equal(skipped.run.outputs.status, 'planned')
    assert.equal(skipped.run.outputs['webhook-status'], 'skipped')
    assert.equal(skipped.received.length, 0)
    assert.match(skipped.run.summary, /> Webhook skipped: plans post no event \(webhook-events is apply/)
    assert.ok(
      (skipped.run.audit as { notes: string[] }).notes.some((n) => /^Webhook skipped: plans post no event/.test(n))
    )

    const all = await promoteWith({ mode: 'plan', diff: 'never', 'webhook-secret': SECRET, 'webhook-events': 'all' })
    assert.equal(all.run.outputs['webhook-status'], 'delivered')
    assert.equal(all.received.length, 1)
    assert.equal(JSON.parse(all.received[0]!.body).type, 'io.github.genesysflowpromote.flow.planned.v1')
  })

  it('a drift check posts with the default webhook-events', async () => {
    const { run, received } = await promoteWith({ mode: 'check', diff: 'never', 'webhook-secret': SECRET })
    assert.equal(run.outputs.status, 'drifted')
    assert.equal(run.outputs['webhook-status'], 'delivered')
    assert.equal(JSON.parse(received[0]!.body).type, 'io.github.genesysflowpromote.flow.drifted.v1')
  })

  it('cloudevents without webhook-secret: sent unsigned, with a warning that the receiver cannot verify it', async () => {
    const { run, received } = await promoteWith({})
    assert.equal(run.outputs['webhook-status'], 'delivered')
    assert.equal(received[0]!.headers['webhook-signature'], undefined)
    assert.match(
      run.stdout,
      /::warning::The cloudevents webhook events are sent unsigned: .*the receiver cannot verify/
    )
    const signed = await promoteWith({ 'webhook-secret': SECRET })
    assert.doesNotMatch(signed.run.stdout, /unsigned/)
  })
})
