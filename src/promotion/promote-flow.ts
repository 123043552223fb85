import { CheckFailedError, PlatformError, errorMessage } from '../model/errors.js'
import { fileKeyOf } from '../model/flow-types.js'
import { olderTargetPlan } from '../model/plan.js'
import { BudgetExhaustedError } from '../model/time-budget.js'
import type { ErrorInfo, FlowOutcome } from '../model/outcome.js'
import type { PromotionContext } from './platform/context.js'
import { backUp } from './restore/backup.js'
import { logChecks, logFinished } from './platform/progress-log.js'
import { checkFileDeploy, writeFileDeploy } from './flow-files/deploy-file.js'
import { takeFromSource } from './flow-files/source-org.js'
import { checkDrift } from './checks/drift.js'
import { checkPermissions } from './checks/permissions.js'
import { exportForDiff, readAuthors, wantsDiff } from './platform/insight.js'
import { ImportStillRunning } from './restore/restore.js'
import { findFlowIdByName, readFlow, type ReadFlow } from './platform/resolve-flow.js'
import { takeSnapshot } from './platform/snapshot.js'
import { switchVersion } from './switch/switch.js'
import { unlockFlow } from './switch/unlock.js'
import { validate } from './checks/validate.js'
import { watchHealth } from './gate/gate.js'
import { validateAgainIfMoved, validateBeforeWrites } from './checks/validation.js'

/**
 * One flow, top to bottom: check it, have the platform validate its target, then (in apply mode)
 * write, and watch the new version take calls (the health gate, when on). Never throws: whatever
 * happens ends up in `outcome`, which the audit record reads.
 */
export async function promoteFlow(outcome: FlowOutcome, ctx: PromotionContext): Promise<FlowOutcome> {
  const checked = await checkFlow(outcome, ctx)
  const pending = (o: FlowOutcome) => checked !== undefined || o.status === 'planned'
  await validateBeforeWrites([outcome], pending, ctx, () => ctx)
  // A validate job takes a poll or more: the flow is read again before the write, as in a release,
  // so what the checks read is no older at the write than it was without one.
  const flow = checked && !outcome.status && outcome.validation?.jobs.length ? await recheckFlow(outcome, ctx) : checked
  if (flow && !outcome.status && (await validateAgainIfMoved(outcome, ctx))) await writeFlow(flow, outcome, ctx)
  if (flow) await watchHealth(outcome, ctx)
  return outcome
}

/**
 * Resolve, read, snapshot and check, writing nothing: all a plan or a drift check does. Answers the
 * flow as read when apply should go on and write it, or undefined when the outcome is settled.
 */
export async function checkFlow(outcome: FlowOutcome, ctx: PromotionContext): Promise<ReadFlow | undefined> {
  return settle(outcome, ctx, async () => {
    const type = outcome.spec.flowType
    if (type && !fileKeyOf(type))
      ctx.log.warning(
        `flow-type "${type}" is not one this action knows; it is passed to the platform as given (its list of types grows)`
      )
    outcome.flowId ??= await findFlowIdByName(outcome.spec, ctx.genesys, outcome.checks)
    const flow = await readFlow(outcome.flowId, ctx.genesys, outcome.checks)
    outcome.snapshot = takeSnapshot(flow)
    outcome.flow = { id: flow.id, name: flow.name, type: flow.type?.toLowerCase(), division: outcome.snapshot.division }
    outcome.versions.previous = flow.publishedVersion?.id
    outcome.versions.published = flow.publishedVersion?.id
    // Across organizations, the source's version becomes the flow file this flow deploys.
    if (ctx.source && !outcome.spec.flowFile) await takeFromSource(outcome, ctx)
    return (await checkRead(flow, outcome, ctx)) ? flow : undefined
  })
}

/** The checks on a flow as read: true when apply should go on and write. */
async function checkRead(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): Promise<boolean> {
  // Before anything else reads on or writes: a flow file's backup is taken in its checks.
  await checkPermissions(flow, outcome, ctx)
  if (outcome.spec.flowFile) return (await checkFileDeploy(flow, outcome, ctx)) === 'write'
  if (ctx.settings.mode === 'check') {
    await checkDrift(flow, outcome, ctx)
    return false
  }
  if ((await validate(flow, outcome, ctx)) === 'unchanged') {
    outcome.status = 'unchanged'
    return false
  }
  if (ctx.settings.mode === 'plan') {
    outcome.status = 'planned'
    sayHowOlderTargetGoesLive(flow, outcome, ctx)
    await planInsight(flow.id, outcome, ctx)
    return false
  }
  return true
}

