import { CheckFailedError, PlatformError, errorMessage } from '../model/errors.js'
import type { PromotionContext } from './context.js'
import type { ErrorInfo, FlowOutcome } from '../model/outcome.js'
import { findFlowIdByName, readFlow } from './resolve-flow.js'
import { takeSnapshot } from './snapshot.js'
import { switchVersion } from './switch.js'
import { backUp } from './backup.js'
import { ImportStillRunning } from './restore.js'
import { validate } from './validate.js'

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

    if ((await validate(flow, outcome, ctx)) === 'unchanged') {
      outcome.status = 'unchanged'
    } else if (ctx.settings.mode === 'plan') {
      outcome.status = 'planned'
    } else if ((await backUp(flow, outcome, ctx)) === 'unchanged') {
      outcome.status = 'unchanged'
    } else {
      await switchVersion(flow, outcome, ctx)
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
