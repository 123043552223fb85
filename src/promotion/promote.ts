import type { Clock } from '../model/clock.js'
import type { Config } from '../model/config.js'
import { CheckFailedError, errorMessage } from '../model/errors.js'
import type { FlowOutcome, StageProgress } from '../model/outcome.js'
import type { ReleasePlan } from '../model/plan.js'
import type { CallTrace, GenesysSession, Organization, PermissionGrant } from '../model/port.js'
import type { Log, PromotionContext, SourceContext } from './platform/context.js'
import { connectSource, inSourceLog } from './flow-files/source-org.js'
import { checkOrganization } from './checks/organization.js'
import { learnClearance, permissionsToAsk } from './checks/permissions.js'
import { settled, type Settled } from './platform/settled.js'
import { usableUntil, type TimeBudget } from '../model/time-budget.js'
import { FlowReads } from './platform/flow-reads.js'
import { releaseTickMs } from './platform/poll-schedule.js'
import { commandSafeLog, flowName, prefixedLog } from './platform/progress-log.js'
import { toErrorInfo } from './promote-flow.js'
import { runRelease } from './release.js'

export interface Promotion {
  plan: ReleasePlan
  stages: StageProgress[]
  /** Logs in lazily: the first platform call sends the credentials. `source`: the source organization's session. */
  openSession: (org?: 'source') => Promise<GenesysSession>
  /** Where the run's own calls (login, organization) are counted. */
  runTrace: CallTrace
  clock: Clock
  log: Log
  config: Config
  /** Hears which organization the credentials reach, when `organization-id` asks to check it. */
  onOrganization: (organization: Organization) => void
  /** `time-budget-minutes`, from the run's start. */
  budget?: TimeBudget
  /**
   * Runs once, after every check has passed and right before the run's first write (a release's
   * too); a run that writes nothing never calls it. It must not throw: a failure is logged, never the promotion's.
   */
  beforeFirstWrite?: () => Promise<void>
}

/**
 * Checks the organization, then promotes every flow of the plan. Never throws: a failure outside
 * any one flow (login, the organization) becomes the failure of every flow that has not finished.
 */
export async function promote(promotion: Promotion): Promise<void> {
  const { plan, stages, clock, config, budget } = promotion
  const log = commandSafeLog(promotion.log)
  let earlyGrants: Promise<Settled<PermissionGrant[] | undefined>> | undefined
  try {
    const session = await promotion.openSession()
    let organization: Organization | undefined
    if (config.platform.organizationId) {
      // Credentials for the wrong org must never touch it: checked before anything else.
      const checked = await checkOrganization(config.platform.organizationId, session.port(promotion.runTrace))
      promotion.onOrganization(checked.organization)
      if (!checked.check.passed) throw new CheckFailedError(checked.check.detail, checked.check)
      for (const outcome of stages.flatMap((s) => s.outcomes)) outcome.checks.push(checked.check)
      organization = checked.organization
    }
    // Across organizations: the source's login and both organizations, before any flow is read.
    const source =
      config.source &&
      (await connectSource(
        () => promotion.openSession('source'),
        { port: session.port(promotion.runTrace), organization },
        config.source.platform.organizationId,
        promotion.runTrace,
        inSourceLog(log)
      ))
    if (source) {
      promotion.onOrganization(source.target)
      for (const outcome of stages.flatMap((s) => s.outcomes)) outcome.checks.push(...source.checks)
    }
    const searches: SourceContext['searches'] = new Map()
    const settings: PromotionContext['settings'] = {
      mode: config.mode,
      diff: config.diff,
      autoRollback: config.autoRollback,
      rollbackStrategy: config.rollbackStrategy,
      forceUnlock: config.forceUnlock,
      validate: config.validate,
      waitTimeoutMs: config.waitTimeoutMs,
      pollIntervalMs: config.pollIntervalMs,
      healthGate: config.healthGate,
      maxRetries: config.platform.maxRetries,
      clientId: config.clientId,
      budget: promotion.budget
    }
    // A release reads its flows many at a time, on a grid that keeps polls within their share of the rate limit.
    const many = stages.flatMap((s) => s.outcomes).length > 1
    const reads = many
      ? new FlowReads(
          // Reads serve rollbacks too: they may use the time kept for one.
          session.port(promotion.runTrace, log, budget && (() => usableUntil(budget, true))),
          clock,
          log,
          releaseTickMs(config.pollIntervalMs, plan.rateLimitPerMinute)
        )
      : undefined
    const runPort = () => session.port(promotion.runTrace, log, budget && (() => usableUntil(budget, false)))
    // What the client may do is asked (one request) as soon as a login has succeeded, beside the
    // first flow reads. The login's answer runs this callback before any flow read can go on, so it
    // is set before a run can end: a run that ends first waits for the answer, and never more.
    void session
      .loggedIn()
      .then(() => (earlyGrants = settled(runPort().getMyGrants())))
      .catch(() => undefined)
    // One answer for every flow of the run, learnt when the first flow's checks need it (the
    // one-by-one fallback, when subjects/me does not tell, only then); counted as the run's own.
    const clearance = once(() => learnClearance(runPort(), permissionsToAsk(settings), log, earlyGrants))
    const all = stages.flatMap((s) => s.outcomes)
    const beforeFirstWrite = onceWarning(promotion.beforeFirstWrite, log)
    const logs = new Map(all.map((o, i) => [o, many ? prefixedLog(log, o, i + 1, all.length) : log]))
    const contextFor = (outcome: FlowOutcome): PromotionContext => {
      const flowLog = logs.get(outcome)!
      // A flow rolling back may use the time kept for it; otherwise no request reaches into it.
      const until = budget && (() => usableUntil(budget, outcome.rollback.attempted && !outcome.rollback.status))
      const port = session.port(outcome.trace, flowLog, until)
      return {
        genesys: reads ? reads.portFor(port) : port,
        source: source && {
          genesys: source.session.port(outcome.trace, inSourceLog(flowLog), until),
          organization: source.organization,
          searches
        },
        clock,
        log: flowLog,
        settings,
        clearance,
        beforeFirstWrite
      }
    }
    if (!many) log.startGroup?.(`Flow ${flowName(all[0]!)}`)
    try {
      // The run's own calls (one validate job for every flow) count as the run's, not one flow's.
      const run = {
        genesys: runPort(),
        clock,
        log,
        settings
      }
      await runRelease(plan, stages, contextFor, log, reads, run)
    } finally {
      if (!many) log.endGroup?.()
    }
  } catch (err) {
    failUnfinished(stages, err, clock.now())
  }
  await earlyGrants
}

