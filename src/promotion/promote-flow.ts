import { CheckFailedError, PlatformError, errorMessage } from '../model/errors.js'
import type { PromotionContext } from './context.js'
import type { ErrorInfo, FlowOutcome } from '../model/outcome.js'
import { findFlowIdByName, readFlow } from './resolve-flow.js'
import { takeSnapshot } from './snapshot.js'
import { switchVersion } from './switch.js'
import { backUp } from './backup.js'
import { ImportStillRunning } from './restore.js'
import { validate } from './validate.js'
import { checkDrift } from './drift.js'
import { unlockFlow } from './unlock.js'
import { exportForDiff, readAuthors, wantsDiff } from './insight.js'

/**
 * One flow, top to bottom: resolve, snapshot, validate, and (in apply mode) switch, wait, verify,
 * roll back. Never throws: whatever happens ends up in `outcome`, which the audit record reads.
 */
export async function promoteFlow(outcome: FlowOutcome, ctx: PromotionContext): Promise<FlowOutcome> {
  try {
    outcome.flowId ??= await findFlowIdByName(outcome.spec, ctx.genesys, outcome.checks)
    const flow = await readFlow(outcome.flowId, ctx.genesys, outcome.checks)
    outcome.snapshot = takeSnapshot(flow)
    outcome.flow = { id: flow.id, name: flow.name, type: flow.type?.toLowerCase(), division: outcome.snapshot.division }
    outcome.versions.previous = flow.publishedVersion?.id
    outcome.versions.published = flow.publishedVersion?.id

    if (ctx.settings.mode === 'check') {
      await checkDrift(flow, outcome, ctx)
    } else if ((await validate(flow, outcome, ctx)) === 'unchanged') {
      outcome.status = 'unchanged'
    } else if (ctx.settings.mode === 'plan') {
      outcome.status = 'planned'
      await planInsight(flow.id, outcome, ctx)
    } else if ((await backUp(flow, outcome, ctx)) === 'unchanged') {
      outcome.status = 'unchanged'
    } else {
      // force-unlock: the lock goes right before the first write, and the flow is read again.
      const current = outcome.unlock ? await unlockFlow(flow, outcome, ctx) : flow
      if (current) {
        if (wantsDiff(ctx, false)) await attachDiff(current.id, outcome, ctx)
        await switchVersion(current, outcome, ctx)
      }
    }
  } catch (err) {
    outcome.status = err instanceof ImportStillRunning ? 'timed-out' : 'failed'
    outcome.error = {
      ...toErrorInfo(err),
      message: outcome.error ? `${outcome.error.message}; ${errorMessage(err)}` : errorMessage(err)
    }
  } finally {
    outcome.finishedAt = ctx.clock.now()
  }
  return outcome
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
  return { message: errorMessage(err) }
}
