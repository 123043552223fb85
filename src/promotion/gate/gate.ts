import { spokenDuration } from '../../model/clock.js'
import type { HealthGateConfig } from '../../model/config.js'
import { PlatformError, errorMessage, isTransient } from '../../model/errors.js'
import {
  failurePercent,
  failuresOf,
  type FlowOutcome,
  type HealthGateInfo,
  type VersionTraffic
} from '../../model/outcome.js'
import { usableUntil } from '../../model/time-budget.js'
import type { Log, PromotionContext } from '../platform/context.js'
import { startWaiting } from '../platform/waiting.js'
import { logFinished } from '../platform/progress-log.js'
import { waitDeadline } from '../platform/time-left.js'
import { rollBack } from '../switch/switch.js'
import { flowVersionQuery, trafficOf } from './traffic.js'
import { allowedPercent, judge, pollEveryMs } from './verdict.js'

/** The error code of a flow that failed its health gate. */
const HEALTH_GATE_FAILED = 'health.gate.failed'

/**
 * The health gate of one flow after its verified switch: watches the version now live through flow
 * analytics for `health-gate-seconds` (less if the time budget ends first), a few polls within the
 * window, and decides. Failed: acts as `health-gate-on-fail` says (roll back by the rollback
 * strategies, fail, or warn). Too few calls: `inconclusive`, a warning, never a rollback. Never
 * throws: what happens is the outcome's.
 */
export async function watchHealth(outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  const config = ctx.settings.healthGate
  const version = outcome.versions.published
  if (!config || ctx.settings.mode !== 'apply' || outcome.status !== 'switched' || !version || !outcome.flow) return
  const gate: HealthGateInfo = {
    onFail: config.onFail,
    windowMs: config.windowMs,
    minEntries: config.minEntries,
    maxFailurePercent: config.maxFailurePercent,
    // Every entry of the new version comes after the publish request.
    from: outcome.publishRequestedAt ?? ctx.clock.now(),
    polls: 0,
    failedPolls: 0,
    version: { version, entries: 0, failedOutcomes: 0, disconnects: 0 }
  }
  outcome.healthGate = gate
  ctx.log.info(
    `Health gate: watching ${version}'s calls for ${spokenDuration(config.windowMs)} against ${outcome.versions.previous ?? 'no earlier version'}`
  )
  const began = ctx.clock.now()
  const stopped = await watch(outcome.flow.id, gate, config, outcome, ctx)
  const judged = judge(config, gate, true)!
  gate.allowedPercent = allowedPercent(config, gate.replaced)
  gate.verdict = stopped && judged.verdict !== 'failed' ? 'inconclusive' : judged.verdict
  gate.reason = stopped && judged.verdict !== 'failed' ? `${stopped}; ${judged.reason}` : judged.reason
  if (!stopped && gate.endedEarly === 'time-budget' && gate.verdict !== 'failed')
    gate.reason += ` (the time budget ended the watch after ${spokenDuration((gate.to ?? gate.from) - gate.from)})`
  if (gate.verdict === 'passed') ctx.log.info(`Health gate passed: ${gate.reason}`)
  else if (gate.verdict === 'inconclusive') ctx.log.warning(`Health gate inconclusive: ${gate.reason}`)
  else await actOnFailure(outcome, gate, ctx)
  outcome.finishedAt = ctx.clock.now()
  // The flow's line said `switched`: a gate that changed that ends with a line of its own.
  if (outcome.status !== 'switched') logFinished(ctx.log, outcome, outcome.finishedAt - began)
}

/**
 * Polls until the window ends or the verdict is clear. Answers why the watch stopped short of a
 * verdict (the query refused, the time budget), or undefined.
 */
