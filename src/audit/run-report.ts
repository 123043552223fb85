import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { Config } from '../model/config.js'
import { githubContext } from './github-context.js'
import { clientFingerprint } from './fingerprint.js'
import { redactDeep, type Redaction } from './redact.js'
import { secretHiding, type SecretHiding } from './secret-values.js'
import { backupFile, buildFlowRecord, type AuditRecord, type RunFacts, type WebhookResult } from './record.js'
import { buildReleaseRecord, failedFlowList, type ReleaseRecord } from './release-record.js'
import type { CallTrace } from '../model/port.js'
import { flowLabel, type FlowSpec, type ReleasePlan } from '../model/plan.js'
import { isFailure, type ExportedFile, type StageProgress } from '../model/outcome.js'

/** The records of a run, before they are written anywhere. */
export interface RunReport {
  manifest: boolean
  runId: string
  startedAt: number
  atomic: boolean
  facts: RunFacts
  runTrace: CallTrace
  /** The exports of what was live before each flow's first write, and where each goes. */
  backups: { file: string; content: string }[]
  /** Plans and drift checks: the flow files to diff, by the record they belong to (never in a record). */
  diffs: { auditId: string; title: string; live: ExportedFile; target: ExportedFile }[]
  /**
   * How the diffs hide values stored under secret names, with the run's one key. Applied where the
   * diffs are made (`diffsFor`), after the record is out: it parses both files of every flow.
   */
  secretHiding: SecretHiding
  /** Per stage: the records of the flows that ran, their specs in the same order, and those that did not run. */
  stages: { name: string; records: AuditRecord[]; specs: FlowSpec[]; notRun: FlowSpec[] }[]
}

export interface RunReportInput {
  auditId: string
  plan: ReleasePlan
  stages: StageProgress[]
  runTrace: CallTrace
  facts: Omit<RunFacts, 'github'>
  env: NodeJS.ProcessEnv
  now: number
  manifest: boolean
  startedAt: number
  /** Values the record must not show (masked ones, our client id), applied to every record and diff. */
  redactions: Redaction[]
  /** `redact-keys`: names that say a value is a secret, besides the built-in ones. */
  redactKeys: readonly string[]
  /** Added to every flow record's notes (the summary shows them), e.g. why no webhook was posted. */
  note?: string
}

/**
 * Builds every flow's audit record from the outcomes (synchronously: it also runs when the job is
 * cancelled). A single-flow run's record has the run's id; each flow of a release has its own id
 * and carries the release's.
 */
export function buildRunReport(input: RunReportInput): RunReport {
  const facts: RunFacts = { ...input.facts, github: githubContext(input.env) }
  const diffs: RunReport['diffs'] = []
  const stages = input.stages.map((stage) => {
    const ran = stage.outcomes.filter((o) => o.status !== undefined)
    const records = ran.map((outcome) => {
      // A single flow's record also counts the run's own calls (login, organization check).
      const withRunCalls = input.manifest ? outcome : { ...outcome, trace: mergeTraces(input.runTrace, outcome.trace) }
      const built = buildFlowRecord(input.manifest ? randomUUID() : input.auditId, withRunCalls, facts, input.now)
      if (input.note) built.notes = [...built.notes, input.note]
      // The status is one of the action's own words, never a secret's text: the step's verdict reads it.
      const record = { ...redactDeep(built, input.redactions), status: built.status }
      if (outcome.diff) {
        const title = record.flow.name ?? record.flow.id ?? 'flow'
        diffs.push(redactDeep({ auditId: record.auditId, title, ...outcome.diff }, input.redactions))
      }
      return input.manifest ? { ...record, releaseId: input.auditId } : record
    })
    return {
      name: stage.name,
      records,
      specs: ran.map((o) => o.spec),
      notRun: stage.outcomes.filter((o) => o.status === undefined).map((o) => o.spec)
    }
  })
  const backups = input.stages.flatMap((stage) =>
    stage.outcomes.flatMap((o) =>
      o.backup?.version && o.backup.content !== undefined && facts.backupDir
        ? [
            {
              file: backupFile(facts.backupDir, o.flow?.id ?? o.flowId ?? 'flow', o.backup.version),
              content: o.backup.content
            }
          ]
        : []
    )
  )
  return {
    manifest: input.manifest,
    runId: input.auditId,
    startedAt: input.startedAt,
    backups,
    diffs,
    secretHiding: secretHiding(input.redactKeys),
    atomic: input.plan.atomic,
    facts,
    runTrace: input.runTrace,
    stages
  }
}

