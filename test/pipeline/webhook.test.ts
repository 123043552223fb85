import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

const hook = { 'flow-id': FLOW_ID, 'webhook-url': 'https://itsm.example.invalid/hook' }

describe('pipeline: webhook outcome', () => {
  it('a failed delivery fails the step only with fail-on-webhook-error, and the record is written either way', async () => {
    for (const failOnError of ['false', 'true']) {
      const { core, audit, summary } = await runPipeline(
        { ...hook, 'fail-on-webhook-error': failOnError },
        { flows: [mainIvr()] },
        { deps: { sendWebhook: async () => ({ status: 503 }) } }
      )
      assert.equal(core.outputs.status, 'switched')
      assert.equal(core.outputs['webhook-status'], 'failed')
      assert.deepEqual(audit?.webhook, { status: 'failed', httpStatus: 503, attempts: 5 })
      assert.match(summary, /\*\*Webhook:\*\* failed/)
      if (failOnError === 'true')
        assert.match(core.failed!, /webhook delivery failed and fail-on-webhook-error is true/)
      else assert.equal(core.failed, undefined)
    }
  })

  it('posts an event for failures too, carrying the outcome', async () => {
    const bodies: string[] = []
    const { core } = await runPipeline(
      { ...hook, 'target-version': '9.0' },
      { flows: [mainIvr()] },
      {
        deps: {
          sendWebhook: async (_u, body) => {
            bodies.push(body)
            return { status: 200 }
          }
        }
      }
    )
    assert.equal(core.outputs.status, 'failed')
    const event = JSON.parse(bodies[0]!)
    assert.equal(event.type, 'io.github.genesysflowpromote.flow.failed.v1')
    assert.match(event.data.error.message, /9\.0 does not exist/)
    assert.equal(event.data.webhook, undefined, 'the event does not claim a delivery result it cannot know')
  })

  it('skips the webhook when no URL is set', async () => {
    let sent = 0
    const { core } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()] },
      { deps: { sendWebhook: async () => ((sent += 1), { status: 200 }) } }
    )
    assert.equal(core.outputs['webhook-status'], 'skipped')
    assert.equal(sent, 0)
  })

  it('webhook-events apply (the default): a plan posts nothing, reports skipped, and the record and summary say why', async () => {
    let sent = 0
    const { core, audit, summary } = await runPipeline(
      { ...hook, mode: 'plan', diff: 'never' },
      { flows: [mainIvr()] },
      { deps: { sendWebhook: async () => ((sent += 1), { status: 204 }) } }
    )
    assert.equal(sent, 0)
    assert.equal(core.outputs.status, 'planned')
    assert.equal(core.outputs['webhook-status'], 'skipped')
    assert.equal(core.failed, undefined)
    assert.deepEqual(audit?.webhook, { status: 'skipped', httpStatus: null, attempts: 0 })
    const note = (audit?.notes as string[]).find((n) => n.startsWith('Webhook skipped'))
    assert.match(note ?? '', /plans post no event \(webhook-events is apply.*set webhook-events: all/)
    assert.match(summary, /> Webhook skipped: plans post no event/)
    assert.match(summary, /\*\*Webhook:\*\* skipped/)
  })

  it('webhook-events all: a plan posts its event; apply adds no note', async () => {
    const bodies: string[] = []
    const { core, audit } = await runPipeline(
      { ...hook, mode: 'plan', diff: 'never', 'webhook-events': 'all' },
      { flows: [mainIvr()] },
      { deps: { sendWebhook: async (_u, body) => (bodies.push(body), { status: 204 }) } }
    )
    assert.equal(core.outputs['webhook-status'], 'delivered')
    assert.equal(JSON.parse(bodies[0]!).type, 'io.github.genesysflowpromote.flow.planned.v1')
    assert.ok(!(audit?.notes as string[]).some((n) => n.startsWith('Webhook skipped')))
  })

  it('webhook-events apply: a drift check posts (drift must reach change management)', async () => {
    const bodies: string[] = []
    const { core } = await runPipeline(
      { ...hook, mode: 'check', diff: 'never' },
      { flows: [mainIvr()] },
      { deps: { sendWebhook: async (_u, body) => (bodies.push(body), { status: 204 }) } }
    )
    assert.equal(core.outputs.status, 'drifted')
    assert.equal(core.outputs['webhook-status'], 'delivered')
    assert.equal(JSON.parse(bodies[0]!).type, 'io.github.genesysflowpromote.flow.drifted.v1')
  })

  it('warns that an unsigned cloudevents event cannot be verified; a signed one gets no warning', async () => {
    const unsigned = await runPipeline({ ...hook }, { flows: [mainIvr()] })
    assert.match(unsigned.core.text('warning'), /sent unsigned: webhook-secret is empty, so the receiver cannot verify/)
    const signed = await runPipeline(
      { ...hook, 'webhook-secret': `whsec_${Buffer.alloc(32, 3).toString('base64')}` },
      { flows: [mainIvr()] }
    )
    assert.doesNotMatch(signed.core.text('warning'), /unsigned/)
  })

  it('a webhook host that does not resolve: retried once, and no log line names the host', async () => {
    let attempts = 0
    const { core } = await runPipeline(
      { ...hook, 'webhook-url': 'https://t0k3n.itsm.example.invalid/hook' },
      { flows: [mainIvr()] },
      { deps: { sendWebhook: async () => ((attempts += 1), { error: 'ENOTFOUND' }) } }
    )
    assert.equal(attempts, 2)
    assert.equal(core.outputs['webhook-status'], 'failed')
    assert.match(
      core.text('warning'),
      /Webhook delivery failed for .*: the webhook host could not be resolved \(ENOTFOUND\)/
    )
    assert.doesNotMatch(core.text(), /t0k3n|example\.invalid/)
  })
})
