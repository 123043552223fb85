import type { Clock } from '../model/clock.js'
import type { Config } from '../model/config.js'
import { CheckFailedError } from '../model/errors.js'
import type { StageProgress } from '../model/outcome.js'
import type { ReleasePlan } from '../model/plan.js'
import type { CallTrace, GenesysSession, Organization } from '../model/port.js'
import type { Log, PromotionContext } from './context.js'
import { checkOrganization } from './organization.js'
import { releasePollFloorMs } from './poll-schedule.js'
import { toErrorInfo } from './promote-flow.js'
import { runRelease } from './release.js'

export interface Promotion {
  plan: ReleasePlan
  stages: StageProgress[]
  /** Logs in lazily: the first platform call sends the credentials. */
  openSession: () => Promise<GenesysSession>
  /** Where the run's own calls (login, organization) are counted. */
  runTrace: CallTrace
  clock: Clock
  log: Log
  config: Config
  /** Hears which organization the credentials reach, when `organization-id` asks to check it. */
  onOrganization: (organization: Organization) => void
}

/**
 * Checks the organization, then promotes every flow of the plan. Never throws: a failure outside
 * any one flow (login, the organization) becomes the failure of every flow that has not finished.
 */
export async function promote(promotion: Promotion): Promise<void> {
  const { plan, stages, clock, log, config } = promotion
  try {
    const session = await promotion.openSession()
    if (config.platform.organizationId) {
      // Credentials for the wrong org must never touch it: checked before anything else.
      const checked = await checkOrganization(config.platform.organizationId, session.port(promotion.runTrace))
      promotion.onOrganization(checked.organization)
      if (!checked.check.passed) throw new CheckFailedError(checked.check.detail, checked.check)
      for (const outcome of stages.flatMap((s) => s.outcomes)) outcome.checks.push(checked.check)
    }
    // Many flows polling at once must stay within the run's share of the rate limit.
    const settings: PromotionContext['settings'] = {
      mode: config.mode,
      diff: config.diff,
      autoRollback: config.autoRollback,
      rollbackStrategy: config.rollbackStrategy,
      forceUnlock: config.forceUnlock,
      waitTimeoutMs: config.waitTimeoutMs,
      pollIntervalMs: Math.max(config.pollIntervalMs, releasePollFloorMs(plan.concurrency, plan.rateLimitPerMinute)),
      maxRetries: config.platform.maxRetries,
      clientId: config.clientId
    }
    await runRelease(plan, stages, (outcome) => ({ genesys: session.port(outcome.trace), clock, log, settings }))
  } catch (err) {
    failUnfinished(stages, err, clock.now())
  }
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
    if (manifest && outcome.trace.requests === 0) continue
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
