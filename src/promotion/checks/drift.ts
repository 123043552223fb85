import { CheckFailedError, errorMessage } from '../../model/errors.js'
import type { FlowOutcome } from '../../model/outcome.js'
import { CHECKED_IN } from '../../model/plan.js'
import type { PromotionContext } from '../platform/context.js'
import { sameExportedContent } from '../platform/flow-content.js'
import { exportForDiff, readAuthors, wantsDiff } from '../platform/insight.js'
import { exportVersion } from '../platform/jobs.js'
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
  if (files && (await sameExportedContent(files.live.file, files.target.file)))
    return inSync(outcome, `the content of ${target} is live, as version ${live}`)
  if (files && wantsDiff(ctx, true)) outcome.diff = files
  const holds = files && (await earlierContent(flow.id, live, target, files.live.file, ctx))
  const compared = files ? '' : ' (the content could not be compared)'
  drifted(outcome, `${live} is live${holds ? `, with the content of ${holds}` : ''}, not ${target}${compared}`)
}

/** How many earlier versions a drift check compares with the live one: each is an export job. */
const EARLIER_VERSIONS = 3

/**
 * Which earlier version's content the live version holds, when it is one of the last few: a restore
 * (ours or anyone's) puts an old version's content live under a new id, and "4.0 is live" alone
 * hides that it is 1.0 again. Those that were live once come first (a rollback restores one), then
 * the newest. Only a detail of the message: a failure answers undefined.
 */
async function earlierContent(
  flowId: string,
  live: string,
  target: string,
  liveFile: string,
  ctx: PromotionContext
): Promise<string | undefined> {
  try {
    const when = (date: number | string | undefined) => (date === undefined ? 0 : new Date(date).getTime() || 0)
    const candidates = (await ctx.genesys.listFlowVersions(flowId))
      .filter((v): v is typeof v & { id: string } => !!v.id && v.id !== live && v.id !== target)
      .sort((a, b) => when(b.datePublished) - when(a.datePublished) || when(b.dateCreated) - when(a.dateCreated))
      .slice(0, EARLIER_VERSIONS)
    if (!candidates.length) return undefined
    ctx.log.info(`Comparing ${live} with ${candidates.map((v) => v.id).join(', ')}: a restore may hold one's content`)
    for (const { id } of candidates)
      if (await sameExportedContent(liveFile, (await exportVersion({ flowId, version: id }, ctx)).file)) return id
  } catch (err) {
    ctx.log.debug(`Which content ${live} holds is not known: ${errorMessage(err)}`)
  }
  return undefined
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
