import { CheckFailedError } from '../../model/errors.js'
import type { FlowOutcome } from '../../model/outcome.js'
import { CHECKED_IN } from '../../model/plan.js'
import type { PromotionContext } from '../platform/context.js'
import { normalise } from '../platform/flow-file.js'
import { exportForDiff, readAuthors, wantsDiff } from '../platform/insight.js'
import type { ReadFlow } from '../platform/resolve-flow.js'

const NAME = 'live is the target'

/**
 * `mode: check`, read-only: is the target live, by id, or by content (a restore puts a version's
 * content live under a new id)? `in-sync` or `drifted`, with what is live, since when and by whom.
 * `expected-current-version` and `rollback-version` mean nothing here and are not read; a lock or a
 * running operation does not stop a look.
 */
export async function checkDrift(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  const { spec } = outcome
  const target = spec.targetVersion === CHECKED_IN ? flow.checkedInVersion?.id : spec.targetVersion
  if (!target) {
    const detail = 'the flow has no checked-in version to compare with'
    outcome.checks.push({ name: NAME, passed: false, detail })
    throw new CheckFailedError(detail)
  }
  outcome.versions.target = target
  const live = flow.publishedVersion?.id
  await readAuthors(flow.id, live, target, outcome, ctx)
  // Captured flows' embedded versions carry no dates; the version's own record does.
  const since = outcome.authors?.live?.datePublished ?? flow.publishedVersion?.datePublished
  outcome.live = { version: live, since, publishedBy: flow.publishedBy }

  if (live === target) return inSync(outcome, `${target} is live`)
  if (live === undefined) return drifted(outcome, `nothing is live; the target is ${target}`)

  // Other ids: the same content counts as in sync (a restore's new version), and a diff shows what differs.
  const files = await exportForDiff(flow.id, live, target, outcome, ctx)
  if (files && (await normalise(files.live.file)) === (await normalise(files.target.file)))
    return inSync(outcome, `the content of ${target} is live, as version ${live}`)
  if (files && wantsDiff(ctx, true)) outcome.diff = files
  const compared = files ? '' : ' (the content could not be compared)'
  drifted(outcome, `${live} is live, not ${target}${compared}`)
}

function inSync(outcome: FlowOutcome, detail: string): void {
  outcome.checks.push({ name: NAME, passed: true, detail })
  outcome.status = 'in-sync'
}

function drifted(outcome: FlowOutcome, detail: string): void {
  outcome.checks.push({ name: NAME, passed: false, detail })
  outcome.status = 'drifted'
  const { since, publishedBy } = outcome.live ?? {}
  const by = publishedBy
    ? `, published by ${publishedBy.name ?? publishedBy.id ?? 'someone the platform does not name'}`
    : ''
  outcome.error = { message: `${detail}${since ? ` (live since ${since}${by})` : by}`, code: 'drifted' }
}
