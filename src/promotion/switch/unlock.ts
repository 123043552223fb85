import { CheckFailedError, isAmbiguous } from '../../model/errors.js'
import type { FlowOutcome } from '../../model/outcome.js'
import type { PromotionContext } from '../platform/context.js'
import { readFlow, type ReadFlow } from '../platform/resolve-flow.js'
import { rollBack } from './switch.js'
import { checkFree, validate } from '../checks/validate.js'
import { requireTimeFor } from '../platform/time-left.js'

/**
 * force-unlock, right before the flow's first write (after every check and the backup): unlock,
 * read the flow again, and record what the unlock made. Unlocking checks the holder's saved draft
 * in as a new version (help center), and is reported to publish it too (Terraform's docs): a live
 * version that moved is a wrong version gone live after our write, rolled back from the backup.
 * Answers the flow as it is now to go on with, or undefined when the outcome is final.
 */
export async function unlockFlow(
  flow: ReadFlow,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<ReadFlow | undefined> {
  const unlock = outcome.unlock!
  // The unlock is a write, and the publish that follows it must still fit.
  requireTimeFor(ctx, 'the unlock and the publish after it', ctx.settings.waitTimeoutMs)
  ctx.log.warning(`Unlocking the flow, held by ${unlock.heldBy} (force-unlock)`)
  try {
    await ctx.genesys.unlock(flow.id)
  } catch (err) {
    // An answer lost on the way may hide an unlock that happened: read the flow and judge by it.
    if (!isAmbiguous(err)) throw err
    ctx.log.warning(`The unlock got no clear answer (${err.describe()}): reading the flow to see what it did`)
  }
  unlock.unlocked = true
  const after = await readFlow(flow.id, ctx.genesys, [])
  const checkedIn = after.checkedInVersion?.id
  if (checkedIn !== undefined && checkedIn !== flow.checkedInVersion?.id) unlock.checkedIn = checkedIn

  const previous = outcome.versions.previous
  const live = after.publishedVersion?.id
  if (live !== previous) {
    unlock.published = live
    outcome.versions.published = live
    const reason = `the unlock put ${live ? `version ${live}` : 'no version'} live (the holder's draft, checked in)`
    if (!previous) {
      outcome.status = 'failed'
      outcome.rollback = { attempted: false, status: 'not-possible' }
      outcome.error = { message: `${reason}; no version was live before the run, so there is nothing to roll back to` }
      return undefined
    }
    if (!ctx.settings.autoRollback) {
      outcome.status = 'failed'
      outcome.error = { message: `${reason}; auto-rollback is off, so it stays` }
      return undefined
    }
    await rollBack(flow.id, previous, reason, outcome, ctx)
    return undefined
  }

  // The checks again, on the flow as it is now: what was checked before the unlock may have moved.
  const before = outcome.checks.length
  try {
    // Never 'unchanged': the live version is still the previous one, which is not the target.
    // A flow file is checked against the file, which the unlock's check-in does not change.
    if (outcome.spec.flowFile) checkFree(after, outcome, ctx)
    else await validate(after, outcome, ctx)
  } catch (err) {
    if (err instanceof CheckFailedError) err.message = `after the unlock: ${err.message}`
    throw err
  } finally {
    for (const check of outcome.checks.slice(before)) check.name = `${check.name} (after the unlock)`
  }
  return after
}
