import type { Operation } from '../model/port.js'
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../http/retry.js'
import { isAmbiguous, isTransient } from '../model/errors.js'
import type { PromotionContext } from './context.js'
import type { FlowOutcome } from '../model/outcome.js'

/**
 * Starts the publish of `version`. The platform has no idempotency key for publish, so after an
 * ambiguous failure (no answer, an unreadable one, a 5xx) the request may have been accepted: the
 * flow is read again first, and an operation that started since is adopted instead of publishing
 * twice. An operation a user or another OAuth client started is never adopted.
 */
export async function startPublish(
  flowId: string,
  version: string,
  previousOperationId: string | undefined,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<Operation> {
  const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: ctx.settings.maxRetries }
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
      if (op && op.id !== previousOperationId && !startedByUs(op, ctx.settings.clientId)) {
        throw err.withConsequence(
          `operation ${op.id} (${op.actionName ?? 'flow'}, by ${op.user?.name ?? op.client?.name ?? op.client?.id ?? 'someone else'}) now runs on the flow and was not adopted: it may not be ours. It may still complete: check the flow before running again`
        )
      }
      if (op && op.id !== previousOperationId && op.actionName === 'PUBLISH') {
        outcome.notes.push(
          `The publish request failed without a clear answer, but operation ${op.id} had started: adopted it instead of publishing again.`
        )
        return op
      }
      const nothingStarted = 'the flow shows no new operation: nothing was published'
      if (!isTransient(err) || retry >= policy.maxRetries) throw err.withConsequence(nothingStarted)
      const delay = retryDelayMs(err, retry + 1, policy, ctx.clock.random)
      outcome.trace.retries += 1
      outcome.trace.waitedMs += delay
      await ctx.clock.sleep(delay)
    }
  }
}

/** A user's operation, or another OAuth client's, is not ours; one without either may be. */
function startedByUs(op: Operation, clientId: string): boolean {
  if (op.user) return false
  return op.client?.id === undefined || op.client.id === clientId
}
