import path from 'node:path'
import type { Mode } from '../model/config.js'
import type { CallTrace } from '../model/port.js'
import {
  changed,
  failurePercent,
  failuresOf,
  switchLatencyMs,
  type Check,
  type ErrorInfo,
  type FlowOutcome,
  type FlowStatus,
  type HealthGateInfo,
  type HealthVerdict,
  type RollbackInfo,
  type Snapshot,
  type ValidationInfo,
  type ValidationMessage,
  type VersionAuthor,
  type VersionTraffic
} from '../model/outcome.js'
import { clientFingerprint, planFingerprint } from './fingerprint.js'
import type { GithubContext } from '../model/github.js'
import type { HistoryRecord } from './history.js'

export type WebhookStatus = 'delivered' | 'failed' | 'skipped'

export interface WebhookResult {
  status: WebhookStatus
  httpStatus: number | null
  attempts: number
}

/** The audit record, schemaVersion 1: camelCase, no secret in it. Its fields are a public contract (README). */
export interface AuditRecord {
  schemaVersion: 1
  auditId: string
  releaseId?: string
  startedAt: string
  finishedAt: string
  status: FlowStatus
  changed: boolean
  mode: Mode
  region: string
  organization: { id: string; name: string | null } | null
  oauthClientId: string
  flow: {
    id: string | null
    name: string | null
    type: string | null
    division: { id: string | null; name: string | null } | null
  }
  /** `restoredFrom`: the version whose content went live as `published` through a restore. */
  versions: { previous: string | null; target: string | null; published: string | null; restoredFrom?: string }
  /** The restore that put a version's content live again: its jobs and the file's sha256. */
  restore: {
    from: string
    version: string | null
    exportJobId: string | null
    importJobId: string
    fileSha256: string
  } | null
  /** flow-file: the file (its sha256 as read and after substitution), the import job and the version it made. */
  flowFile: {
    path: string
    sha256: string
    substitutedSha256: string
    importJobId: string | null
    command: string | null
    version: string | null
    /** What the live version holds beyond the file (paths under the flow), taken as the platform's defaults. */
    liveBeyondFile: { version: string; keys: string[] } | null
  } | null
  /** Across organizations: where the flow came from (`contentSha256`: its export, before substitution). */
  source: {
    organization: { id: string | null; name: string | null }
    flowId: string | null
    version: string | null
    contentSha256: string | null
  } | null
  /** The export of what was live, made before the first write: where it is, and its sha256. */
  backup: {
    version: string | null
    file: string | null
    sha256: string | null
    exportJobId: string | null
    note: string
  } | null
  snapshot: Snapshot | null
  /** Plans: what the target consumes that the live version does not (`added`), and the reverse. */
  dependencies: { added: string[]; removed: string[] } | null
  /** The platform's validation of the target before any write: its verdict, why, its jobs and messages (errors first). */
  validation: {
    verdict: ValidationInfo['verdict']
    reason: string | null
    jobs: ValidationInfo['jobs']
    messages: ValidationMessage[]
  } | null
  /** Plans and drift checks: who made the live and the target version, and when. */
  authors: { live: VersionAuthorRecord | null; target: VersionAuthorRecord | null } | null
  /** force-unlock: who held the lock, whether it was unlocked, and what the unlock checked in or put live. */
  unlock: { heldBy: string; unlocked: boolean; checkedIn: string | null; published: string | null } | null
  /** Drift checks: what is live, since when, published by whom. */
  live: { version: string | null; since: string | null; publishedBy: EntityRecord | null } | null
  operation: { id: string; actionStatus: string | null; errorCode: string | null; errorMessage: string | null } | null
  /** The health gate: the window watched, the new and the replaced version's calls, the verdict and why. */
  healthGate: HealthGateRecord | null
  checks: Check[]
  timings: { totalMs: number; switchLatencyMs: number | null }
  retries: { count: number; waitedMs: number }
  requests: number
  correlationIds: string[]
  rollback: {
    attempted: boolean
    version: string | null
    status: RollbackInfo['status'] | null
    durationMs: number | null
  }
  planFingerprint: string | null
  github: GithubContext
  changeReference: string | null
  reason: string | null
  notes: string[]
  /** `deployment-environment`: the promotions into that GitHub environment, this run included. */
  history: HistoryRecord | null
  webhook: WebhookResult
  error: { message: string; code: string | null; httpStatus: number | null; correlationId: string | null } | null
}

/** One version's calls as the gate counted them; `failurePercent` null without entries. */
export interface VersionTrafficRecord {
  version: string
  entries: number
  failedOutcomes: number
  disconnects: number
  failures: number
  failurePercent: number | null
}

