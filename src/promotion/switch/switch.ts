import type { FlowOutcome, RestoreInfo } from '../../model/outcome.js'
import type { Operation } from '../../model/port.js'
import type { PromotionContext } from '../platform/context.js'
import { startPublish } from './publish.js'
import type { ReadFlow } from '../platform/resolve-flow.js'
import { restoreVersion, type Restored } from '../restore/restore.js'
import { describeOperation } from '../platform/snapshot.js'
import { HIDDEN_PUBLISH_SETTLE_MS, waitForOperation } from './wait.js'

/**
 * Publishes the target, waits for the operation, and verifies by reading back which version is
 * live: a 200 from publish proves nothing (the platform answers 200 even for a version it will not
 * publish). Rolls back when the live version moved to something other than the target.
 */
export async function switchVersion(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  const target = outcome.versions.target!
  const previous = outcome.versions.previous
  const seconds = Math.round(ctx.settings.waitTimeoutMs / 1000)
  const strategy = ctx.settings.rollbackStrategy
  // Publishing an id other than the checked-in one may change nothing (docs/platform.md).
  const pinnedOther = target !== flow.checkedInVersion?.id

  outcome.publishRequestedAt = ctx.clock.now()
  if (pinnedOther && strategy === 'restore')
    return promoteByRestore(flow.id, target, 'rollback-strategy is restore', outcome, ctx)
  const started = await startPublish(flow.id, target, flow.currentOperation?.id, outcome, ctx)
  outcome.operation = { id: started.id, actionStatus: started.actionStatus }
  ctx.log.info(`Publishing ${target} (operation ${started.id})`)

  // Only a publish the restore way can follow may be taken as ignored while hidden.
  const restorable = pinnedOther && strategy === 'auto'
  const waited = await waitForOperation(
    flow.id,
    started,
    flow.currentOperation?.id,
    target,
    ctx,
    restorable ? { liveBefore: { id: previous } } : {}
  )
  const op = waited.operation
  if (op) {
    outcome.operation = {
      id: op.id ?? started.id,
      actionStatus: op.actionStatus,
      errorCode: op.errorCode,
      errorMessage: op.errorMessage
    }
  }
  const live = waited.flow?.publishedVersion?.id
  outcome.versions.published = live

  if (waited.timedOut && waited.replacedBy) {
    // Ours is out of sight: whether it ended, and how, cannot be told. Never a rollback on that.
    outcome.status = 'timed-out'
    outcome.error = {
      message: `${describeOperation(waited.replacedBy)} replaced ours (${started.id}) on the flow, and ${describe(live)} is live after ${seconds} s; the publish of ${target} may still land, so nothing was rolled back`
    }
    return
  }

  if (waited.timedOut) {
    outcome.status = 'timed-out'
    const when = waited.byBudget ? 'when the time budget (time-budget-minutes) ran out' : `after ${seconds} s`
    outcome.error = {
      message: `the publish of ${target} was still running ${when} (operation ${started.id}, ${op?.actionStatus ?? 'state unknown'}); it may still complete, so nothing was rolled back`
    }
    return
  }

  const failed = op?.actionStatus === 'FAILURE'
  if (live === target) {
    outcome.status = 'switched'
    outcome.verifiedAt = waited.seenAt
    if (failed) outcome.notes.push(`The operation reported FAILURE, but ${target} is live (read back).`)
    if (waited.replacedBy)
      outcome.notes.push(
        `${describeOperation(waited.replacedBy)} replaced ours on the flow; ${target} is live (read back).`
      )
    return
  }

  if (live === previous && !failed && restorable) {
    const why = waited.presumedIgnored
      ? hiddenAndIgnored(target, waited.replacedBy!, live)
      : `publishing ${target} by its id changed nothing (${describe(previous)} is still live)`
    return promoteByRestore(flow.id, target, why, outcome, ctx)
  }

  if (live === previous) {
    outcome.status = 'failed'
    outcome.error = failed
      ? {
          message: `the publish of ${target} failed: ${[op?.errorCode, op?.errorMessage].filter(Boolean).join(': ') || 'no reason given'}; ${describe(previous)} is still live`,
          code: op?.errorCode
        }
      : {
          message: `the publish of ${target} reported ${op?.actionStatus ?? 'completion'}, but ${describe(previous)} is still live: nothing changed (the platform answers 200 even for versions it does not publish)`
        }
    return
  }

  await rollBackMoved(flow.id, `the publish of ${target} left ${describe(live)} live instead`, outcome, ctx)
}

/** A write put something else than the target live: roll back, when allowed and possible. */
async function rollBackMoved(flowId: string, moved: string, outcome: FlowOutcome, ctx: PromotionContext) {
  const rollbackTarget = outcome.spec.rollbackVersion ?? outcome.versions.previous
  if (!ctx.settings.autoRollback) {
    outcome.status = 'failed'
    outcome.error = { message: `${moved}; auto-rollback is off, so it stays` }
    return
  }
  if (!rollbackTarget) {
    outcome.status = 'failed'
    outcome.rollback = { attempted: false, status: 'not-possible' }
    outcome.error = { message: `${moved}; no version was live before the run, so there is nothing to roll back to` }
    return
  }
  await rollBack(flowId, rollbackTarget, moved, outcome, ctx)
}

