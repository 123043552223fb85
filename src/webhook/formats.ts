import type { EventRecord } from './event.js'
import type { WebhookFormat } from '../model/config.js'
import { escapePre } from '../outputs/escape.js'
import { formatRate } from '../outputs/history.js'
import { eventSource, eventType, oneLineSummary, type EventContext, type RenderedEvent } from './event.js'

/** CloudEvents 1.0, structured mode: the whole event in the body, `data` = the audit record. */
export function renderCloudEvent(record: EventRecord): RenderedEvent {
  const event = {
    specversion: '1.0',
    id: record.auditId,
    source: eventSource(record),
    type: eventType(record.status),
    subject: record.flow.id ?? undefined,
    time: record.finishedAt,
    datacontenttype: 'application/json',
    data: record
  }
  return {
    contentType: 'application/cloudevents+json; charset=utf-8',
    body: JSON.stringify(event),
    standardWebhooks: true
  }
}

/** Plain JSON: `{event_type, data}`. */
export function renderJson(record: EventRecord): RenderedEvent {
  return {
    contentType: 'application/json',
    body: JSON.stringify({ event_type: eventType(record.status), data: record }),
    standardWebhooks: true
  }
}

/**
 * PagerDuty Change Events v2. The routing key is the one secret that belongs in a body; PagerDuty
 * has no signature scheme, so no signature headers. `summary` is capped at PagerDuty's 1024.
 */
export function renderPagerDuty(record: EventRecord, context: EventContext): RenderedEvent {
  const links = record.github.runUrl ? [{ href: record.github.runUrl, text: 'GitHub Actions run' }] : []
  const body = {
    routing_key: context.routingKey ?? '',
    payload: {
      summary: oneLineSummary(record).slice(0, 1024),
      timestamp: record.finishedAt,
      source: ['genesys-cloud', record.region, record.organization?.id].filter(Boolean).join('/'),
      custom_details: {
        audit_id: record.auditId,
        release_id: record.releaseId,
        status: record.status,
        flow_id: record.flow.id,
        flow_name: record.flow.name,
        flow_type: record.flow.type,
        previous_version: record.versions.previous,
        target_version: record.versions.target,
        published_version: record.versions.published,
        source_organization_id: record.source?.organization.id ?? undefined,
        source_organization_name: record.source?.organization.name ?? undefined,
        source_flow_id: record.source?.flowId ?? undefined,
        source_version: record.source?.version ?? undefined,
        source_content_sha256: record.source?.contentSha256 ?? undefined,
        change_reference: record.changeReference,
        reason: record.reason,
        repository: record.github.repository,
        commit: record.github.sha,
        run_attempt: record.github.runAttempt,
        deployment_environment: record.history?.environment,
        deployment_success_rate: record.history?.successRate ?? undefined,
        error: record.error?.message
      }
    },
    links
  }
  return { contentType: 'application/json', body: JSON.stringify(body), standardWebhooks: false }
}

/**
 * Slack incoming webhook: `{text}`. The URL is the credential, so there is nothing to sign. Slack's
 * escaping is HTML's minimum (`&`, `<`, `>`), the same as inside <pre>.
 */
export function renderSlack(record: EventRecord): RenderedEvent {
  const parts = [escapePre(oneLineSummary(record))]
  if (record.flow.id) parts.push(`flow ${record.flow.id}`)
  if (record.source)
    parts.push(
      `from ${escapePre(record.source.organization.name ?? record.source.organization.id ?? 'the source')} ${escapePre(record.source.version ?? '')}`.trim()
    )
  if (record.changeReference) parts.push(`change ${escapePre(record.changeReference)}`)
  if (record.error && record.status !== 'switched') parts.push(escapePre(record.error.message))
  const history = record.history
  if (history?.successRate != null)
    parts.push(
      `${formatRate(history.successRate)} of ${history.promotions} in ${escapePre(history.environment)} succeeded`
    )
  if (record.github.runUrl) parts.push(`<${record.github.runUrl}|run ${escapePre(record.github.runId ?? '')}>`)
  return { contentType: 'application/json', body: JSON.stringify({ text: parts.join(' · ') }), standardWebhooks: false }
}

export function renderEvent(format: WebhookFormat, record: EventRecord, context: EventContext): RenderedEvent {
  switch (format) {
    case 'cloudevents':
      return renderCloudEvent(record)
    case 'json':
      return renderJson(record)
    case 'pagerduty':
      return renderPagerDuty(record, context)
    case 'slack':
      return renderSlack(record)
  }
}