async function watch(
  flowId: string,
  gate: HealthGateInfo,
  config: HealthGateConfig,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<string | undefined> {
  const replaced = outcome.versions.previous
  const { at: end, byBudget } = waitDeadline(ctx, ctx.clock.now(), config.windowMs)
  if (byBudget) gate.endedEarly = 'time-budget'
  const query = async (from: number, to: number) => ctx.genesys.queryFlowAggregates(flowVersionQuery(flowId, from, to))

  // The replaced version over the same length of time before the publish.
  if (replaced) {
    const from = gate.from - config.windowMs
    try {
      const before = trafficOf(await query(from, gate.from), replaced)
      if (before.entries >= config.minEntries) gate.replaced = { ...before, basis: 'before', from, to: gate.from }
    } catch (err) {
      const stop = stopFor(err, gate)
      ctx.log.warning(`Health gate: the replaced version's calls could not be read (${errorMessage(err)})`)
      if (stop) return stop
    }
  }

  const every = pollEveryMs(config.windowMs)
  // Between polls (up to a minute apart) a line at least every 10 s says where the watch stands.
  const waiting = startWaiting(ctx, `the calls to ${gate.version.version} (health gate)`, 'no poll yet', {
    ms: config.windowMs,
    input: 'health-gate-seconds'
  })
  for (;;) {
    const now = ctx.clock.now()
    if (now < end) await waiting.sleep(Math.min(every, end - now))
    const at = ctx.clock.now()
    try {
      const groups = await query(gate.from, at)
      gate.polls += 1
      gate.to = at
      gate.version = trafficOf(groups, gate.version.version)
      // No baseline from before: the replaced version's calls alongside the new one's, if enough.
      if (replaced && gate.replaced?.basis !== 'before') {
        const during = trafficOf(groups, replaced)
        gate.replaced =
          during.entries >= config.minEntries ? { ...during, basis: 'during', from: gate.from, to: at } : undefined
      }
      logPoll(gate, at, ctx, waiting.log)
      waiting.saw(`${gate.version.entries} entries, ${failuresOf(gate.version)} failed`)
    } catch (err) {
      gate.failedPolls += 1
      ctx.log.warning(`Health gate: the analytics query failed (${errorMessage(err)})`)
      const stop = stopFor(err, gate)
      if (stop) return stop
    }
    const judged = judge(config, gate, at >= end)
    if (judged?.verdict === 'failed' && at < end) gate.endedEarly = 'verdict'
    if (judged || at >= end) return undefined
  }
}

/** A failure no later poll can mend ends the watch: a refusal, or the time budget's end. */
function stopFor(err: unknown, gate: HealthGateInfo): string | undefined {
  if (err instanceof PlatformError && err.code === 'budget.exhausted') {
    gate.endedEarly = 'time-budget'
    return 'the time budget (time-budget-minutes) ran out during the watch'
  }
  if (isTransient(err)) return undefined
  gate.endedEarly = 'query-refused'
  return `flow analytics could not be read (${errorMessage(err)})`
}

/** One line a poll: where the watch is, what it saw, what is allowed, and what the budget leaves. */
function logPoll(gate: HealthGateInfo, at: number, ctx: PromotionContext, log: Log): void {
  const budget = ctx.settings.budget
  const left = budget ? `; time budget left ${spokenDuration(usableUntil(budget, false) - at)}` : ''
  const { version } = gate
  const rate = failurePercent(version)
  const baseline = gate.replaced ? `; ${gate.replaced.version} ${describeRate(gate.replaced)}` : ''
  log.info(
    `Health gate: ${spokenDuration(at - gate.from)} of ${spokenDuration(gate.windowMs)}, poll ${gate.polls}: ${version.version} ${version.entries} entries, ${failuresOf(version)} failed${rate === undefined ? '' : ` (${rate.toFixed(1)}%)`}${baseline}${left}`
  )
}

function describeRate(t: VersionTraffic): string {
  const rate = failurePercent(t)
  return rate === undefined ? 'no calls' : `${rate.toFixed(1)}% of ${t.entries}`
}

/** A failed gate: roll back by the rollback strategies, fail the step, or warn, as `health-gate-on-fail` says. */
async function actOnFailure(outcome: FlowOutcome, gate: HealthGateInfo, ctx: PromotionContext): Promise<void> {
  const version = gate.version.version
  const why = `the health gate failed: ${gate.reason}`
  if (gate.onFail === 'warn') {
    ctx.log.warning(`${why}; health-gate-on-fail is warn, so ${version} stays live`)
    outcome.notes.push(`Health gate failed, and health-gate-on-fail is warn: ${version} stays live.`)
    return
  }
  if (gate.onFail === 'fail') {
    outcome.status = 'failed'
    outcome.error = {
      message: `${why}; health-gate-on-fail is fail, so ${version} stays live`,
      code: HEALTH_GATE_FAILED
    }
    return
  }
  const to = outcome.spec.rollbackVersion ?? outcome.versions.previous
  if (!to) {
    outcome.status = 'failed'
    outcome.rollback = { attempted: false, status: 'not-possible' }
    outcome.error = {
      message: `${why}; no version was live before the run, so there is nothing to roll back to`,
      code: HEALTH_GATE_FAILED
    }
    return
  }
  // A flow file's version before is no longer the checked-in one: only its content, restored, puts it back.
  const back = outcome.spec.flowFile
    ? { ...ctx, settings: { ...ctx.settings, rollbackStrategy: 'restore' as const } }
    : ctx
  try {
    await rollBack(outcome.flow!.id, to, why, outcome, back)
  } catch (err) {
    outcome.status = 'failed'
    outcome.error = { message: `${outcome.error?.message ?? why}: ${errorMessage(err)}` }
  }
  outcome.error = { ...outcome.error!, code: HEALTH_GATE_FAILED }
}
