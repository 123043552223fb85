import { Outputs } from '../model/action.js'
import type { AuditRecord } from '../audit/record.js'

type SetOutput = (name: string, value: string) => void

/** The outputs of a single-flow run, as `action.yml` names them. */
export function setFlowOutputs(setOutput: SetOutput, record: AuditRecord, auditFile: string): void {
  setOutput(Outputs.Status, record.status)
  setOutput(Outputs.Changed, String(record.changed))
  setOutput(Outputs.FlowId, record.flow.id ?? '')
  setOutput(Outputs.FlowName, record.flow.name ?? '')
  setOutput(Outputs.PreviousVersion, record.versions.previous ?? '')
  setOutput(Outputs.TargetVersion, record.versions.target ?? '')
  setOutput(Outputs.PublishedVersion, record.versions.published ?? '')
  setOutput(Outputs.LatencyMs, record.timings.switchLatencyMs === null ? '' : String(record.timings.switchLatencyMs))
  setOutput(Outputs.AuditId, record.auditId)
  setOutput(Outputs.Audit, JSON.stringify(record))
  setOutput(Outputs.AuditFile, auditFile)
  setOutput(Outputs.PlanFingerprint, record.planFingerprint ?? '')
  setOutput(Outputs.WebhookStatus, record.webhook.status)
  setOutput(Outputs.HealthGate, healthGateOutput([record]))
}

/** Worst first; `off` when no gate ran. */
const GATE_ORDER = ['failed', 'inconclusive', 'passed'] as const

/**
 * `health-gate`: the worst verdict of the flows whose gate ran (a run that ended while one watched
 * counts as inconclusive), or `off`.
 */
export function healthGateOutput(records: Pick<AuditRecord, 'healthGate'>[]): string {
  const verdicts = records.flatMap((r) => (r.healthGate ? [r.healthGate.verdict ?? 'inconclusive'] : []))
  return GATE_ORDER.find((v) => verdicts.includes(v)) ?? 'off'
}
