import type { HealthGateOnFail } from './config.js'
import type { FlowSpec, ReleasePlan } from './plan.js'
import { newCallTrace, type CallTrace } from './port.js'

const FLOW_STATUSES = [
  'failed',
  'timed-out',
  'rolled-back',
  'drifted',
  'switched',
  'planned',
  'unchanged',
  'in-sync'
] as const
/** Worst first: a release reports the worst of its flows (a plan with any change is `planned`). */
export type FlowStatus = (typeof FLOW_STATUSES)[number]

export interface Check {
  name: string
  passed: boolean
  detail: string
  /** The check could not run (a permission, a type the platform has no name for): it does not block. */
  skipped?: boolean
  /** Passed, with something a reviewer should see. */
  warning?: boolean
}

/** Who made a version, and when, as the platform's version record says (plans and checks only). */
export interface VersionAuthor {
  version: string
  createdBy?: { id?: string; name?: string }
  createdByClient?: { id?: string; name?: string }
  dateCreated?: number | string
  dateCheckedIn?: number | string
  /** When it went live, if it is or was (a drift check's "since"). */
  datePublished?: string
}

/** A flow file as an export job answered it: what a plan or a drift check diffs. */
export interface ExportedFile {
  version: string
  file: string
}

/** A lock someone else held, which apply unlocks (force-unlock), and what the unlock made. */
export interface UnlockInfo {
  heldBy: string
  /** Set once the unlock was sent. */
  unlocked: boolean
  /** The version the unlock checked in (the holder's saved draft), if it made one. */
  checkedIn?: string
  /** The version the unlock put live, if it did (reported of Terraform's force-unlock). */
  published?: string
}

/** What a drift check found live: which version, since when, published by whom. */
export interface LiveState {
  version?: string
  since?: string
  publishedBy?: { id?: string; name?: string }
}

/** What a target version consumes that the live one does not, and the reverse, each as a description. */
export interface DependencyChanges {
  added: string[]
  removed: string[]
}

/** The flow as it was before the run: the rollback target, recorded in the audit record. */
export interface Snapshot {
  publishedVersion?: string
  datePublished?: string
  checkedInVersion?: string
  savedVersion?: string
  active?: boolean
  lockedBy?: string
  currentOperation?: { id?: string; actionName?: string; actionStatus?: string; complete?: boolean }
  division?: { id?: string; name?: string }
}

export interface OperationInfo {
  id: string
  actionStatus?: string
  errorCode?: string
  errorMessage?: string
}

export interface RollbackInfo {
  attempted: boolean
  version?: string
  status?: 'restored' | 'failed' | 'not-possible'
  /** From the failed verification to the previous version verified live again. */
  durationMs?: number
}

/** A version's content put live again as a new version, through an export and an import job. */
export interface RestoreInfo {
  /** The version whose content was restored. */
  from: string
  /** The new version the import made and published. */
  version?: string
  exportJobId?: string
  importJobId: string
  /** sha256 of the file imported. */
  fileSha256: string
}

/** A flow file deployed by an import job: the file, the job, and the version the job made. */
export interface DeployInfo {
  path: string
  /** `sha256:` of the file as read, and after substitution (what was compared and imported). */
  sha256: string
  substitutedSha256: string
  importJobId?: string
  /** The job's `command` (`Update` for an existing flow). */
  command?: string
  /** The version the import made and published. */
  version?: string
  /**
   * What the live version (before an import, or the one it made) holds beyond the file: paths
   * under the flow, taken as what the platform fills in (docs/flow-files.md#what-is-compared).
   */
  liveBeyondFile?: { version: string; keys: string[] }
}

/** Where a flow promoted across organizations came from: the source's flow, version and content. */
export interface SourceInfo {
  organization: { id?: string; name?: string }
  flowId?: string
  version?: string
  /** `sha256:` of the version's export without its metadata, before substitution. */
  contentSha256?: string
}

/** The export of what was live, made before the flow's first write: the way back. */
export interface BackupInfo {
  /** The version exported; absent when nothing was live or the export failed. */
  version?: string
  jobId?: string
  content?: string
  sha256?: string
  /** What happened, for the reader: "exported …", "none: nothing live"… */
  note: string
}

/** What the health gate decided: the new version took its calls well, failed them, or too few came. */
export type HealthVerdict = 'passed' | 'failed' | 'inconclusive'

/** One version's calls over an interval, as flow analytics counts them. */
export interface VersionTraffic {
  version: string
  /** Flow entries (`nFlow`). */
  entries: number
  /** Failed outcomes (`nFlowOutcomeFailed`). */
  failedOutcomes: number
  /** Entries that ended in a disconnect (`tFlowDisconnect`'s count). */
  disconnects: number
}

/** Failed entries: failed outcomes and disconnects, at most one per entry (docs/platform.md#health-gate). */
export function failuresOf(t: VersionTraffic): number {
  return Math.min(t.entries, t.failedOutcomes + t.disconnects)
}

/** Failed entries over entries, in percent; undefined without entries. */
export function failurePercent(t: VersionTraffic): number | undefined {
  return t.entries ? (100 * failuresOf(t)) / t.entries : undefined
}

