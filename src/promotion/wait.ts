import type { Flow, Operation } from '../genesys/port.js'
import type { PromotionContext } from './context.js'
import { nextPollDelayMs } from './poll-schedule.js'

export interface WaitResult {
  /** The last read of the flow. */
  flow: Flow
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
  for (;;) {
    const now = clock.now()
    const delay = Math.min(nextPollDelayMs(now - started, ctx.settings.pollIntervalMs), Math.max(0, deadline - now))
    await clock.sleep(delay)
    const flow = await ctx.genesys.getFlow(flowId)
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
