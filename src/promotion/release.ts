import { errorMessage } from '../model/errors.js'
import { isFailure, type FlowOutcome, type StageProgress } from '../model/outcome.js'
import type { ReleasePlan } from '../model/plan.js'
import type { Log, PromotionContext } from './platform/context.js'
import { restoring } from './flow-files/deploy-file.js'
import type { FlowReads } from './platform/flow-reads.js'
import { checkFlow, promoteFlow, recheckFlow, toErrorInfo, writeFlow } from './promote-flow.js'
import type { ReadFlow } from './platform/resolve-flow.js'
import { findFlowIdByName } from './platform/resolve-flow.js'
import { rollBack } from './switch/switch.js'
import { watchHealth } from './gate/gate.js'
import { validateAgainIfMoved, validateBeforeWrites } from './checks/validation.js'

/**
 * Runs a release. A plan or a check evaluates every flow, so the pull request shows every problem
 * at once. Apply first checks every flow of every stage, writing nothing (the preflight), then has
 * the platform validate every version it would publish, in one job: one flow that fails refuses
 * the whole release. Then stage by stage, each flow is read again right before its first write
 * (state moves between) and written. A failure stops the later stages (their flows are reported as
 * not run); with `atomic`, every flow this run switched is then rolled back, newest first. With
 * the health gate on, each stage's switched flows are watched together before the next stage
 * starts; a failed gate stops the release and, unless `health-gate-on-fail` says otherwise, rolls
 * it back as an atomic release does.
 */
export async function runRelease(
  plan: ReleasePlan,
  stages: StageProgress[],
  contextFor: (outcome: FlowOutcome) => PromotionContext,
  log: Log,
  reads?: FlowReads,
  /** The run's own context, for what serves every flow at once (the validate job). */
  run: PromotionContext = contextFor(stages[0]!.outcomes[0]!)
): Promise<void> {
  const all = stages.flatMap((s) => s.outcomes)
  const mode = contextFor(all[0]!).settings.mode
  if (all.length === 1) {
    await promoteFlow(all[0]!, contextFor(all[0]!))
    return
  }
  log.info(
    `Release of ${all.length} flows in ${stages.length} ${stages.length === 1 ? 'stage' : 'stages'}, ${plan.concurrency} at a time${plan.atomic ? ', atomic' : ''}`
  )
  if (all.some((o) => !o.flowId)) {
    const resolved = await resolveNames(all, plan.concurrency, contextFor)
    if (!resolved && mode === 'apply') return refuse(all)
  }

  // Every flow, read in as few requests as the lookup allows, and checked.
  const toWrite = new Map<FlowOutcome, ReadFlow>()
  await inGroup(
    log,
    mode === 'apply' ? `Checks of all ${all.length} flows, before any write` : `${all.length} flows`,
    async () => {
      await reads?.prime(all.filter((o) => o.flowId && !o.status).map((o) => o.flowId!))
      await forEachConcurrently(all, plan.concurrency, async (outcome) => {
        if (outcome.status) return
        const flow = await checkFlow(outcome, contextFor(outcome))
        if (flow) toWrite.set(outcome, flow)
      })
    }
  )
  if (mode === 'plan') await validateBeforeWrites(all, (o) => o.status === 'planned', run, contextFor)
  if (mode !== 'apply') return
  if (!all.some((o) => isFailure(o.status))) await validateBeforeWrites(all, (o) => toWrite.has(o), run, contextFor)
  if (all.some((o) => isFailure(o.status))) {
    const failing = all.filter((o) => isFailure(o.status)).length
    log.warning(`The release was refused: ${failing} of ${all.length} flows fail their checks, so nothing was written`)
    return refuse(all)
  }

  const switchedInOrder: FlowOutcome[] = []
  for (const [i, stage] of stages.entries()) {
    let stop = false
    log.startGroup?.(
      `Stage ${i + 1}/${stages.length}: ${stage.name} (${stage.outcomes.length} ${stage.outcomes.length === 1 ? 'flow' : 'flows'})`
    )
    await forEachConcurrently(stage.outcomes, plan.concurrency, async (outcome) => {
      if (stop || !toWrite.has(outcome)) return
      const ctx = contextFor(outcome)
      const write = async () => {
        const flow = await recheckFlow(outcome, ctx)
        if (flow && (await validateAgainIfMoved(outcome, ctx))) await writeFlow(flow, outcome, ctx)
      }
      await (reads ? reads.during(write) : write())
      if (outcome.status === 'switched') switchedInOrder.push(outcome)
      if (isFailure(outcome.status) && plan.atomic) stop = true
    }).finally(() => log.endGroup?.())
    const failed = stage.outcomes.some((o) => isFailure(o.status))
    // An atomic release that already failed rolls back at once: no watch first.
    if (!(failed && plan.atomic)) await gateStage(stage.outcomes, contextFor, log)
    if (stage.outcomes.some((o) => isFailure(o.status))) {
      const gate = stage.outcomes.find((o) => o.healthGate?.verdict === 'failed')?.healthGate?.onFail
      const undo = switchedInOrder.filter((o) => o.status === 'switched')
      if ((gate === 'rollback' || (plan.atomic && gate !== 'fail')) && undo.length) {
        const why =
          gate === 'rollback'
            ? 'a flow of this release failed its health gate'
            : 'another flow of this atomic release failed'
        await inGroup(
          log,
          `${gate === 'rollback' ? 'Health gate' : 'Atomic'}: rolling back the ${undo.length} flows this run switched`,
          () => rollBackRelease(undo, contextFor, why)
        )
      }
      return
    }
  }
}