/** The health gate's watch of the version a switch put live, and its verdict once decided. */
export interface HealthGateInfo {
  /** Unset while the gate watches: a run that ends then has no verdict. */
  verdict?: HealthVerdict
  /** Why, in a sentence a duty manager can act on. */
  reason?: string
  /** The failure rate the new version may reach, in percent: the replaced version's plus the allowance. */
  allowedPercent?: number
  onFail: HealthGateOnFail
  windowMs: number
  minEntries: number
  maxFailurePercent: number
  /** The new version's interval: from the publish request to the last answered poll. */
  from: number
  to?: number
  /** Polls answered, and polls that failed. */
  polls: number
  failedPolls: number
  /** Decided before the window ended: the verdict was clear, or the time budget cut the window. */
  endedEarly?: 'verdict' | 'time-budget' | 'query-refused'
  version: VersionTraffic
  /** The replaced version's calls: over the window before the publish, else alongside the new one. */
  replaced?: VersionTraffic & { basis: 'before' | 'during'; from: number; to: number }
}

/**
 * How a validate job's message reads: `error` (its type says error or fatal), `warning` (`warn…`),
 * or `unknown` (any other type, or none): a warning under `validate: auto`, a failure under `required`.
 */
export type ValidationSeverity = 'error' | 'warning' | 'unknown'

/** One message of the platform's validation, with the flow and version it is about (null: it names none). */
export interface ValidationMessage {
  flowId: string | null
  flowName: string | null
  version: string | null
  type: string | null
  severity: ValidationSeverity
  text: string
}

/**
 * The platform's validation of the version a flow would publish: `passed` (also when there is
 * nothing to validate), `failed` (an error, or a platform that cannot validate under `required`),
 * `skipped` (`validate: off`, or a platform that cannot validate under `auto`), and why.
 */
export interface ValidationInfo {
  verdict: 'passed' | 'failed' | 'skipped'
  reason?: string
  /** The version validated: validated again when a release's re-read before the write finds another. */
  version?: string
  /** The validate jobs that covered this flow, each with its own final status. */
  jobs: { id: string; status: string | null }[]
  messages: ValidationMessage[]
}

export interface ErrorInfo {
  message: string
  code?: string
  httpStatus?: number
  correlationId?: string
}

/**
 * Everything one flow's promotion has learned so far. The steps fill it in as they go, so that a
 * failure or a cancellation at any point still leaves a complete account for the audit record.
 */
export interface FlowOutcome {
  spec: FlowSpec
  /** The flow's id once known: from the spec, or from a name looked up before the release ran. */
  flowId?: string
  status?: FlowStatus
  flow?: { id: string; name?: string; type?: string; division?: { id?: string; name?: string } }
  snapshot?: Snapshot
  versions: { previous?: string; target?: string; published?: string; restoredFrom?: string }
  /** Set for a flow file: the file and, once imported, its job and new version. */
  deploy?: DeployInfo
  /** Set for a flow from the source organization, once read there. */
  source?: SourceInfo
  /** Set when a version's content went live through a restore. */
  restore?: RestoreInfo
  /** In plans: what the target consumes that the live version does not, and the reverse. */
  dependencyChanges?: DependencyChanges
  /** In plans and checks: who made the live and the target version. */
  authors?: { live?: VersionAuthor; target?: VersionAuthor }
  /** In plans and drift checks: the two flow files the diff shows. */
  diff?: { live: ExportedFile; target: ExportedFile }
  /** In drift checks: what is live. */
  live?: LiveState
  /** force-unlock: who held the lock, and what the unlock checked in or published. */
  unlock?: UnlockInfo
  /** An import job registered and not ended: once its upload lands, it may publish a new version. */
  importRunning?: string
  backup?: BackupInfo
  /** The platform's validation of the target, before the first write and in plan. */
  validation?: ValidationInfo
  /** Flow files exported before the first write, by version: what a restore uploads. */
  exported?: Record<string, string>
  operation?: OperationInfo
  checks: Check[]
  rollback: RollbackInfo
  startedAt: number
  finishedAt?: number
  /** When the publish request was sent, and when the switch was verified. */
  publishRequestedAt?: number
  verifiedAt?: number
  error?: ErrorInfo
  /** The health gate, when it watched this flow after its switch. */
  healthGate?: HealthGateInfo
  /** Notes for the reader of the summary, e.g. why a rollback happened. */
  notes: string[]
  trace: CallTrace
}

export function newOutcome(spec: FlowSpec, startedAt: number): FlowOutcome {
  return {
    spec,
    flowId: spec.flowId,
    versions: {},
    checks: [],
    rollback: { attempted: false },
    startedAt,
    notes: [],
    trace: newCallTrace()
  }
}

export function switchLatencyMs(outcome: FlowOutcome): number | undefined {
  if (outcome.publishRequestedAt === undefined || outcome.verifiedAt === undefined) return undefined
  return outcome.verifiedAt - outcome.publishRequestedAt
}

/** True when the live version at the end differs from the one before the run. */
export function changed(outcome: FlowOutcome): boolean {
  return outcome.snapshot !== undefined && outcome.versions.published !== outcome.versions.previous
}

export function worstStatus(statuses: FlowStatus[]): FlowStatus | undefined {
  return FLOW_STATUSES.find((s) => statuses.includes(s))
}

// A drift check fails its step on drift: that is what it is run for.
const FAILURES: ReadonlySet<FlowStatus | undefined> = new Set(['failed', 'timed-out', 'rolled-back', 'drifted'])

export function isFailure(status: FlowStatus | undefined): boolean {
  return FAILURES.has(status)
}

export interface StageProgress {
  name: string
  outcomes: FlowOutcome[]
}

/** One outcome per flow, created up front so that flows that never ran are reported too. */
export function newProgress(plan: ReleasePlan, startedAt: number): StageProgress[] {
  return plan.stages.map((stage) => ({
    name: stage.name,
    outcomes: stage.flows.map((spec) => newOutcome(spec, startedAt))
  }))
}
