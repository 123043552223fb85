import { CheckFailedError } from '../../model/errors.js'
import type { ReadFlow } from '../platform/resolve-flow.js'
import type { PromotionContext } from '../platform/context.js'
import type { FlowOutcome } from '../../model/outcome.js'
import { CHECKED_IN } from '../../model/plan.js'
import { checkDependencies } from './dependencies.js'
import { authorOf } from '../platform/insight.js'
import { describeOperation, isComplete, lockHolder } from '../platform/snapshot.js'

const VERSION_KINDS: Record<string, string> = { CHECKIN: 'checked-in', PUBLISH: 'published' }

/**
 * The version matrix: every condition that must hold before a write. All of them are evaluated
 * and recorded, so a plan shows every problem at once; the first failure is thrown afterwards.
 * Returns 'unchanged' when the target is live already (no write, no churn of version numbers).
 */
export async function validate(
  flow: ReadFlow,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<'proceed' | 'unchanged'> {
  const { spec } = outcome
  const checks = outcome.checks
  const failures: string[] = []
  const record = (name: string, passed: boolean, detail: string) => {
    checks.push({ name, passed, detail })
    if (!passed) failures.push(detail)
  }
  // One exception to closed checks, assumed (docs/platform.md): a version without a type is judged
  // a draft by its id alone.
  const live = flow.publishedVersion?.id
  if (flow.publishedVersion && live === undefined) {
    record('live version known', false, missingField('publishedVersion.id', 'which version is live cannot be told'))
    throw new CheckFailedError(failures.join('; '))
  }

  recordExpectedVersion(live, outcome, record)

  const target = spec.targetVersion === CHECKED_IN ? flow.checkedInVersion?.id : spec.targetVersion
  if (!target) {
    const unnamed = spec.targetVersion === CHECKED_IN && flow.checkedInVersion !== undefined
    record(
      'target exists',
      false,
      unnamed
        ? missingField('checkedInVersion.id', 'which version is checked in cannot be told')
        : 'the flow has no checked-in version to publish'
    )
    throw new CheckFailedError(failures.join('; '))
  }
  outcome.versions.target = target

  if (live === target && !failures.length) {
    record('already at target', true, `${target} is live already: nothing to publish`)
    return 'unchanged'
  }

  // The checked-in version comes with the flow: its record need not be read again (SPEC step 5),
  // except where a plan shows who made it.
  const embedded = ctx.settings.mode === 'apply' && target === flow.checkedInVersion?.id
  // A plan shows who made the live version too: its record is read beside the target's, and both
  // end before this goes on. A failed read leaves it to the plan's insight, which reads it again
  // and says so if that fails too.
  const liveAuthor =
    ctx.settings.mode === 'plan' && live !== undefined && live !== target
      ? ctx.genesys.getFlowVersion(flow.id, live).then(
          (record) => authorOf(live, record),
          () => undefined
        )
      : undefined
  const version = embedded
    ? flow.checkedInVersion
    : await ctx.genesys.getFlowVersion(flow.id, target).finally(() => liveAuthor)
  if (ctx.settings.mode === 'plan') outcome.authors = { target: authorOf(target, version), live: await liveAuthor }
  record(
    'target exists',
    version !== undefined,
    version ? `version ${target} exists` : `version ${target} does not exist${await nearVersions(flow.id, target, ctx)}`
  )
  if (version) {
    // Without a type, the saved draft is known by its id (a draft's id is `saved_version_<uuid>`).
    const draft = embedded
      ? false
      : version.type !== undefined
        ? version.type === 'SAVE'
        : target === flow.savedVersion?.id || target.startsWith('saved_version_')
    record(
      'target is not a draft',
      !draft,
      draft
        ? `${target} is an unsaved draft: check it in first`
        : embedded
          ? `${target} is the flow's checked-in version`
          : version.type !== undefined
            ? `${target} is a ${VERSION_KINDS[version.type] ?? 'checked-in'} version`
            : `${target} is not the flow's saved draft (the platform gave no version type)`
    )
    if (!draft) {
      // A plan also shows what changes for callers: what the target consumes that the live one does not.
      const compareWith = ctx.settings.mode === 'plan' && live !== undefined ? live : undefined
      const dependencies = await checkDependencies(flow, target, outcome, ctx, compareWith)
      checks.push(dependencies)
      if (!dependencies.passed) failures.push(dependencies.detail)
    }
  }

  recordPreconditions(flow, outcome, ctx, record)

  if (failures.length) throw new CheckFailedError(failures.join('; '))
  return 'proceed'
}

/** `; did you mean 2.0?` for a version `2` that does not exist: ids that read as the same number or extend it. */
async function nearVersions(flowId: string, target: string, ctx: PromotionContext): Promise<string> {
  try {
    const ids = (await ctx.genesys.listFlowVersions(flowId)).map((v) => v.id).filter((id): id is string => !!id)
    const near = ids.filter(
      (id) =>
        id.startsWith(`${target}.`) ||
        target.startsWith(`${id}.`) ||
        (Number.isFinite(Number(id)) && Number(id) === Number(target))
    )
    return near.length
      ? `; did you mean ${near
          .slice(0, 3)
          .map((id) => `"${id}"`)
          .join(' or ')}?`
      : ''
  } catch {
    // A hint, not a check: a failed list leaves it out.
    return ''
  }
}

/** A check that lacks a field it needs refuses, naming the field. */
export function missingField(field: string, consequence: string): string {
  return `the platform's answer has no ${field}: ${consequence}, so nothing is written`
}

export type RecordCheck = (name: string, passed: boolean, detail: string) => void

/** `expected-current-version`: the compare-and-swap of a plan's apply. */
export function recordExpectedVersion(live: string | undefined, outcome: FlowOutcome, record: RecordCheck): void {
  const { spec } = outcome
  if (spec.expectedCurrentVersion !== undefined) {
    const ok = live === spec.expectedCurrentVersion
    record(
      'expected current version',
      ok,
      ok
        ? `${live} is live, as expected`
        : `expected ${spec.expectedCurrentVersion} to be live, but ${live ? `${live} is` : 'no version is'}: the flow moved since the plan`
    )
  }
}

/** The preconditions alone, on a flow read again (after an unlock): refused as `validate` would. */
export function checkFree(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): void {
  const failures: string[] = []
  recordPreconditions(flow, outcome, ctx, (name, passed, detail) => {
    outcome.checks.push({ name, passed, detail })
    if (!passed) failures.push(detail)
  })
  if (failures.length) throw new CheckFailedError(failures.join('; '))
}

/** The flow is free to write: not locked by someone else (or unlocked by force-unlock), no operation running. */
export function recordPreconditions(
  flow: ReadFlow,
  outcome: FlowOutcome,
  ctx: PromotionContext,
  record: RecordCheck
): void {
  // A lock by our own OAuth client is ours; `lockedUser: {}` or an unnamed client is someone else's.
  const ownLock = !flow.lockedUser && flow.lockedClient?.id === ctx.settings.clientId
  const holder = ownLock ? undefined : lockHolder(flow)
  // Once: a lock that is back after our unlock is refused like any other.
  if (holder && ctx.settings.forceUnlock && !outcome.unlock?.unlocked) {
    // Unlocked right before the first write, after the backup; a plan writes nothing.
    outcome.unlock = { heldBy: holder, unlocked: false }
    record('not locked', true, `locked by ${holder}; apply will unlock (force-unlock)`)
  } else {
    record(
      'not locked',
      !holder,
      !holder
        ? 'not locked'
        : outcome.unlock?.unlocked
          ? `locked by ${holder} again after our unlock: someone is working on the flow; nothing more is unlocked`
          : `locked by ${holder}: ask them to check the flow in, or set force-unlock: true with a pinned target-version`
    )
  }

  const op = flow.currentOperation
  const complete = op ? isComplete(op) : true
  record(
    'no operation in progress',
    complete === true,
    complete === undefined
      ? missingField('currentOperation.complete', `whether ${describeOperation(op!)} still runs cannot be told`)
      : !complete
        ? `a ${op!.actionName ?? 'flow'} operation (${op!.id ?? 'no id'}) is ${op!.actionStatus ?? 'running'}${op!.client?.name ? ` for ${op!.client.name}` : ''}: another run or a user is changing this flow; let it finish, then run again`
        : 'none running'
  )
}
