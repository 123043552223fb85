import { PlatformError } from '../../model/errors.js'
import {
  isFailure,
  type Check,
  type FlowOutcome,
  type ValidationInfo,
  type ValidationMessage,
  type ValidationSeverity
} from '../../model/outcome.js'
import type { ArchitectJobMessage } from '../../model/port.js'
import type { PromotionContext } from '../platform/context.js'
import { pollJob } from '../platform/jobs.js'
import { flowName, logChecks, logFinished } from '../platform/progress-log.js'

const NAME = 'validation'

/**
 * Flows per validate job. How many one job takes is not documented: assumed until `npm run probe`
 * says (docs/platform.md#validation-by-the-platform). A release of more goes in several jobs.
 */
export const VALIDATE_MAX_FLOWS = 50

/** The platform's text, capped: per message, and messages kept per flow. */
const MAX_MESSAGE_CHARS = 500
const MAX_MESSAGES_PER_FLOW = 50

/** One version the run would publish by id. */
interface Item {
  outcome: FlowOutcome
  flowId: string
  version: string
  jobs: { id: string; status: string | null }[]
}

/** A message of a job, and the flows it may be about: one once it is known whose it is. */
interface Finding {
  type?: string
  text: string
  severity: ValidationSeverity
  flows: Item[]
}

/** The platform could not validate (no preview, no permission, an unreadable answer, a job that never ended). */
class CannotValidate extends Error {}

/**
 * Asks the platform to validate every version this run would publish by id, before the first write
 * (and in plan), in one job for as many flows as a job takes. `pending` picks the flows that passed
 * their other checks; a flow file (its import job validates it) and an unchanged flow have nothing
 * to validate. Each flow gets its `validation` and a check named `validation`; an error fails the
 * flow, so nothing of it is written, no backup either. Under `auto`, a platform that cannot
 * validate skips the check with a warning; under `required` that fails it.
 */
export async function validateBeforeWrites(
  all: FlowOutcome[],
  pending: (outcome: FlowOutcome) => boolean,
  run: PromotionContext,
  contextFor: (outcome: FlowOutcome) => PromotionContext
): Promise<void> {
  const mode = run.settings.validate ?? 'off'
  if (run.settings.mode === 'check') return
  const items: Item[] = []
  for (const outcome of all) {
    if (isFailure(outcome.status) || !(pending(outcome) || outcome.status === 'unchanged')) continue
    if (mode === 'off') {
      outcome.validation = { verdict: 'skipped', reason: 'validate: off', jobs: [], messages: [] }
      continue
    }
    const target = outcome.versions.target
    const nothing = outcome.spec.flowFile
      ? 'a flow file is validated by its import job'
      : outcome.status === 'unchanged'
        ? `${target ?? 'the target'} is live already: nothing is published`
        : undefined
    if (nothing) {
      outcome.validation = { verdict: 'passed', reason: `nothing to validate: ${nothing}`, jobs: [], messages: [] }
      record(outcome, contextFor(outcome), { name: NAME, passed: true, detail: `nothing to validate: ${nothing}` })
      continue
    }
    if (target !== undefined && outcome.flow)
      items.push({ outcome, flowId: outcome.flow.id, version: target, jobs: [] })
  }
  if (!items.length) return

  run.log.info(
    `Asking the platform to validate ${items.length === 1 ? items[0]!.version : `${items.length} versions`} (validate: ${mode})`
  )
  const skipped: string[] = []
  for (let i = 0; i < items.length; i += VALIDATE_MAX_FLOWS) {
    const batch = items.slice(i, i + VALIDATE_MAX_FLOWS)
    let findings: Finding[]
    try {
      findings = await attribute(batch, await findingsOf(batch, run), { jobs: Math.ceil(Math.log2(batch.length)) }, run)
    } catch (err) {
      if (!(err instanceof CannotValidate)) throw err
      skipped.push(err.message)
      for (const item of batch) cannotValidate(item, err.message, contextFor(item.outcome))
      continue
    }
    for (const item of batch) judge(item, findings, contextFor(item.outcome))
  }
  if (skipped.length && mode === 'auto')
    run.log.warning(
      `Validation by the platform skipped (validate: auto): ${[...new Set(skipped)].join('; ')}. The run goes on without it; validate: required would stop it.`
    )
}

/**
 * In a release, a flow read again right before its write may have another target than the one
 * validated (a new checked-in version): that one is validated on its own. False when it fails.
 */
export async function validateAgainIfMoved(outcome: FlowOutcome, ctx: PromotionContext): Promise<boolean> {
  const validated = outcome.validation
  if (!validated?.version || validated.version === outcome.versions.target) return true
  const checks = outcome.checks.length
  await validateBeforeWrites(
    [outcome],
    () => true,
    ctx,
    () => ctx
  )
  for (const check of outcome.checks.slice(checks)) check.name = `${check.name} (again, before the write)`
  return !isFailure(outcome.status)
}

