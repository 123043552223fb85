import type { Operation, StartedOperation } from '../../model/port.js'
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../../http/retry.js'
import { isAmbiguous, isTransient } from '../../model/errors.js'
import type { PromotionContext } from '../platform/context.js'
import { requireTimeFor } from '../platform/time-left.js'
import type { FlowOutcome } from '../../model/outcome.js'

/**
 * Starts the publish of `version`. The platform has no idempotency key for publish, so after an
 * ambiguous failure (no answer, an unreadable one, a 5xx) the request may have been accepted: the
 * flow is read again first, and an operation that started since is adopted instead of publishing
 * twice. An operation a user or another OAuth client started, or one without an id, is never
 * adopted.
 */
export async function startPublish(
  flowId: string,
  version: string,
  previousOperationId: string | undefined,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<StartedOperation> {
  const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: ctx.settings.maxRetries }
  requireTimeFor(ctx, `the publish of ${version}`, ctx.settings.waitTimeoutMs)
  for (let retry = 0; ; retry++) {
    try {
      return await ctx.genesys.publish(flowId, version)
    } catch (err) {
      if (!isAmbiguous(err)) throw err
      ctx.log.warning(
        `The publish request failed without a clear answer (${err.describe()}); reading the flow before anything else`
      )
      const flow = await ctx.genesys.getFlow(flowId)
      const op = flow.currentOperation
      const isNew = op !== undefined && (op.id === undefined || op.id !== previousOperationId)
      if (isNew && (op.id === undefined || !startedByUs(op, ctx.settings.clientId))) {
        throw err.withConsequence(
          `operation ${op.id ?? '(no id)'} (${op.actionName ?? 'flow'}, by ${op.user?.name ?? op.client?.name ?? op.client?.id ?? 'someone else'}) now runs on the flow and was not adopted: it may not be ours. It may still complete: check the flow before running again`
        )
      }
      if (isNew && op.actionName === 'PUBLISH') {
        outcome.notes.push(
          `The publish request failed without a clear answer, but operation ${op.id} had started: adopted it instead of publishing again.`
        )
        return { ...op, id: op.id! }
      }
      const nothingStarted = 'the flow shows no new operation: nothing was published'
      if (!isTransient(err) || retry >= policy.maxRetries) throw err.withConsequence(nothingStarted)
      const delay = retryDelayMs(err, retry + 1, policy, ctx.clock.random)
      // The publish again must fit the time budget as the first did.
      requireTimeFor(ctx, `the publish of ${version} again`, delay + ctx.settings.waitTimeoutMs)
      outcome.trace.retries += 1
      outcome.trace.waitedMs += delay
      await ctx.clock.sleep(delay)
    }
  }
}

/**
 * A user's operation (`user: {}` included), or another OAuth client's, is not ours; nor is one by
 * a client the platform does not name. One that names neither may be.
 */
function startedByUs(op: Operation, clientId: string): boolean {
  if (op.user) return false
  return op.client === undefined || op.client.id === clientId
}
