import type { AuditRecord, WebhookResult } from '../audit/record.js'
import type { WebhookConfig } from '../inputs/config.js'
import { deliver, type DeliveryDeps } from './deliver.js'
import { renderEvent } from './formats.js'
import { parseSigningSecret } from './sign.js'

export const SKIPPED: WebhookResult = { status: 'skipped', httpStatus: null, attempts: 0 }

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
  const signed = event.standardWebhooks && config.secret !== undefined
  return deliver(
    {
      url: new URL(config.url.href),
      event,
      id: record.auditId,
      signingKey: signed ? parseSigningSecret(config.secret!) : undefined,
      authorization: config.authorization,
      timeoutMs: config.timeoutMs
    },
    deps
  )
}
