import { PlatformError, isAmbiguous } from '../../model/errors.js'
import type { ArchitectJobMessage, ImportJobState } from '../../model/port.js'
import type { PromotionContext } from './context.js'
import { requireTimeFor } from './time-left.js'
import { startWaiting } from './waiting.js'

/** An Architect job that ended in Failure: its messages say why, in the error, summary and record. */
export class JobFailedError extends Error {
  constructor(
    readonly jobId: string,
    what: string,
    readonly messages: ArchitectJobMessage[]
  ) {
    super(`${what} (job ${jobId}) failed: ${describeMessages(messages)}`)
    this.name = 'JobFailedError'
  }
}

function describeMessages(messages: ArchitectJobMessage[] | undefined): string {
  const lines = (messages ?? [])
    .filter((m) => m.text || m.details)
    .map((m) => `${m.type ?? 'Message'}: ${m.text ?? ''}${m.details ? ` (${m.details})` : ''}`)
  return lines.length ? lines.join('; ') : 'the job gave no message'
}

/** The `networkCode` of a job still running when the wait ended. */
export const JOB_TIMEOUT = 'JOB_TIMEOUT'

/**
 * Polls a job with `read` on the publish schedule until it ends (Success or Failure), or throws
 * when the wait is over; says its status at least every 10 s meanwhile.
 */
async function poll<T extends { status?: string }>(
  read: () => Promise<T>,
  what: string,
  ctx: PromotionContext,
  ended: (state: T) => boolean = (state) => state.status === 'Success' || state.status === 'Failure'
) {
  const waiting = startWaiting(ctx, what, 'not read yet')
  for (;;) {
    await waiting.untilNextPoll()
    // The budget's end refuses the read: the wait is over, as at its own timeout.
    const state = await waiting.read(read).catch((err: unknown) => {
      if (err instanceof PlatformError && err.code === 'budget.exhausted')
        throw new PlatformError({
          message: `${what} was still running when the time budget (time-budget-minutes) ran out`,
          networkCode: JOB_TIMEOUT
        })
      throw err
    })
    if (ended(state)) return state
    waiting.saw(state.status ?? 'no status given')
    if (waiting.over())
      throw new PlatformError({
        message: waiting.byBudget
          ? `${what} was still running when the time budget (time-budget-minutes) ran out`
          : `${what} was still running after ${Math.round(ctx.settings.waitTimeoutMs / 1000)} s`,
        networkCode: JOB_TIMEOUT
      })
  }
}

/** The same wait for jobs run elsewhere (the platform's validation), on the same schedule and budget. */
export { poll as pollJob }

/**
 * Exports one version and answers its flow file. One version per job: nothing public says in which
 * order a job of several versions lays out its files, and a backup must be the version it claims.
 */
export async function exportVersion(
  item: { flowId: string; version: string },
  ctx: PromotionContext
): Promise<{ jobId: string; file: string }> {
  const what = `the export of ${item.version}`
  const { id } = await ctx.genesys.startExport([item])
  ctx.log.info(`Exporting ${item.version} (export job ${id})`)
  const state = await poll(() => ctx.genesys.getExportJob(id), `${what} (export job ${id})`, ctx)
  if (state.status === 'Failure' || !state.downloadUrl) throw new JobFailedError(id, what, state.messages ?? [])
  return { jobId: id, file: await ctx.genesys.downloadExport(state.downloadUrl) }
}

/**
 * Imports a flow file: registers the job, uploads the file, waits for the job (which makes a new
 * version and publishes it). An upload whose answer is lost is ambiguous: the job's state says
 * whether the file arrived before a second upload is made.
 */
export async function importFlowFile(
  file: string,
  ctx: PromotionContext,
  onRegistered: (jobId: string) => void = () => undefined
): Promise<ImportJobState & { id: string }> {
  requireTimeFor(ctx, 'an import job', ctx.settings.waitTimeoutMs)
  const registration = await ctx.genesys.registerImport()
  onRegistered(registration.id)
  ctx.log.info(`Uploading the flow file to import job ${registration.id}`)
  const what = 'the import of the flow file'
  try {
    await ctx.genesys.uploadFlowFile(registration, file)
  } catch (err) {
    if (!isAmbiguous(err)) throw err
    const seen = await ctx.genesys.getImportJob(registration.id)
    if (seen.status === undefined)
      throw err.withConsequence(
        `the import job ${registration.id} answered without a status: whether the file arrived cannot be told, so it was not sent again`
      )
    if (seen.status === 'Registered') {
      ctx.log.warning(`The upload got no clear answer (${err.describe()}) and the job has no file: uploading again`)
      await ctx.genesys.uploadFlowFile(registration, file)
    } else {
      ctx.log.warning(`The upload got no clear answer (${err.describe()}), but the job has the file: waiting for it`)
    }
  }
  const state = await poll(() => ctx.genesys.getImportJob(registration.id), `the import job ${registration.id}`, ctx)
  if (state.status === 'Failure') throw new JobFailedError(registration.id, what, state.messages ?? [])
  ctx.log.info(`Import job ${registration.id}: ${state.status}${state.command ? ` (${state.command})` : ''}`)
  return { ...state, id: registration.id }
}
