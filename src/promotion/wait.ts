import { PlatformError, errorMessage } from '../model/errors.js'
import type { Flow, Operation } from '../model/port.js'
import type { PromotionContext } from './context.js'
import { nextPollDelayMs } from './poll-schedule.js'

export interface WaitResult {
  /** The last successful read of the flow (none when every poll failed until the timeout). */
  flow?: Flow
  /** Our operation as last seen, when the platform still shows it. */
  operation?: Operation
  timedOut: boolean
  /** When the read that saw the operation complete returned. */
  seenAt?: number
}

/**
 * Polls the flow until our publish operation is complete, or until the timeout. The first poll
 * comes after `pollIntervalMs`, later ones on the schedule of `nextPollDelayMs`; the last one is
 * made at the deadline, so the timeout is honoured without being overrun.
 */
export async function waitForOperation(
  flowId: string,
  operationId: string,
  target: string,
  ctx: PromotionContext
): Promise<WaitResult> {
  const { clock } = ctx
  const started = clock.now()
  const deadline = started + ctx.settings.waitTimeoutMs
  let last: Flow | undefined
  for (;;) {
    const now = clock.now()
    const delay = Math.min(nextPollDelayMs(now - started, ctx.settings.pollIntervalMs), Math.max(0, deadline - now))
    await clock.sleep(delay)
    let flow: Flow
    try {
      flow = await ctx.genesys.getFlow(flowId)
    } catch (err) {
      const pending = `the publish of ${target} (operation ${operationId}) had started and may still complete: check the flow before running again`
      if (!(err instanceof PlatformError) || endsTheWait(err)) {
        throw err instanceof PlatformError
          ? err.withConsequence(pending)
          : new Error(`${errorMessage(err)}; ${pending}`)
      }
      // Reads are safe to repeat: a failed poll only costs time, until the deadline.
      ctx.log.warning(`Reading the flow failed (${err.describe()}); polling on until the timeout`)
      if (clock.now() >= deadline) return { flow: last, timedOut: true }
      continue
    }
    last = flow
    const current = flow.currentOperation
    if (current?.id === operationId) {
      if (current.complete) return { flow, operation: current, timedOut: false, seenAt: clock.now() }
    } else if (flow.publishedVersion?.id === target && !(current && !current.complete)) {
      // The flow shows another operation (or none) but the target is live and nothing runs: done.
      // Another operation alone proves nothing: the platform may not show ours yet.
      return { flow, timedOut: false, seenAt: clock.now() }
    }
    if (clock.now() >= deadline)
      return { flow, operation: current?.id === operationId ? current : undefined, timedOut: true }
  }
}

/**
 * Failures that polling on cannot cure: the platform refused us (401 after a fresh login, 403),
 * the flow is gone (404, 410), or it asked for a pause longer than the action waits.
 */
function endsTheWait(err: PlatformError): boolean {
  if (err.status === undefined) return false
  if (err.status === 429) return true
  return err.status >= 400 && err.status < 500
}