/** Runs one validate job over `items` and reads what it found. Throws CannotValidate when the platform cannot. */
async function findingsOf(items: Item[], ctx: PromotionContext): Promise<Finding[]> {
  const { id, status, messages } = await runJob(items, ctx)
  for (const item of items) item.jobs.push({ id, status })
  const found: Finding[] = messages.map((m) => ({
    type: m.type,
    text: cap(m.text?.trim() || '(no text)'),
    severity: severityOf(m.type),
    flows: namedIn(m, items)
  }))
  // A job that ends Failure fails the check, whatever its messages say.
  if (/^failure$/i.test(status) && !found.some((f) => f.severity === 'error'))
    found.push({
      type: status,
      text: `the validate job ended ${status}${messages.length ? '' : ' without a message'}`,
      severity: 'error',
      flows: items
    })
  return found
}

async function runJob(
  items: Item[],
  ctx: PromotionContext
): Promise<{ id: string; status: string; messages: ArchitectJobMessage[] }> {
  try {
    const started = await ctx.genesys.startValidate(items.map((i) => ({ flowId: i.flowId, version: i.version })))
    if (started.totalFlows !== undefined && started.totalFlows !== items.length)
      throw new CannotValidate(
        `the validate job ${started.id} took ${started.totalFlows} of the ${items.length} flows sent, so its answer would not cover them`
      )
    ctx.log.info(`Validate job ${started.id}: ${items.length} ${items.length === 1 ? 'version' : 'versions'}`)
    const state = await pollJob(
      () => ctx.genesys.getValidateJob(started.id),
      `the validate job ${started.id}`,
      ctx,
      // A status the action does not know keeps it waiting; none at all cannot be read.
      (s) => s.status === undefined || /^(success|failure)$/i.test(s.status)
    )
    if (state.status === undefined) throw new CannotValidate(`the validate job ${started.id} answered without a status`)
    return { id: started.id, status: state.status, messages: state.messages ?? [] }
  } catch (err) {
    if (!(err instanceof PlatformError)) throw err
    const preview =
      err.status === 404 || err.status === 501
        ? ': validate jobs are a preview API, which this org may not have'
        : err.status === 403
          ? ': the OAuth client lacks architect:jobValidate:create or architect:jobValidate:view'
          : ''
    throw new CannotValidate(`${err.describe()}${preview}`)
  }
}

/**
 * Only when errors come back that do not name their flow: validate the first half again. What that
 * job also reports is the first half's, the rest the second half's; each half is narrowed the same
 * way while jobs are left (⌈log2 n⌉ for one failing flow among n). It assumes a flow's messages read
 * the same in any job. An error still shared by several flows when the jobs run out stays theirs.
 */
async function attribute(
  items: Item[],
  findings: Finding[],
  budget: { jobs: number },
  ctx: PromotionContext
): Promise<Finding[]> {
  const required = ctx.settings.validate === 'required'
  const open = findings.filter((f) => f.flows.length > 1 && fails(f, required))
  if (!open.length || budget.jobs <= 0 || items.length < 2) return findings
  budget.jobs -= 1
  const left = items.slice(0, Math.ceil(items.length / 2))
  let leftFound: Finding[]
  try {
    leftFound = await findingsOf(left, ctx)
  } catch (err) {
    if (!(err instanceof CannotValidate)) throw err
    ctx.log.warning(`Could not tell which flow each validation error is about: ${err.message}`)
    return findings
  }
  const unmatched = leftFound.filter((f) => fails(f, required))
  const settled = findings.filter((f) => !open.includes(f))
  const inLeft: Finding[] = []
  const inRight: Finding[] = []
  for (const finding of open) {
    const match = unmatched.findIndex((f) => f.type === finding.type && f.text === finding.text)
    const leftFlows = finding.flows.filter((i) => left.includes(i))
    const rightFlows = finding.flows.filter((i) => !left.includes(i))
    if (match >= 0 && leftFlows.length) {
      const named = unmatched.splice(match, 1)[0]!.flows.filter((i) => leftFlows.includes(i))
      inLeft.push({ ...finding, flows: named.length ? named : leftFlows })
    } else if (match < 0 && rightFlows.length) inRight.push({ ...finding, flows: rightFlows })
    // Answers that disagree tell nothing: the finding stays with every flow it may be about.
    else settled.push(finding)
  }
  const right = items.slice(left.length)
  return [
    ...settled,
    ...(await attribute(left, inLeft, budget, ctx)),
    ...(await attribute(right, inRight, budget, ctx))
  ]
}

