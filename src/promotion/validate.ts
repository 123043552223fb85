import { CheckFailedError } from '../model/errors.js'
import type { Flow } from '../model/port.js'
import type { PromotionContext } from './context.js'
import type { FlowOutcome } from '../model/outcome.js'
import { CHECKED_IN } from '../model/plan.js'
import { lockHolder } from './snapshot.js'

const VERSION_KINDS: Record<string, string> = { CHECKIN: 'checked-in', PUBLISH: 'published' }

/**
 * The version matrix: every condition that must hold before a write. All of them are evaluated
 * and recorded, so a plan shows every problem at once; the first failure is thrown afterwards.
 * Returns 'unchanged' when the target is live already (no write, no churn of version numbers).
 */
export async function validate(
  flow: Flow,
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
  const live = flow.publishedVersion?.id

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

  const target = spec.targetVersion === CHECKED_IN ? flow.checkedInVersion?.id : spec.targetVersion
  if (!target) {
    record('target exists', false, 'the flow has no checked-in version to publish')
    throw new CheckFailedError(failures.join('; '))
  }
  outcome.versions.target = target

  if (live === target && !failures.length) {
    record('already at target', true, `${target} is live already: nothing to publish`)
    return 'unchanged'
  }

  const version = await ctx.genesys.getFlowVersion(flow.id, target)
  record(
    'target exists',
    version !== undefined,
    version ? `version ${target} exists` : `version ${target} does not exist`
  )
  if (version) {
    const draft = version.type === 'SAVE' || version.id === flow.savedVersion?.id
    record(
      'target is not a draft',
      !draft,
      draft
        ? `${target} is an unsaved draft: check it in first`
        : `${target} is a ${VERSION_KINDS[version.type ?? ''] ?? 'checked-in'} version`
    )
  }

  const holder = flow.lockedClient?.id === ctx.settings.clientId ? undefined : lockHolder(flow)
  record('not locked', !holder, holder ? `locked by ${holder}: ask them to check the flow in` : 'not locked')

  const op = flow.currentOperation
  const busy = op !== undefined && !op.complete
  record(
    'no operation in progress',
    !busy,
    busy
      ? `a ${op.actionName ?? 'flow'} operation (${op.id}) is ${op.actionStatus ?? 'running'}${op.client?.name ? ` for ${op.client.name}` : ''}: another run or a user is changing this flow; let it finish, then run again`
      : 'none running'
  )

  if (failures.length) throw new CheckFailedError(failures.join('; '))
  return 'proceed'
}
