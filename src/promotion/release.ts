import { errorMessage } from '../model/errors.js'
import { isFailure, type FlowOutcome, type StageProgress } from '../model/outcome.js'
import type { ReleasePlan } from '../model/plan.js'
import type { PromotionContext } from './context.js'
import { promoteFlow, toErrorInfo } from './promote-flow.js'
import { findFlowIdByName } from './resolve-flow.js'
import { rollBack } from './switch.js'

/**
 * Runs the stages in order. In apply mode a failure stops the later stages (their flows are
 * reported as not run); with `atomic`, every flow this run switched is then rolled back, newest
 * first. A plan evaluates every flow, so the pull request shows every problem at once.
 */
export async function runRelease(
  plan: ReleasePlan,
  stages: StageProgress[],
  contextFor: (outcome: FlowOutcome) => PromotionContext
): Promise<void> {
  const all = stages.flatMap((s) => s.outcomes)
  const mode = contextFor(all[0]!).settings.mode
  if (all.length > 1 && all.some((o) => !o.flowId)) {
    const resolved = await resolveNames(all, plan.concurrency, contextFor)
    if (!resolved && mode === 'apply') return
  }
  const switchedInOrder: FlowOutcome[] = []
  for (const stage of stages) {
    let stop = false
    await forEachConcurrently(stage.outcomes, plan.concurrency, async (outcome) => {
      if (stop || outcome.status) return
      const ctx = contextFor(outcome)
      await promoteFlow(outcome, ctx)
      if (outcome.status === 'switched') switchedInOrder.push(outcome)
      if (isFailure(outcome.status) && ctx.settings.mode === 'apply' && plan.atomic) stop = true
    })
    const failed = stage.outcomes.some((o) => isFailure(o.status))
    if (failed && mode === 'apply') {
      if (plan.atomic) await rollBackRelease(switchedInOrder, contextFor)
      return
    }
  }
}

/**
 * Looks up every flow named in the release before anything is written, so that one flow listed
 * twice (by id and by name, or under two names) is refused before any write. Answers false when a
 * name does not resolve or a flow repeats; those flows are marked failed.
 */
async function resolveNames(
  all: FlowOutcome[],
  concurrency: number,
  contextFor: (outcome: FlowOutcome) => PromotionContext
): Promise<boolean> {
  await forEachConcurrently(
    all.filter((o) => !o.flowId),
    concurrency,
    async (outcome) => {
      const ctx = contextFor(outcome)
      try {
        outcome.flowId = await findFlowIdByName(outcome.spec, ctx.genesys, outcome.checks)
      } catch (err) {
        outcome.status = 'failed'
        outcome.error = toErrorInfo(err)
        outcome.finishedAt = ctx.clock.now()
      }
    }
  )
  const first = new Map<string, FlowOutcome>()
  for (const outcome of all) {
    if (!outcome.flowId) continue
    const key = outcome.flowId.toLowerCase()
    const earlier = first.get(key)
    if (!earlier) {
      first.set(key, outcome)
      continue
    }
    for (const duplicate of [earlier, outcome]) {
      duplicate.status = 'failed'
      duplicate.error = {
        message: `flow ${outcome.flowId} is listed twice in the manifest (${label(earlier)} and ${label(outcome)}); nothing was published`,
        code: 'duplicate.flow'
      }
      duplicate.finishedAt = contextFor(duplicate).clock.now()
    }
  }
  return !all.some((o) => o.status === 'failed')
}

function label(outcome: FlowOutcome): string {
  return outcome.spec.flowName ? `"${outcome.spec.flowName}" (${outcome.spec.flowType})` : `id ${outcome.spec.flowId}`
}

/** Undoes every switch of this run, newest first, each verified by reading back. */
async function rollBackRelease(
  switchedInOrder: FlowOutcome[],
  contextFor: (outcome: FlowOutcome) => PromotionContext
): Promise<void> {
  for (const outcome of [...switchedInOrder].reverse()) {
    const ctx = contextFor(outcome)
    const version = outcome.spec.rollbackVersion ?? outcome.versions.previous
    if (!version) {
      outcome.status = 'failed'
      outcome.rollback = { attempted: false, status: 'not-possible' }
      outcome.error = {
        message:
          'another flow of this atomic release failed, and no version of this flow was live before the run: nothing to roll back to'
      }
      continue
    }
    try {
      await rollBack(outcome.flow!.id, version, 'another flow of this atomic release failed', outcome, ctx)
    } catch (err) {
      outcome.error = { message: `${outcome.error?.message}: ${errorMessage(err)}` }
    }
    outcome.finishedAt = ctx.clock.now()
  }
}

async function forEachConcurrently<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await work(items[next++]!)
  })
  await Promise.all(workers)
}
