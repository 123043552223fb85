import type { AuditRecord, WebhookResult } from '../audit/record.js'
import type { WebhookConfig } from '../model/config.js'
import { deliver, type DeliveryDeps } from './deliver.js'
import { renderEvent } from './formats.js'

const SKIPPED: WebhookResult = { status: 'skipped', httpStatus: null, attempts: 0 }

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
  if (options.cancelled) await Promise.all(records.map(send))
  else for (const record of records) await send(record)
  return results
}