/** The first call's promise, for every later call too: work the run does once, whoever asks first. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}

/** The hook's one run, which every flow about to write awaits; what it throws is a warning. */
function onceWarning(hook: (() => Promise<void>) | undefined, log: Log): (() => Promise<void>) | undefined {
  if (!hook) return undefined
  return once(() => hook().catch((err: unknown) => log.warning(`Before the first write: ${errorMessage(err)}`)))
}

/** A failure outside any one flow (login, organization) is every unfinished flow's failure. */
function failUnfinished(stages: StageProgress[], err: unknown, now: number): void {
  const error = toErrorInfo(err)
  for (const outcome of stages.flatMap((s) => s.outcomes)) {
    if (outcome.status) continue
    outcome.status = 'failed'
    outcome.error = error
    outcome.finishedAt = now
    if (err instanceof CheckFailedError && err.check) outcome.checks.push(err.check)
  }
}

/**
 * A cancelled run: every flow still running fails, naming an operation that may still complete.
 * A release's flows that never started stay "not run"; a single flow always gets its record.
 */
export function markCancelled(stages: StageProgress[], signal: string, now: number, manifest: boolean): void {
  for (const outcome of stages.flatMap((s) => s.outcomes)) {
    if (outcome.finishedAt !== undefined) continue
    // A flow of a release that had not begun to write was not run: nothing of it changed.
    if (manifest && !beganWriting(outcome)) continue
    const pending = outcome.importRunning
      ? ` while import job ${outcome.importRunning} was running: it may still publish a new version`
      : outcome.operation
        ? ` while operation ${outcome.operation.id} was running: it may still complete`
        : ''
    outcome.status = 'failed'
    outcome.error = { message: `cancelled by ${signal}${pending}`, code: 'cancelled' }
    outcome.finishedAt = now
  }
}

function beganWriting(outcome: FlowOutcome): boolean {
  // A backup is an export, a read: a flow file's is made in the preflight.
  return (
    outcome.publishRequestedAt !== undefined ||
    outcome.operation !== undefined ||
    outcome.importRunning !== undefined ||
    outcome.unlock?.unlocked === true
  )
}
