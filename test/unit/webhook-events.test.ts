import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { AuditRecord } from '../../src/audit/record.js'
import type { Mode, WebhookConfig } from '../../src/model/config.js'
import { parseSigningSecret } from '../../src/inputs/signing-secret.js'
import { notifyEach, unsignedWarning, webhookSkipReason } from '../../src/webhook/notify.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeCore } from '../helpers/fake-core.js'
import { sampleRecord } from '../helpers/records.js'

const signingKey = parseSigningSecret(`whsec_${Buffer.alloc(32, 7).toString('base64')}`)

function webhook(change: Partial<WebhookConfig> = {}): WebhookConfig {
  return {
    url: { href: 'https://itsm.example.invalid/hook', origin: 'https://itsm.example.invalid' },
    format: 'cloudevents',
    secret: 'whsec_…',
    signingKey,
    timeoutMs: 10_000,
    failOnError: false,
    events: 'apply',
    ...change
  }
}

function recordOf(mode: Mode, auditId = `audit-${mode}`): AuditRecord {
  return { ...sampleRecord((o) => (o.status = mode === 'plan' ? 'planned' : 'switched')), mode, auditId }
}

async function notifyAll(records: AuditRecord[], config: WebhookConfig | undefined) {
  const core = new FakeCore()
  const sent: string[] = []
  const results = await notifyEach(
    records,
    config,
    {
      clock: new FakeClock(),
      send: async (_url, body) => {
        sent.push(JSON.parse(body).id ?? JSON.parse(body).data?.auditId)
        return { status: 204 }
      }
    },
    { log: core }
  )
  return { core, sent, results }
}

describe('webhook-events', () => {
  it('apply (the default): plans post nothing and are reported skipped, with why, in the log', async () => {
    const { core, sent, results } = await notifyAll([recordOf('plan', 'p1'), recordOf('plan', 'p2')], webhook())
    assert.deepEqual(sent, [])
    assert.deepEqual(results.get('p1'), { status: 'skipped', httpStatus: null, attempts: 0 })
    assert.deepEqual(results.get('p2'), { status: 'skipped', httpStatus: null, attempts: 0 })
    assert.match(core.text('info'), /^Webhook skipped: plans post no event \(webhook-events is apply/)
    assert.equal(core.text('info').split('\n').length, 1, 'said once per run, not once per flow')
    assert.equal(core.text('warning'), '')
  })

  for (const mode of ['apply', 'check'] as const) {
    it(`apply: ${mode} runs post (changes, and drift for change management)`, async () => {
      const { sent, results } = await notifyAll([recordOf(mode)], webhook())
      assert.deepEqual(sent, [`audit-${mode}`])
      assert.equal(results.get(`audit-${mode}`)?.status, 'delivered')
    })
  }

  it('all: plans post too', async () => {
    const { sent, results } = await notifyAll([recordOf('plan')], webhook({ events: 'all' }))
    assert.deepEqual(sent, ['audit-plan'])
    assert.equal(results.get('audit-plan')?.status, 'delivered')
  })

  it('names a reason only for a plan with events apply and a webhook set', () => {
    assert.match(webhookSkipReason(webhook(), 'plan')!, /set webhook-events: all to post plans too/)
    assert.equal(webhookSkipReason(webhook(), 'apply'), undefined)
    assert.equal(webhookSkipReason(webhook(), 'check'), undefined)
    assert.equal(webhookSkipReason(webhook({ events: 'all' }), 'plan'), undefined)
    assert.equal(webhookSkipReason(undefined, 'plan'), undefined)
  })

  for (const format of ['cloudevents', 'json'] as const) {
    it(`${format} without webhook-secret: sent unsigned, with a warning that the receiver cannot verify it`, async () => {
      const { core, sent } = await notifyAll(
        [recordOf('apply')],
        webhook({ format, secret: undefined, signingKey: undefined })
      )
      assert.equal(sent.length, 1)
      assert.match(
        core.text('warning'),
        new RegExp(`^The ${format} webhook events are sent unsigned: .*the receiver cannot verify`)
      )
    })
  }

  it('no unsigned warning when signed, for formats that are never signed, or when nothing is sent', async () => {
    assert.equal(unsignedWarning(webhook()), undefined)
    assert.equal(unsignedWarning(webhook({ format: 'slack', secret: undefined, signingKey: undefined })), undefined)
    assert.equal(unsignedWarning(webhook({ format: 'pagerduty', secret: 'R0UT1NG', signingKey: undefined })), undefined)
    const { core } = await notifyAll([recordOf('plan')], webhook({ secret: undefined, signingKey: undefined }))
    assert.equal(core.text('warning'), '')
  })
})
