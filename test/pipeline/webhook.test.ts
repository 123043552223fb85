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
})
