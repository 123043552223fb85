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
  /**
   * Ours was hidden, the operation that hid it had ended, and the live version was still the one
   * live before the publish for `HIDDEN_PUBLISH_SETTLE_MS` after that: the publish is taken as
   * ignored (only when `liveBefore` was given).
   */
  presumedIgnored?: boolean
}

/**
 * How long the live version must stay where it was, once the operation that hid ours has ended,
 * before a hidden publish is taken as ignored (docs/platform.md#publish-and-currentoperation).
 * A publish usually takes seconds; the live version changes with its SUCCESS.
 */
export const HIDDEN_PUBLISH_SETTLE_MS = 15_000

export interface WaitOptions {
  /**
   * The version live before the publish (`id` undefined: none). Given, a hidden publish after
   * which it stays live, once the operation that hid ours has ended, ends the wait as
   * `presumedIgnored` instead of at the timeout: what `rollback-strategy: auto` restores on.
   */
  liveBefore?: { id: string | undefined }
}

/**
 * Polls the flow until our publish operation is complete, or until the timeout. The first poll
 * comes after `pollIntervalMs`, later ones on the schedule of `nextPollDelayMs`; the last one is
 * made at the deadline, so the timeout is honoured without being overrun. Between polls the wait
 * says where it stands at least every 10 s (`startWaiting`).
 *
 * `currentOperation` is the flow's last operation by anyone: after ours, another actor's may
 * replace it. Then only the live version tells: the target live is done; anything else is read
 * again until the timeout, and never taken as proof that our publish failed. With `liveBefore`,
 * the version live before staying live for the settle time after the other operation ended is
 * taken as our publish ignored (it cannot be told from a publish that failed out of sight; a
 * restore of the same content is the remedy for both, and harmless if ours lands late).
 */
export async function waitForOperation(
  flowId: string,
  started: StartedOperation,
  previousOperationId: string | undefined,
  target: string,
  ctx: PromotionContext,
  options: WaitOptions = {}
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
  /** Since when the operation that hid ours has been seen ended with the live version unmoved. */
  let unmovedSince: number | undefined
  for (;;) {
    // Once our publish looks ignored, the next poll comes no later than the settle time's end.
    await waiting.untilNextPoll(unmovedSince === undefined ? undefined : unmovedSince + HIDDEN_PUBLISH_SETTLE_MS)
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
    const before = options.liveBefore
    const unmoved = before !== undefined && replacedBy !== undefined && !ours && live?.id === before.id
    if (!unmoved || !current || isComplete(current) !== true) unmovedSince = undefined
    else if (unmovedSince === undefined) {
      unmovedSince = clock.now()
      log.info(
        `${describeOperation(current)} has ended and ${before.id ? `version ${before.id}` : 'no version'} is still live: taking our publish as ignored if nothing moves for ${HIDDEN_PUBLISH_SETTLE_MS / 1000} s`
      )
    } else if (clock.now() - unmovedSince >= HIDDEN_PUBLISH_SETTLE_MS) {
      return { flow, timedOut: false, seenAt: clock.now(), replacedBy, presumedIgnored: true }
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