/** A target other than the checked-in version may go live only by a restore: a plan says how. */
function sayHowOlderTargetGoesLive(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): void {
  const target = outcome.versions.target!
  if (target === flow.checkedInVersion?.id) return
  outcome.notes.push(olderTargetPlan(target, ctx.settings.rollbackStrategy))
}

/**
 * A flow checked earlier (in a release, or before a validate job), read again right before its
 * first write: the state may have moved since. When what the checks read is the same, they hold;
 * otherwise they run again.
 */
export async function recheckFlow(outcome: FlowOutcome, ctx: PromotionContext): Promise<ReadFlow | undefined> {
  return settle(outcome, ctx, async () => {
    const flow = await readFlow(outcome.flowId!, ctx.genesys, [])
    const before = outcome.snapshot!
    const now = takeSnapshot(flow)
    const same =
      flow.name === outcome.flow?.name &&
      flow.type?.toLowerCase() === outcome.flow?.type &&
      now.publishedVersion === before.publishedVersion &&
      now.checkedInVersion === before.checkedInVersion &&
      now.lockedBy === before.lockedBy &&
      now.currentOperation?.id === before.currentOperation?.id &&
      now.currentOperation?.complete === before.currentOperation?.complete
    if (same) return flow
    ctx.log.info(`${outcome.flow?.name ?? flow.id} changed since its checks: checking it again`)
    const checks = outcome.checks.length
    outcome.snapshot = now
    outcome.flow = { ...outcome.flow!, name: flow.name, type: flow.type?.toLowerCase() }
    outcome.versions.previous = flow.publishedVersion?.id
    outcome.versions.published = flow.publishedVersion?.id
    try {
      return (await checkRead(flow, outcome, ctx)) ? flow : undefined
    } finally {
      for (const check of outcome.checks.slice(checks)) check.name = `${check.name} (again, before the write)`
    }
  })
}

/** Apply, after every check: backup, force-unlock, then the switch (or a flow file's import). */
export async function writeFlow(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  await settle(outcome, ctx, async () => {
    // A flow file's backup was made with its checks: its import is its first write.
    if (outcome.spec.flowFile) {
      await ctx.beforeFirstWrite?.()
      return writeFileDeploy(flow, outcome, ctx)
    }
    if ((await backUp(flow, outcome, ctx)) === 'unchanged') {
      outcome.status = 'unchanged'
      return
    }
    // The backup (an export: a read) is the last check; what follows writes.
    await ctx.beforeFirstWrite?.()
    // force-unlock: the lock goes right before the first write, and the flow is read again.
    const current = outcome.unlock ? await unlockFlow(flow, outcome, ctx) : flow
    if (!current) return
    if (wantsDiff(ctx, false)) await attachDiff(current.id, outcome, ctx)
    await switchVersion(current, outcome, ctx)
  })
}

/**
 * Runs one part of a flow's promotion; a failure becomes the outcome's. The outcome is finished
 * once it has a status: a flow that passed its checks in a release waits for its write.
 */
async function settle<T>(
  outcome: FlowOutcome,
  ctx: PromotionContext,
  work: () => Promise<T | undefined>
): Promise<T | undefined> {
  const began = ctx.clock.now()
  const checks = outcome.checks.length
  try {
    return await work()
  } catch (err) {
    outcome.status = err instanceof ImportStillRunning ? 'timed-out' : 'failed'
    outcome.error = {
      ...toErrorInfo(err),
      message: outcome.error ? `${outcome.error.message}; ${errorMessage(err)}` : errorMessage(err)
    }
    return undefined
  } finally {
    logChecks(ctx.log, outcome.checks.slice(checks))
    if (outcome.status) {
      outcome.finishedAt = ctx.clock.now()
      logFinished(ctx.log, outcome, outcome.finishedAt - began)
    }
  }
}

/** What a reviewer sees beside the two ids: who made each version, and the diff of the flow files. */
async function planInsight(flowId: string, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  await readAuthors(flowId, outcome.versions.previous, outcome.versions.target!, outcome, ctx)
  if (wantsDiff(ctx, false)) await attachDiff(flowId, outcome, ctx)
}

/** The diff of what is live against the target (in apply, from the backup's exports where they exist). */
async function attachDiff(flowId: string, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  const { previous: live, target } = outcome.versions
  if (live !== undefined && target !== undefined) outcome.diff = await exportForDiff(flowId, live, target, outcome, ctx)
}

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof PlatformError) {
    return {
      message: err.describe(),
      code: err.code ?? err.networkCode,
      httpStatus: err.status,
      correlationId: err.correlationId
    }
  }
  if (err instanceof CheckFailedError) return { message: err.message, code: 'check.failed' }
  if (err instanceof BudgetExhaustedError) return { message: err.message, code: err.code }
  return { message: errorMessage(err) }
}
