import { CheckFailedError, PlatformError, errorMessage } from '../../model/errors.js'
import type { FlowOutcome, RestoreInfo } from '../../model/outcome.js'
import type { PromotionContext } from '../platform/context.js'
import { fileKeyOf } from '../../model/flow-types.js'
import { compareContent } from '../platform/flow-content.js'
import { flowNamedBy, forImport, sha256 } from '../platform/flow-file.js'
import { JOB_TIMEOUT, exportVersion, importFlowFile } from '../platform/jobs.js'
import { readFlow } from '../platform/resolve-flow.js'

/** An import job still running when the wait ended: it may yet publish. */
export class ImportStillRunning extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportStillRunning'
  }
}

export interface Restored extends RestoreInfo {
  /** The content now live holds the file imported (compareContent); false fails closed. */
  verified: boolean
  /** What is live now, when it could be read. */
  live?: string
}

/**
 * Runs an import job for `file`. A cancellation while it runs names the job (it may still publish:
 * promote.ts, markCancelled), and so does a wait that ends before the job does.
 */
export async function runImport(
  file: string,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<Awaited<ReturnType<typeof importFlowFile>>> {
  return importFlowFile(file, ctx, (id) => (outcome.importRunning = id))
    .catch((err: unknown) => {
      // The import may still make and publish its version: a run that cannot know must not say failed.
      if (err instanceof PlatformError && err.networkCode === JOB_TIMEOUT) {
        throw new ImportStillRunning(
          `${err.message}; it may still publish a new version: check the flow before running again`
        )
      }
      throw err
    })
    .finally(() => (outcome.importRunning = undefined))
}

/**
 * Puts the content of `source` live again as a new version: the way back public evidence says the
 * platform offers (docs/platform.md#publishing-an-older-version). Export it (unless it was exported
 * before the first write), check that the file names this flow, import it (the job makes a version
 * and publishes it), require that the job touched this flow, and verify by content: the version now
 * live, exported, must hold the file.
 */
export async function restoreVersion(
  flowId: string,
  source: string,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<Restored> {
  const flow = await readFlow(flowId, ctx.genesys, [])
  let exportJobId: string | undefined
  let file = outcome.exported?.[source]
  if (file === undefined) {
    const exported = await exportVersion({ flowId, version: source }, ctx)
    exportJobId = exported.jobId
    file = exported.file
  }

  // A file from before a rename names another flow: the import would change that one, or make it.
  const named = await flowNamedBy(file)
  const key = flow.type ? fileKeyOf(flow.type) : undefined
  if (!key || named.key !== key)
    throw new CheckFailedError(
      `the export of ${source} is a ${named.key} file, but the flow is ${flow.type ?? 'of a type the platform did not give'}: nothing was imported`
    )
  if (flow.name === undefined)
    throw new CheckFailedError(
      `the platform's answer has no name for flow ${flowId}: the file could land on another flow of the name it carries, so nothing was imported`
    )
  const renamed = named.name !== flow.name
  file = await forImport(file, renamed ? flow.name : undefined)
  if (renamed) {
    outcome.notes.push(
      `The export of ${source} names the flow "${named.name ?? ''}"; the flow is now "${flow.name}": the file was imported under the current name, so it lands on this flow.`
    )
  }

  ctx.log.info(`Restoring the content of ${source} through an import job`)
  const job = await runImport(file, outcome, ctx)
  const restored: Restored = {
    from: source,
    exportJobId,
    importJobId: job.id,
    fileSha256: sha256(file),
    verified: false
  }
  if (job.flow?.id !== flowId)
    throw new CheckFailedError(
      `the import job ${job.id} changed flow ${job.flow?.name ?? ''} (${job.flow?.id ?? 'no id given'}), not ${flowId}: check that flow`
    )

  // From here on a new version is live: the record says so, whatever the content check then does.
  outcome.restore = { from: source, exportJobId, importJobId: job.id, fileSha256: restored.fileSha256 }
  try {
    const after = await readFlow(flowId, ctx.genesys, [])
    restored.live = after.publishedVersion?.id
    restored.version = restored.live
    outcome.restore.version = restored.live
    outcome.versions.published = restored.live
    if (!restored.live) return restored
    const live = await exportVersion({ flowId, version: restored.live }, ctx)
    restored.verified = (await compareContent(live.file, file)).same
    return restored
  } catch (err) {
    throw new Error(
      `${errorMessage(err)}; the import job ${job.id} had put a new version of ${source}'s content live, whose content could not be checked: check the flow`,
      { cause: err }
    )
  }
}