export function flowRecords(report: RunReport): AuditRecord[] {
  return report.stages.flatMap((s) => s.records)
}

export function releaseRecord(report: RunReport, now: number): ReleaseRecord {
  return buildReleaseRecord({
    releaseId: report.runId,
    startedAt: report.startedAt,
    now,
    atomic: report.atomic,
    facts: report.facts,
    stages: report.stages,
    runRequests: report.runTrace.requests,
    runCorrelationIds: [...new Set(report.runTrace.correlationIds)]
  })
}

/** Why the step fails, or undefined when it succeeds. */
function failureMessage(report: RunReport): string | undefined {
  const records = flowRecords(report)
  if (!report.manifest) {
    const record = records[0]
    if (!record || !isFailure(record.status)) return undefined
    return `${record.status}: ${record.error?.message ?? 'see the audit record'}`
  }
  const failed = records.filter((r) => isFailure(r.status))
  if (!failed.length) return undefined
  const notRun = report.stages.flatMap((s) => s.notRun)
  const skipped = notRun.length ? `; not run: ${notRun.map(flowLabel).join(', ')}` : ''
  const what = report.facts.mode === 'check' ? 'drift check' : 'release'
  return `${what} failed: ${failed.length} of ${records.length + notRun.length} flows ${report.facts.mode === 'check' ? 'drifted or failed' : 'failed'} (${failedFlowList(failed)})${skipped}`
}

function mergeTraces(a: CallTrace, b: CallTrace): CallTrace {
  return {
    requests: a.requests + b.requests,
    retries: a.retries + b.retries,
    waitedMs: a.waitedMs + b.waitedMs,
    correlationIds: [...a.correlationIds, ...b.correlationIds]
  }
}

/** The report with each flow record's webhook result filled in (by audit id); the rest unchanged. */
export function withWebhookResults(report: RunReport, results: Map<string, WebhookResult>): RunReport {
  return {
    ...report,
    stages: report.stages.map((stage) => ({
      ...stage,
      records: stage.records.map((record) => ({ ...record, webhook: results.get(record.auditId) ?? record.webhook }))
    }))
  }
}

/** What every record of the run says about the run itself; the organization is added once read. */
export function runFacts(config: Config): Omit<RunFacts, 'github'> {
  const { gateway, region, regionGiven } = config.platform
  const gatewayUrl =
    gateway && `${gateway.protocol}://${gateway.host}${gateway.port > 0 ? `:${gateway.port}` : ''}${gateway.path}`
  return {
    mode: config.mode,
    // Through a gateway, say so: the record must not claim a region the calls never reached, nor
    // one nobody gave (through a gateway alone the region is the SDK's default).
    region: gatewayUrl ? (regionGiven ? `${region} via ${gatewayUrl}` : gatewayUrl) : region,
    // The id itself may be masked by the runner (stored as a secret): its fingerprint names it.
    oauthClientId: clientFingerprint(config.clientId),
    changeReference: config.changeReference,
    reason: config.reason,
    backupDir: path.join(path.dirname(config.auditFile), 'genesys-flow-backups')
  }
}

/** Why the step fails: the promotion, else a webhook that had to be delivered; undefined when it succeeds. */
export function stepFailure(report: RunReport, config: Config): string | undefined {
  const failure = failureMessage(report)
  if (failure) return failure
  if (config.webhook?.failOnError && flowRecords(report).some((r) => r.webhook.status === 'failed'))
    return 'The webhook delivery failed and fail-on-webhook-error is true; the promotion itself succeeded'
  return undefined
}
