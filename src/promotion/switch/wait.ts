import { PlatformError, errorMessage } from '../../model/errors.js'
import type { Flow, Operation, StartedOperation } from '../../model/port.js'
import type { PromotionContext } from '../platform/context.js'
import { describeOperation, isComplete } from '../platform/snapshot.js'
import { seconds, startWaiting } from '../platform/waiting.js'

export interface WaitResult {
  /** The last successful read of the flow (none when every poll failed until the timeout). */
  flow?: Flow
  /** Our operation as last seen, when the platform still shows it. */
  operation?: Operation
  timedOut: boolean
  /** The wait ended because the time budget did, before its own timeout. */
  byBudget?: boolean
  /** When the read that saw the operation complete returned. */
  seenAt?: number
  /**
   * The operation that took ours' place on the flow (another tool's validate, a checkout, a
   * person's publish): ours is no longer visible, and nothing public says whether it has ended.
   */
  replacedBy?: Operation
}

/**
 * Polls the flow until our publish operation is complete, or until the timeout. The first poll
 * comes after `pollIntervalMs`, later ones on the schedule of `nextPollDelayMs`; the last one is
 * made at the deadline, so the timeout is honoured without being overrun. Between polls the wait
 * says where it stands at least every 10 s (`startWaiting`).
 *
 * `currentOperation` is the flow's last operation by anyone: after ours, another actor's may
 * replace it. Then only the live version tells: the target live is done; anything else is read
 * again until the timeout, and never taken as proof that our publish failed.
 */
export async function waitForOperation(
  flowId: string,
  started: StartedOperation,
  previousOperationId: string | undefined,
  target: string,
  ctx: PromotionContext
): Promise<WaitResult> {
  const { clock } = ctx
  const waiting = startWaiting(
    ctx,
    `the publish of ${target} (operation ${started.id})`,
    started.actionStatus ?? 'started'
  )
  const { begun, byBudget, log } = waiting
  let last: Flow | undefined
  let replacedBy: Operation | undefined
  let lastState = started.actionStatus
  for (;;) {
    await waiting.untilNextPoll()
    let flow: Flow
    try {
      flow = await waiting.read(() => ctx.genesys.getFlow(flowId))
    } catch (err) {
      // The budget's end refuses the read: the wait is over; the publish may still land.
      if (err instanceof PlatformError && err.code === 'budget.exhausted')
        return { flow: last, timedOut: true, replacedBy, byBudget: true }
      const pending = `the publish of ${target} (operation ${started.id}) had started and may still complete: check the flow before running again`
      if (!(err instanceof PlatformError) || endsTheWait(err)) {
        throw err instanceof PlatformError
          ? err.withConsequence(pending)
          : new Error(`${errorMessage(err)}; ${pending}`)
      }
      // Reads are safe to repeat: a failed poll only costs time, until the deadline.
      log.warning(`Reading the flow failed (${err.describe()}); polling on until the timeout`)
      if (waiting.over()) return { flow: last, timedOut: true, replacedBy, byBudget }
      continue
    }
    const live = flow.publishedVersion
    if (live && live.id === undefined) {
      // A read that cannot say which version is live settles nothing: read again.
      log.warning('The flow read back without publishedVersion.id; polling on until the timeout')
      if (waiting.over()) return { flow: last, timedOut: true, replacedBy, byBudget }
      continue
    }
    last = flow
    const current = flow.currentOperation
    const ours = current?.id === started.id
    const replaced = current !== undefined && !ours && (current.id === undefined || current.id !== previousOperationId)
    if (replaced && !replacedBy) {
      replacedBy = current
      log.warning(`${describeOperation(current)} replaced ours on the flow; reading the live version until the timeout`)
    }
    if (ours && current.actionStatus !== lastState) {
      lastState = current.actionStatus
      log.info(`Operation ${started.id}: ${lastState ?? 'no state given'} after ${seconds(clock.now() - begun)}`)
    }
    if (ours) {
      if (isComplete(current)) {
        log.info(
          `${live?.id ? `${live.id} is live` : 'Nothing is live'} (read back after ${seconds(clock.now() - begun)})`
        )
        return { flow, operation: current, timedOut: false, seenAt: clock.now() }
      }
    } else if (live?.id === target && (replacedBy || !(current && isComplete(current) !== true))) {
      // The target is live. Another operation alone proves nothing (the platform may not show ours
      // yet), so without one replacing ours, nothing may still be running either.
      log.info(`${target} is live (read back after ${seconds(clock.now() - begun)})`)
      return { flow, timedOut: false, seenAt: clock.now(), replacedBy }
    }
    waiting.saw(readStatus(flow, ours, replacedBy))
    if (waiting.over()) return { flow, operation: ours ? current : undefined, timedOut: true, replacedBy, byBudget }
  }
}

/** What a poll saw, for the wait's progress line: our operation's state, or what stands in its place. */
function readStatus(flow: Flow, ours: boolean, replacedBy: Operation | undefined): string {
  if (ours) return flow.currentOperation?.actionStatus ?? 'no state given'
  const live = `${flow.publishedVersion?.id ?? 'no version'} live`
  return replacedBy
    ? `${live}, ${describeOperation(replacedBy)} in our operation's place`
    : `${live}, our operation not shown yet`
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
