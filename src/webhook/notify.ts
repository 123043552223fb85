import type { AuditRecord, WebhookResult } from '../audit/record.js'
import type { Mode, WebhookConfig } from '../model/config.js'
import { deliver, type DeliveryDeps } from './deliver.js'
import { renderEvent } from './formats.js'

const SKIPPED: WebhookResult = { status: 'skipped', httpStatus: null, attempts: 0 }

/** The formats that carry a Standard Webhooks signature when `webhook-secret` is set. */
const SIGNED_FORMATS: ReadonlySet<WebhookConfig['format']> = new Set(['cloudevents', 'json'])

/**
 * Why a run of this mode posts no event although a webhook is set, or undefined when it posts:
 * `webhook-events: apply` (the default) sends apply and check runs (changes, and drift, which change
 * management must see), not plans, which change nothing.
 */
export function webhookSkipReason(config: WebhookConfig | undefined, mode: Mode): string | undefined {
  if (!config || config.events !== 'apply' || mode !== 'plan') return undefined
  return 'Webhook skipped: plans post no event (webhook-events is apply, the default: apply and check runs only); set webhook-events: all to post plans too.'
}

/** The warning for events sent unsigned in a format receivers expect signed, or undefined. */
export function unsignedWarning(config: WebhookConfig): string | undefined {
  if (!SIGNED_FORMATS.has(config.format) || config.signingKey) return undefined
  return (
    `The ${config.format} webhook events are sent unsigned: webhook-secret is empty, so the receiver cannot verify ` +
    'that they come from this workflow (no webhook-signature header). Set webhook-secret to a whsec_ secret the receiver knows.'
  )
}

/**
 * Step 10: the audit event to the change-management endpoint. The event's id is the record's
 * auditId, so a receiver files each promotion once however often it is delivered.
 */
export async function notify(
  record: AuditRecord,
  config: WebhookConfig | undefined,
  deps: DeliveryDeps
): Promise<WebhookResult & { reason?: string }> {
  if (!config) return SKIPPED
  const { webhook: _notYetKnown, ...data } = record
  const event = renderEvent(config.format, data, {
    routingKey: config.format === 'pagerduty' ? config.secret : undefined
  })
  return deliver(
    {
      url: new URL(config.url.href),
      event,
      id: record.auditId,
      signingKey: event.standardWebhooks ? config.signingKey : undefined,
      authorization: config.authorization,
      timeoutMs: config.timeoutMs
    },
    deps
  )
}

export interface NotifyOptions {
  log: { info(message: string): void; warning(message: string): void; error(message: string): void }
  /** A cancelled run sends every event at once with one short attempt each; otherwise one after another. */
  cancelled?: boolean
}

/**
 * One event per record. Answers each record's delivery result by audit id; a failure is logged as
 * an error when `fail-on-webhook-error` is set, else as a warning: the promotion is unaffected.
 */
export async function notifyEach(
  records: AuditRecord[],
  config: WebhookConfig | undefined,
  deps: Omit<DeliveryDeps, 'log' | 'maxAttempts'>,
  options: NotifyOptions
): Promise<Map<string, WebhookResult>> {
  const results = new Map<string, WebhookResult>()
  const skipped = new Set<string>()
  for (const record of records) {
    const reason = webhookSkipReason(config, record.mode)
    if (!reason) continue
    results.set(record.auditId, SKIPPED)
    if (!skipped.size) options.log.info(reason)
    skipped.add(record.auditId)
  }
  const due = records.filter((record) => !skipped.has(record.auditId))
  const warning = config && due.length ? unsignedWarning(config) : undefined
  if (warning) options.log.warning(warning)
  const send = async (record: AuditRecord) => {
    const result = await notify(record, config, {
      ...deps,
      log: (m) => options.log.info(m),
      maxAttempts: options.cancelled ? 1 : undefined
    })
    results.set(record.auditId, { status: result.status, httpStatus: result.httpStatus, attempts: result.attempts })
    if (result.status === 'failed') {
      const message = `Webhook delivery failed for ${record.auditId}: ${result.reason ?? ''}`
      if (config?.failOnError) options.log.error(message)
      else options.log.warning(`${message}. The promotion is unaffected (fail-on-webhook-error is false).`)
    }
  }
  if (options.cancelled) await Promise.all(due.map(send))
  else for (const record of due) await send(record)
  return results
}
