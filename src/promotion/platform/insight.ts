import { PlatformError, errorMessage } from '../../model/errors.js'
import type { ExportedFile, FlowOutcome, VersionAuthor } from '../../model/outcome.js'
import type { FlowVersion } from '../../model/port.js'
import type { PromotionContext } from './context.js'
import { forDiff } from './flow-file.js'
import { exportVersion } from './jobs.js'

/**
 * What a reviewer wants to see beside two version ids, read only in plans and drift checks (apply
 * never pays for it): who made each version, and the two flow files to diff.
 */

/** Who made `version` and when; a version the platform does not answer is "unknown" to the reader. */
export async function readAuthor(flowId: string, version: string, ctx: PromotionContext): Promise<VersionAuthor> {
  return authorOf(version, await ctx.genesys.getFlowVersion(flowId, version))
}

/** Who made a version, from its record when it was read already. */
export function authorOf(version: string, record: FlowVersion | undefined): VersionAuthor {
  return {
    version,
    createdBy: record?.createdBy,
    createdByClient: record?.createdByClient,
    dateCreated: record?.dateCreated,
    dateCheckedIn: record?.dateCheckedIn,
    datePublished: record?.datePublished
  }
}

/** Reads the authors of the live and the target version into the outcome; a failed read leaves them out. */
export async function readAuthors(
  flowId: string,
  live: string | undefined,
  target: string,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<void> {
  try {
    // The checks read both records already, as a rule: neither is read twice.
    const known = outcome.authors
    outcome.authors = {
      live: live === undefined ? undefined : (known?.live ?? (await readAuthor(flowId, live, ctx))),
      target: live === target ? undefined : (known?.target ?? (await readAuthor(flowId, target, ctx)))
    }
  } catch (err) {
    outcome.notes.push(`⚠ Who made the versions is not shown: ${errorMessage(err)}.`)
  }
}

/**
 * Exports the live and the target version for a diff, unless the backup exported them already. An
 * export the client may not make (403) or that fails leaves the diff out with a note: the diff
 * informs a review, it decides nothing.
 */
export async function exportForDiff(
  flowId: string,
  live: string,
  target: string,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<{ live: ExportedFile; target: ExportedFile } | undefined> {
  try {
    // Both export jobs at once: a plan waits for the slower one, not for their sum.
    const [liveFile, targetFile] = await Promise.all(
      [live, target].map(async (version): Promise<ExportedFile> => {
        const file = outcome.exported?.[version] ?? (await exportVersion({ flowId, version }, ctx)).file
        return { version, file: await forDiff(file) }
      })
    )
    return { live: liveFile!, target: targetFile! }
  } catch (err) {
    const why =
      err instanceof PlatformError && err.status === 403
        ? 'the OAuth client may not export flows (architect:jobExport:create, architect:jobExport:view)'
        : errorMessage(err)
    outcome.notes.push(`⚠ No diff of the flow files: ${why}.`)
    ctx.log.warning(`No diff of the flow files: ${why}`)
    return undefined
  }
}

/** Whether this run shows the diff: `auto` in plans and in checks that found drift; `always` in apply too. */
export function wantsDiff(ctx: PromotionContext, drifted: boolean): boolean {
  const { diff, mode } = ctx.settings
  if (diff === 'never') return false
  return diff === 'always' || mode === 'plan' || (mode === 'check' && drifted)
}