export interface HealthGateRecord {
  /** Null: the run ended (a cancellation) while the gate watched. */
  verdict: HealthVerdict | null
  reason: string
  onFail: HealthGateInfo['onFail']
  /** `seconds` asked for; `start`..`end` the new version's interval as last read. */
  window: { seconds: number; start: string; end: string | null; watchedSeconds: number | null }
  minEntries: number
  maxFailurePercent: number
  /** The rate the new version could reach: the replaced version's plus `maxFailurePercent`. */
  allowedFailurePercent: number | null
  polls: number
  failedPolls: number
  endedEarly: HealthGateInfo['endedEarly'] | null
  version: VersionTrafficRecord
  /** `before`: the same length of time before the publish; `during`: alongside the new version. */
  replaced: (VersionTrafficRecord & { basis: 'before' | 'during'; start: string; end: string }) | null
}

export interface EntityRecord {
  id: string | null
  name: string | null
}

export interface VersionAuthorRecord {
  version: string
  createdBy: EntityRecord | null
  createdByClient: EntityRecord | null
  dateCreated: string | null
  dateCheckedIn: string | null
}

export interface RunFacts {
  mode: Mode
  region: string
  organization?: { id: string; name?: string }
  oauthClientId: string
  github: GithubContext
  changeReference?: string
  reason?: string
  /** Where backups are written: beside the audit file. */
  backupDir?: string
  /** Set once the run's GitHub deployment has ended (`deployment-environment`). */
  history?: HistoryRecord
}

/** A backup's file: one per flow and version, so a release's backups share one folder. */
export function backupFile(dir: string, flowId: string, version: string): string {
  return path.join(dir, `${flowId}-${version.replace(/[^\w.-]/g, '_')}.yaml`)
}

const iso = (ms: number) => new Date(ms).toISOString()

/** Builds the record of one flow's promotion from what its steps recorded. Pure. */
export function buildFlowRecord(auditId: string, outcome: FlowOutcome, facts: RunFacts, now: number): AuditRecord {
  const trace: CallTrace = outcome.trace
  const finished = outcome.finishedAt ?? now
  const { previous, target, published } = outcome.versions
  const error: ErrorInfo | undefined = outcome.error
  return {
    schemaVersion: 1,
    auditId,
    startedAt: iso(outcome.startedAt),
    finishedAt: iso(finished),
    status: outcome.status ?? 'failed',
    changed: changed(outcome),
    mode: facts.mode,
    region: facts.region,
    organization: facts.organization ? { id: facts.organization.id, name: facts.organization.name ?? null } : null,
    oauthClientId: facts.oauthClientId,
    flow: {
      id: outcome.flow?.id ?? outcome.spec.flowId ?? null,
      name: outcome.flow?.name ?? outcome.spec.flowName ?? null,
      type: outcome.flow?.type ?? outcome.spec.flowType ?? null,
      division: outcome.flow?.division
        ? { id: outcome.flow.division.id ?? null, name: outcome.flow.division.name ?? null }
        : null
    },
    versions: {
      previous: previous ?? null,
      target: target ?? null,
      published: published ?? null,
      ...(outcome.versions.restoredFrom ? { restoredFrom: outcome.versions.restoredFrom } : {})
    },
    restore: outcome.restore
      ? {
          from: outcome.restore.from,
          version: outcome.restore.version ?? null,
          exportJobId: outcome.restore.exportJobId ?? null,
          importJobId: outcome.restore.importJobId,
          fileSha256: outcome.restore.fileSha256
        }
      : null,
    flowFile: outcome.deploy
      ? {
          path: outcome.deploy.path,
          sha256: outcome.deploy.sha256,
          substitutedSha256: outcome.deploy.substitutedSha256,
          importJobId: outcome.deploy.importJobId ?? null,
          command: outcome.deploy.command ?? null,
          version: outcome.deploy.version ?? null,
          liveBeyondFile: outcome.deploy.liveBeyondFile ?? null
        }
      : null,
    source: outcome.source
      ? {
          organization: { id: outcome.source.organization.id ?? null, name: outcome.source.organization.name ?? null },
          flowId: outcome.source.flowId ?? null,
          version: outcome.source.version ?? null,
          contentSha256: outcome.source.contentSha256 ?? null
        }
      : null,
    backup: outcome.backup
      ? {
          version: outcome.backup.version ?? null,
          file:
            outcome.backup.version && outcome.backup.content !== undefined && facts.backupDir
              ? backupFile(facts.backupDir, outcome.flow?.id ?? outcome.spec.flowId ?? 'flow', outcome.backup.version)
              : null,
          sha256: outcome.backup.sha256 ?? null,
          exportJobId: outcome.backup.jobId ?? null,
          note: outcome.backup.note
        }
      : null,
    snapshot: outcome.snapshot ?? null,
    dependencies: outcome.dependencyChanges ?? null,
    validation: outcome.validation
      ? {
          verdict: outcome.validation.verdict,
          reason: outcome.validation.reason ?? null,
          jobs: outcome.validation.jobs,
          messages: outcome.validation.messages
        }
      : null,
    unlock: outcome.unlock
      ? {
          heldBy: outcome.unlock.heldBy,
          unlocked: outcome.unlock.unlocked,
          checkedIn: outcome.unlock.checkedIn ?? null,
          published: outcome.unlock.published ?? null
        }
      : null,
    authors: outcome.authors
      ? {
          live: outcome.authors.live ? authorRecord(outcome.authors.live, facts.oauthClientId) : null,
          target: outcome.authors.target ? authorRecord(outcome.authors.target, facts.oauthClientId) : null
        }
      : null,
    live: outcome.live
      ? {
          version: outcome.live.version ?? null,
          since: outcome.live.since ?? null,
          publishedBy: outcome.live.publishedBy ? entity(outcome.live.publishedBy, facts.oauthClientId) : null
        }
      : null,
    operation: outcome.operation
      ? {
          id: outcome.operation.id,
          actionStatus: outcome.operation.actionStatus ?? null,
          errorCode: outcome.operation.errorCode ?? null,
          errorMessage: outcome.operation.errorMessage ?? null
        }
      : null,
    healthGate: outcome.healthGate ? healthGateRecord(outcome.healthGate) : null,
    checks: outcome.checks,
    timings: { totalMs: finished - outcome.startedAt, switchLatencyMs: switchLatencyMs(outcome) ?? null },
    retries: { count: trace.retries, waitedMs: trace.waitedMs },
    requests: trace.requests,
    correlationIds: [...new Set(trace.correlationIds)],
    rollback: {
      attempted: outcome.rollback.attempted,
      version: outcome.rollback.version ?? null,
      status: outcome.rollback.status ?? null,
      durationMs: outcome.rollback.durationMs ?? null
    },
    // A flow file's change is its content: the same file against the same live version, the same plan.
    planFingerprint:
      outcome.flow && (outcome.spec.flowFile || target)
        ? planFingerprint(facts.region, outcome.flow.id, previous, outcome.spec.flowFile?.substitutedSha256 ?? target!)
        : null,
    github: facts.github,
    changeReference: facts.changeReference ?? null,
    reason: facts.reason ?? null,
    notes: outcome.notes,
    history: facts.history ?? null,
    webhook: { status: 'skipped', httpStatus: null, attempts: 0 },
    error: error
      ? {
          message: error.message,
          code: error.code ?? null,
          httpStatus: error.httpStatus ?? null,
          correlationId: error.correlationId ?? null
        }
      : null
  }
}

