import { flowLabel, type FlowSpec } from '../model/plan.js'
import type { FlowStatus } from '../model/outcome.js'
import { isFailure, worstStatus } from '../model/outcome.js'
import { releaseFingerprint } from './fingerprint.js'
import type { GithubContext } from '../model/github.js'
import type { AuditRecord, RunFacts, WebhookResult, WebhookStatus } from './record.js'
import type { HistoryRecord } from './history.js'

/** The record of a manifest run: the release as a whole, and every flow's own record. */
export interface ReleaseRecord {
  schemaVersion: 1
  releaseId: string
  startedAt: string
  finishedAt: string
  status: FlowStatus
  changed: boolean
  mode: RunFacts['mode']
  region: string
  organization: { id: string; name: string | null } | null
  oauthClientId: string
  atomic: boolean
  counts: Record<FlowStatus | 'total' | 'notRun', number>
  /** Flows that ended switched, unchanged or planned, over the flows that ran; null if none ran. */
  successRate: number | null
  /** Flows this run unlocked (force-unlock): an atomic rollback does not lock them again. */
  unlocked: string[]
  stages: { name: string; auditIds: string[]; notRun: string[] }[]
  flows: (AuditRecord & { stage: string })[]
  notRun: { stage: string; flow: string }[]
  planFingerprint: string | null
  requests: number
  correlationIds: string[]
  github: GithubContext
  changeReference: string | null
  reason: string | null
  /** `deployment-environment`: the promotions into that GitHub environment, this release included. */
  history: HistoryRecord | null
  webhook: WebhookResult
  error: { message: string } | null
}

const WEBHOOK_ORDER: WebhookStatus[] = ['failed', 'delivered', 'skipped']

export function buildReleaseRecord(input: {
  releaseId: string
  startedAt: number
  now: number
  atomic: boolean
  facts: RunFacts
  stages: { name: string; records: AuditRecord[]; notRun: FlowSpec[] }[]
  runRequests: number
  runCorrelationIds: string[]
}): ReleaseRecord {
  const flows = input.stages.flatMap((s) => s.records.map((r) => ({ ...r, stage: s.name })))
  const notRun = input.stages.flatMap((s) => s.notRun.map((spec) => ({ stage: s.name, flow: flowLabel(spec) })))
  const statuses = flows.map((f) => f.status)
  const count = (status: FlowStatus) => statuses.filter((s) => s === status).length
  const good = count('switched') + count('unchanged') + count('planned') + count('in-sync')
  const status = worstStatus(statuses) ?? 'failed'
  const failedFlows = flows.filter((f) => isFailure(f.status))
  return {
    schemaVersion: 1,
    releaseId: input.releaseId,
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: new Date(input.now).toISOString(),
    status,
    changed: flows.some((f) => f.changed),
    mode: input.facts.mode,
    region: input.facts.region,
    organization: input.facts.organization
      ? { id: input.facts.organization.id, name: input.facts.organization.name ?? null }
      : null,
    oauthClientId: input.facts.oauthClientId,
    atomic: input.atomic,
    counts: {
      total: flows.length + notRun.length,
      switched: count('switched'),
      unchanged: count('unchanged'),
      planned: count('planned'),
      'rolled-back': count('rolled-back'),
      'timed-out': count('timed-out'),
      failed: count('failed'),
      'in-sync': count('in-sync'),
      drifted: count('drifted'),
      notRun: notRun.length
    },
    successRate: flows.length ? Math.round((good / flows.length) * 10_000) / 10_000 : null,
    unlocked: flows.filter((f) => f.unlock?.unlocked).map((f) => f.flow.id ?? f.flow.name ?? '?'),
    stages: input.stages.map((s) => ({
      name: s.name,
      auditIds: s.records.map((r) => r.auditId),
      notRun: s.notRun.map(flowLabel)
    })),
    flows,
    notRun,
    planFingerprint: releasePlanFingerprint(flows),
    requests: input.runRequests + flows.reduce((n, f) => n + f.requests, 0),
    correlationIds: input.runCorrelationIds,
    github: input.facts.github,
    changeReference: input.facts.changeReference ?? null,
    reason: input.facts.reason ?? null,
    history: input.facts.history ?? null,
    webhook: worstWebhook(flows.map((f) => f.webhook)),
    error: failedFlows.length ? { message: failedFlowList(failedFlows) } : null
  }
}

/** `Main IVR failed: reason; Queue Flow timed-out: reason`: the failed flows, for the record and the step's error. */
export function failedFlowList(failed: Pick<AuditRecord, 'flow' | 'status' | 'error'>[]): string {
  return failed.map((f) => `${f.flow.name ?? f.flow.id} ${f.status}: ${f.error?.message ?? ''}`.trim()).join('; ')
}

/** One fingerprint for the release's flows; none when any flow has none (it was never resolved). */
export function releasePlanFingerprint(flows: Pick<AuditRecord, 'planFingerprint'>[]): string | null {
  const fingerprints = flows.map((f) => f.planFingerprint)
  return flows.length && fingerprints.every((f) => f !== null) ? releaseFingerprint(fingerprints as string[]) : null
}

function worstWebhook(results: WebhookResult[]): WebhookResult {
  for (const status of WEBHOOK_ORDER) {
    const found = results.find((r) => r.status === status)
    if (found) return { status, httpStatus: found.httpStatus, attempts: results.reduce((n, r) => n + r.attempts, 0) }
  }
  return { status: 'skipped', httpStatus: null, attempts: 0 }
}
