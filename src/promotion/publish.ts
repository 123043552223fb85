import { PlatformError } from '../errors.js'
import type { Operation } from '../genesys/port.js'
import { DEFAULT_RETRY_POLICY, isAmbiguous, isTransient, retryDelayMs } from '../genesys/retry.js'
import type { PromotionContext } from './context.js'
import type { FlowOutcome } from './outcome.js'

/**
 * Starts the publish of `version`. The platform has no idempotency key for publish, so after an
 * ambiguous failure (no answer, an unreadable one, a 5xx) the request may have been accepted: the
 * flow is read again first, and an operation that started since is adopted instead of publishing
 * twice. A 409 to a repeated request may be our own first publish, found busy: the same rule.
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
      const repeatedAndBusy = retry > 0 && err instanceof PlatformError && err.status === 409
      if (!isAmbiguous(err) && !repeatedAndBusy) throw err
      ctx.log.warning(
        `The publish request failed without a clear answer (${err.describe()}); reading the flow before anything else`
      )
      const flow = await ctx.genesys.getFlow(flowId)
      const op = flow.currentOperation
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