/** The flows of the job whose id the message carries (in its text or details); all of them when it names none. */
function namedIn(message: ArchitectJobMessage, items: Item[]): Item[] {
  if (items.length === 1) return items
  const said = `${message.text ?? ''} ${message.details ?? ''}`.toLowerCase()
  const named = items.filter((i) => said.includes(i.flowId.toLowerCase()))
  return named.length ? named : items
}

function severityOf(type: string | undefined): ValidationSeverity {
  if (type && /error|fatal/i.test(type)) return 'error'
  if (type && /^\s*warn/i.test(type)) return 'warning'
  return 'unknown'
}

function fails(finding: Pick<Finding, 'severity'>, required: boolean): boolean {
  return finding.severity === 'error' || (required && finding.severity === 'unknown')
}

/** One flow's verdict from its job's findings: errors first in its messages and its check. */
function judge(item: Item, findings: Finding[], ctx: PromotionContext): void {
  const required = ctx.settings.validate === 'required'
  const mine = findings.filter((f) => f.flows.includes(item)).sort((a, b) => rank(a, required) - rank(b, required))
  const failing = mine.filter((f) => fails(f, required))
  const messages = mine.slice(0, MAX_MESSAGES_PER_FLOW).map((f): ValidationMessage => {
    const own = f.flows.length === 1
    return {
      flowId: own ? item.flowId : null,
      flowName: own ? (item.outcome.flow?.name ?? null) : null,
      version: own ? item.version : null,
      type: f.type ?? null,
      severity: f.severity,
      text: f.text
    }
  })
  const more = mine.length > MAX_MESSAGES_PER_FLOW ? ` (and ${mine.length - MAX_MESSAGES_PER_FLOW} more)` : ''
  const info: ValidationInfo = {
    verdict: failing.length ? 'failed' : 'passed',
    version: item.version,
    jobs: item.jobs,
    messages
  }
  item.outcome.validation = info
  const jobs = item.jobs.map((j) => j.id).join(', ')
  const warnings = mine.filter((f) => !fails(f, required))
  for (const w of warnings)
    ctx.log.info(`Validation of ${item.version}: ${w.type ?? 'message without a type'}: ${w.text}`)
  if (failing.length) {
    const shared = failing.find((f) => f.flows.length > 1)
    const whose = shared
      ? ` (the platform's message names no flow: it is about one of ${shared.flows.map((i) => flowName(i.outcome)).join(', ')})`
      : ''
    return fail(item.outcome, ctx, `${item.version} of ${flowName(item.outcome)}: ${describe(failing)}${more}${whose}`)
  }
  record(
    item.outcome,
    ctx,
    warnings.length
      ? {
          name: NAME,
          passed: true,
          warning: true,
          detail: `${item.version} passed with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}: ${describe(warnings)}${more}`
        }
      : { name: NAME, passed: true, detail: `${item.version}: no error (validate job ${jobs})` }
  )
}

/** The platform could not validate: a skip with a warning under `auto`, a failing check under `required`. */
function cannotValidate(item: Item, reason: string, ctx: PromotionContext): void {
  const required = ctx.settings.validate === 'required'
  item.outcome.validation = {
    verdict: required ? 'failed' : 'skipped',
    reason,
    version: item.version,
    jobs: item.jobs,
    messages: []
  }
  if (required)
    return fail(
      item.outcome,
      ctx,
      `the platform could not validate ${item.version} (${reason}), and validate is required: nothing is written`
    )
  record(item.outcome, ctx, {
    name: NAME,
    passed: true,
    skipped: true,
    detail: `${item.version} not validated: ${reason}`
  })
}

function record(outcome: FlowOutcome, ctx: PromotionContext, check: Check): void {
  outcome.checks.push(check)
  logChecks(ctx.log, [check])
}

/** A failing validation fails the flow as any failing check does: nothing of it is written. */
function fail(outcome: FlowOutcome, ctx: PromotionContext, detail: string): void {
  record(outcome, ctx, { name: NAME, passed: false, detail })
  outcome.status = 'failed'
  outcome.error = { message: detail, code: 'check.failed' }
  outcome.finishedAt = ctx.clock.now()
  logFinished(ctx.log, outcome, outcome.finishedAt - outcome.startedAt)
}

function rank(finding: Finding, required: boolean): number {
  return fails(finding, required) ? 0 : finding.severity === 'unknown' ? 1 : 2
}

function describe(findings: Finding[]): string {
  return findings
    .slice(0, MAX_MESSAGES_PER_FLOW)
    .map((f) => `${f.type ?? 'message without a type'}: ${f.text}`)
    .join('; ')
}

function cap(text: string): string {
  return text.length > MAX_MESSAGE_CHARS
    ? `${text.slice(0, MAX_MESSAGE_CHARS)}… (cut at ${MAX_MESSAGE_CHARS} characters)`
    : text
}
