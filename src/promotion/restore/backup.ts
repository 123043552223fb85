import { CheckFailedError, errorMessage } from '../../model/errors.js'
import type { FlowOutcome } from '../../model/outcome.js'
import type { PromotionContext } from '../platform/context.js'
import { sameExportedContent } from '../platform/flow-content.js'
import { sha256 } from '../platform/flow-file.js'
import { exportVersion } from '../platform/jobs.js'
import type { ReadFlow } from '../platform/resolve-flow.js'

/**
 * Before the flow's first write: exports what is live (the way back), the rollback version when one
 * is named, and a pinned target that is not the checked-in version (what a restore would upload). A target whose content is live already, under another version id, needs no write:
 * answers 'unchanged' (version numbers must not climb on every run). Without a backup there is no
 * way back, so a failed export refuses the write, unless rollback-strategy is republish.
 */
export async function backUp(
  flow: ReadFlow,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<'proceed' | 'unchanged'> {
  const strategy = ctx.settings.rollbackStrategy
  const live = outcome.versions.previous
  // A flow file has no target version: the file is what an import uploads.
  const target = outcome.versions.target
  const restorable =
    strategy !== 'republish' && target !== undefined && target !== flow.checkedInVersion?.id && target !== live
  const versions = [...new Set([live, outcome.spec.rollbackVersion, restorable ? target : undefined])].filter(
    (v): v is string => v !== undefined
  )
  if (!live) outcome.backup = { note: 'none: nothing live' }
  if (!versions.length) {
    outcome.checks.push({ name: 'backup', passed: true, detail: 'none needed: nothing is live' })
    return 'proceed'
  }

  // The export jobs run side by side: each waits mostly for the platform, not for the others.
  const settled = await Promise.allSettled(versions.map((version) => exportVersion({ flowId: flow.id, version }, ctx)))
  const exported = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  const refused = settled.findIndex((s) => s.status === 'rejected')
  if (refused >= 0) {
    const err = (settled[refused] as PromiseRejectedResult).reason as unknown
    const failed = versions[refused]!
    const what = failed === live ? `the backup of ${live}` : `the export of ${failed}`
    const why = `${what} failed (${errorMessage(err)})`
    if (strategy === 'republish') {
      outcome.backup = { note: `none: ${why}` }
      outcome.checks.push({
        name: 'backup',
        passed: true,
        detail: `none: ${why}; rollback-strategy republish goes on without one`
      })
      ctx.log.warning(`No backup: ${why}. rollback-strategy is republish, so the write goes ahead without one.`)
      return 'proceed'
    }
    // Without the backup there is no way back; without the target's export, no way forward by restore.
    const consequence =
      failed === live
        ? 'without a backup there is no way back'
        : `without it, ${failed === target ? 'the target' : 'the rollback version'} cannot be restored`
    const detail = `${why}: ${consequence}, so nothing was written (rollback-strategy: republish goes on without one)`
    outcome.checks.push({ name: 'backup', passed: false, detail })
    throw new CheckFailedError(detail)
  }

  outcome.exported = Object.fromEntries(versions.map((version, i) => [version, exported[i]!.file]))
  if (live) {
    const { jobId, file } = exported[0]!
    outcome.backup = { version: live, jobId, content: file, sha256: sha256(file), note: `exported ${live}` }
    outcome.checks.push({ name: 'backup', passed: true, detail: `exported ${live} before any write (job ${jobId})` })
  }
  if (
    target !== undefined &&
    restorable &&
    live &&
    (await sameExportedContent(outcome.exported[live]!, outcome.exported[target]!))
  ) {
    // Nothing will be written: no backup file either.
    outcome.backup = {
      ...outcome.backup!,
      content: undefined,
      note: `not needed: the content of ${target} is live already`
    }
    outcome.checks.push({
      name: 'already at target',
      passed: true,
      detail: `the content of ${target} is live already, as version ${live}: nothing to publish`
    })
    return 'unchanged'
  }
  return 'proceed'
}
