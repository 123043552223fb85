import type { AuditRecord } from '../audit/record.js'

/** The audit record as an event carries it: without the delivery result, which is not known yet. */
export type EventRecord = Omit<AuditRecord, 'webhook'>
import type { FlowStatus } from '../model/outcome.js'

/**
 * Event types are ours, under one reverse-DNS prefix of the project (not `com.genesys`: Genesys
 * does not send these events). Full-stop delimited and [a-z0-9_] only, as Standard Webhooks asks.
 */
const EVENT_TYPE_PREFIX = 'io.github.genesysflowpromote.flow'

export function eventType(status: FlowStatus): string {
  return `${EVENT_TYPE_PREFIX}.${status.replace(/-/g, '_')}.v1`
}

/** What a renderer needs besides the record. */
export interface EventContext {
  /** `webhook-secret` when the format is pagerduty: the routing key. */
  routingKey?: string
}

export interface RenderedEvent {
  contentType: string
  body: string
  /** Standard Webhooks headers (id, timestamp, signature) go with this body. */
  standardWebhooks: boolean
}

export function eventSource(record: EventRecord): string {
  if (record.github.runUrl) return record.github.runUrl
  return `urn:genesys-flow-promote:${record.github.repository ?? 'local'}`
}

export function oneLineSummary(record: EventRecord): string {
  const flow = record.flow.name
    ? `"${record.flow.name}"${record.flow.type ? ` (${record.flow.type})` : ''}`
    : (record.flow.id ?? 'unknown flow')
  // A flow never read (the run failed or was cancelled first): its versions are unknown, not absent.
  if (record.snapshot === null)
    return `Genesys Cloud flow ${flow}: ${record.status} before the flow was read (versions not read)`
  const { previous, target, published } = record.versions
  const change = `${previous ?? 'none'} → ${target ?? '?'}`
  const verdicts: Record<FlowStatus, string> = {
    switched: `switched ${change}`,
    unchanged: `unchanged: ${target ?? previous ?? '?'} already live`,
    planned: `planned ${change}`,
    'rolled-back': `rolled back after a failed switch ${change}; ${published ?? 'none'} live`,
    'timed-out': `timed out switching ${change}; ${published ?? 'none'} live`,
    failed: `failed to switch ${change}; ${published ?? 'none'} live`,
    'in-sync': `in sync: ${target ?? '?'} is live${published && published !== target ? ` (as version ${published})` : ''}`,
    drifted: `drifted: ${published ?? 'nothing'} is live, the target is ${target ?? '?'}`
  }
  return `Genesys Cloud flow ${flow}: ${verdicts[record.status]}`
}