const round1 = (n: number | undefined) => (n === undefined ? null : Math.round(n * 10) / 10)

function trafficRecord(t: VersionTraffic): VersionTrafficRecord {
  const { version, entries, failedOutcomes, disconnects } = t
  return {
    version,
    entries,
    failedOutcomes,
    disconnects,
    failures: failuresOf(t),
    failurePercent: round1(failurePercent(t))
  }
}

function healthGateRecord(gate: HealthGateInfo): HealthGateRecord {
  return {
    verdict: gate.verdict ?? null,
    reason: gate.reason ?? 'the run ended while the gate watched: no verdict',
    onFail: gate.onFail,
    window: {
      seconds: gate.windowMs / 1000,
      start: iso(gate.from),
      end: gate.to === undefined ? null : iso(gate.to),
      watchedSeconds: gate.to === undefined ? null : Math.round((gate.to - gate.from) / 1000)
    },
    minEntries: gate.minEntries,
    maxFailurePercent: gate.maxFailurePercent,
    allowedFailurePercent: round1(gate.allowedPercent),
    polls: gate.polls,
    failedPolls: gate.failedPolls,
    endedEarly: gate.endedEarly ?? null,
    version: trafficRecord(gate.version),
    replaced: gate.replaced
      ? {
          ...trafficRecord(gate.replaced),
          basis: gate.replaced.basis,
          start: iso(gate.replaced.from),
          end: iso(gate.replaced.to)
        }
      : null
  }
}

/** A user or client as the record names it: our own OAuth client by its fingerprint, never its id. */
function entity(ref: { id?: string; name?: string }, ourClientId: string): EntityRecord {
  // `ourClientId` is the record's: the fingerprint of our OAuth client id.
  if (ref.id !== undefined && clientFingerprint(ref.id) === ourClientId)
    return { id: clientFingerprint(ref.id), name: 'this action' }
  return { id: ref.id ?? null, name: ref.name ?? null }
}

function authorRecord(author: VersionAuthor, ourClientId: string): VersionAuthorRecord {
  // Version records give epoch milliseconds; a string is kept as the platform wrote it.
  const when = (date: number | string | undefined) => (typeof date === 'number' ? iso(date) : (date ?? null))
  return {
    version: author.version,
    createdBy: author.createdBy ? entity(author.createdBy, ourClientId) : null,
    createdByClient: author.createdByClient ? entity(author.createdByClient, ourClientId) : null,
    dateCreated: when(author.dateCreated),
    dateCheckedIn: when(author.dateCheckedIn)
  }
}