/** Watches every flow a stage switched, together, before the next stage starts (the health gate). */
async function gateStage(
  outcomes: FlowOutcome[],
  contextFor: (outcome: FlowOutcome) => PromotionContext,
  log: Log
): Promise<void> {
  const switched = outcomes.filter((o) => o.status === 'switched')
  if (!switched.length || !contextFor(switched[0]!).settings.healthGate) return
  await inGroup(
    log,
    `Health gate: watching the ${switched.length} ${switched.length === 1 ? 'flow' : 'flows'} this stage switched`,
    () => Promise.all(switched.map((o) => watchHealth(o, contextFor(o)))).then(() => undefined)
  )
}

/** The release fails its preflight: nothing is written, and every flow that passed says why it did not run. */
function refuse(all: FlowOutcome[]): void {
  const failing = all.filter((o) => isFailure(o.status)).length
  for (const outcome of all) {
    if (outcome.status) continue
    outcome.notes.push(
      `Not run: ${failing} ${failing === 1 ? 'flow' : 'flows'} of the release ${failing === 1 ? 'fails its' : 'fail their'} checks, so nothing was written.`
    )
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

/** Undoes every switch of this run, newest first, each verified by reading back; `why` leads each flow's error. */
async function rollBackRelease(
  switchedInOrder: FlowOutcome[],
  contextFor: (outcome: FlowOutcome) => PromotionContext,
  why: string
): Promise<void> {
  for (const outcome of [...switchedInOrder].reverse()) {
    // A flow file's previous version is no longer the checked-in one: only a restore puts it back.
    const ctx = outcome.spec.flowFile ? restoring(contextFor(outcome)) : contextFor(outcome)
    const version = outcome.spec.rollbackVersion ?? outcome.versions.previous
    if (!version) {
      outcome.status = 'failed'
      outcome.rollback = { attempted: false, status: 'not-possible' }
      outcome.error = {
        message: `${why}, and no version of this flow was live before the run: nothing to roll back to`
      }
      continue
    }
    try {
      await rollBack(outcome.flow!.id, version, why, outcome, ctx)
    } catch (err) {
      outcome.error = { message: `${outcome.error?.message}: ${errorMessage(err)}` }
    }
    outcome.finishedAt = ctx.clock.now()
  }
}

async function inGroup(log: Log, name: string, work: () => Promise<void>): Promise<void> {
  log.startGroup?.(name)
  try {
    await work()
  } finally {
    log.endGroup?.()
  }
}

async function forEachConcurrently<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await work(items[next++]!)
  })
  await Promise.all(workers)
}