/** Puts the target's content live through a restore; content other than the target's is rolled back. */
async function promoteByRestore(
  flowId: string,
  target: string,
  why: string,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<void> {
  ctx.log.info(`${why}: restoring the content of ${target} as a new version`)
  // Leads the error of a restore that fails; a verified restore clears it.
  outcome.error = { message: `${why}; restoring the content of ${target}` }
  const restored = await restoreVersion(flowId, target, outcome, ctx)
  outcome.versions.published = restored.live
  outcome.restore = restoreInfo(restored)
  outcome.error = undefined
  if (restored.verified) {
    outcome.versions.restoredFrom = target
    outcome.status = 'switched'
    outcome.verifiedAt = ctx.clock.now()
    outcome.notes.push(`${why}: the content of ${target} is live as version ${restored.live}, verified by content.`)
    return
  }
  await rollBackMoved(
    flowId,
    `the restore of ${target} left ${describe(restored.live)} live, with other content than ${target}'s`,
    outcome,
    ctx
  )
}

function restoreInfo(restored: Restored): RestoreInfo {
  const { from, version, exportJobId, importJobId, fileSha256 } = restored
  return { from, version, exportJobId, importJobId, fileSha256 }
}

/**
 * Publishes `version` again, waits and verifies by reading back; the outcome says whether it held.
 * `reason` says why, and leads the outcome's error message either way.
 */
export async function rollBack(
  flowId: string,
  version: string,
  reason: string,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<void> {
  const started = ctx.clock.now()
  const strategy = ctx.settings.rollbackStrategy
  // The rollback may use the time kept back for it.
  ctx = { ...ctx, settings: { ...ctx.settings, rollingBack: true } }
  outcome.rollback = { attempted: true, version }
  outcome.status = 'failed'
  outcome.error = { message: `${reason}; rolling back to ${version}` }
  ctx.log.warning(`${reason}: rolling back to ${version}`)
  try {
    if (strategy !== 'restore') {
      const liveBefore = { id: outcome.versions.published }
      const op = await startPublish(flowId, version, outcome.operation?.id, outcome, ctx)
      const waited = await waitForOperation(flowId, op, outcome.operation?.id, version, ctx, {
        liveBefore: strategy === 'auto' ? liveBefore : undefined
      })
      const live = waited.flow?.publishedVersion?.id
      outcome.versions.published = live
      outcome.rollback.durationMs = (waited.seenAt ?? ctx.clock.now()) - started
      if (!waited.timedOut && live === version) {
        outcome.rollback.status = 'restored'
        outcome.status = 'rolled-back'
        outcome.error = { message: `${reason}; rolled back: ${version} is live again (read back)` }
        return
      }
      if (strategy === 'republish' || waited.timedOut) {
        outcome.rollback.status = 'failed'
        const late = waited.timedOut
          ? ` (the rollback, operation ${op.id}, was still running at the timeout and may still complete)`
          : ''
        outcome.error = {
          message: `${reason}; the rollback to ${version} did not hold: ${describe(live)} is live${late}`
        }
        return
      }
      ctx.log.warning(
        waited.presumedIgnored
          ? `${hiddenAndIgnored(version, waited.replacedBy!, live)}: restoring its content`
          : `Publishing ${version} by its id did not put it back (${describe(live)} is live): restoring its content`
      )
    }
    const restored = await restoreVersion(flowId, version, outcome, ctx)
    outcome.versions.published = restored.live
    outcome.restore = restoreInfo(restored)
    outcome.rollback.durationMs = ctx.clock.now() - started
    if (restored.verified) {
      outcome.versions.restoredFrom = version
      outcome.rollback.status = 'restored'
      outcome.status = 'rolled-back'
      outcome.error = {
        message: `${reason}; rolled back: the content of ${version} is live again as version ${restored.live} (restored, verified by content)`
      }
      return
    }
    outcome.rollback.status = 'failed'
    outcome.error = {
      message: `${reason}; the rollback to ${version} did not hold: the restore left ${describe(restored.live)} live with other content`
    }
  } catch (err) {
    outcome.rollback.status = 'failed'
    throw err
  }
}

/** Why a publish hidden by another actor's operation is taken as ignored (waitForOperation). */
function hiddenAndIgnored(version: string, hiddenBy: Operation, live: string | undefined): string {
  return `${describeOperation(hiddenBy)} hid our publish of ${version} and has ended, and ${describe(live)} was still live ${Math.round(HIDDEN_PUBLISH_SETTLE_MS / 1000)} s later: the publish is taken as ignored`
}

function describe(version: string | undefined): string {
  return version ? `version ${version}` : 'no version'
}
