import { CheckFailedError } from '../model/errors.js'
import { fileKeyOf } from '../model/flow-types.js'
import type { FlowOutcome } from '../model/outcome.js'
import type { FlowFile } from '../model/plan.js'
import type { PromotionContext } from './context.js'
import { forContentDiff, normalise } from './flow-file.js'
import { exportVersion } from './jobs.js'
import { backUp } from './backup.js'
import { readFlow, type ReadFlow } from './resolve-flow.js'
import { runImport } from './restore.js'
import { rollBack } from './switch.js'
import { unlockFlow } from './unlock.js'
import { missingField, recordExpectedVersion, recordPreconditions } from './validate.js'
import { wantsDiff } from './insight.js'

/**
 * `flow-file`: the file's content as a new version of the flow it names. The live version's export
 * is the comparison (equal: `unchanged`, no import, so version numbers do not climb on every run),
 * the backup and the diff's left side. Apply imports the file (the job makes a version and
 * publishes it), requires the job to have changed this flow, and verifies by content; content that
 * differs from the file is rolled back to the backup by restore.
 */
export async function checkFileDeploy(
  flow: ReadFlow,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<'write' | 'done'> {
  const file = outcome.spec.flowFile!
  outcome.deploy = { path: file.path, sha256: file.sha256, substitutedSha256: file.substitutedSha256 }
  checkFileNamesFlow(flow, file, outcome)
  const live = flow.publishedVersion?.id
  if (ctx.settings.mode === 'check') {
    await checkFile(flow.id, live, file, outcome, ctx)
    return 'done'
  }

  const failures: string[] = []
  const record = (name: string, passed: boolean, detail: string) => {
    outcome.checks.push({ name, passed, detail })
    if (!passed) failures.push(detail)
  }
  if (flow.publishedVersion && live === undefined)
    record('live version known', false, missingField('publishedVersion.id', 'which version is live cannot be told'))
  recordExpectedVersion(live, outcome, record)
  recordPreconditions(flow, outcome, ctx, record)
  // Dependency tracking knows versions; the file is not one until the import makes it.
  outcome.checks.push({
    name: 'dependencies',
    passed: true,
    skipped: true,
    detail:
      'not checked: dependency tracking reads versions, and the file is not one before the import; an import whose file names something the org lacks (a queue, a data action) fails, and nothing goes live'
  })
  if (failures.length) throw new CheckFailedError(failures.join('; '))

  if (ctx.settings.mode === 'plan') {
    await planFile(flow.id, live, file, outcome, ctx)
    return 'done'
  }
  return 'write'
}

/** Apply, after the checks: backup, compare, force-unlock, import, verify. */
export async function writeFileDeploy(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  const file = outcome.spec.flowFile!
  const live = flow.publishedVersion?.id
  // The backup is the export of what is live: also what the file is compared with.
  await backUp(flow, outcome, ctx)
  const liveFile = live === undefined ? undefined : outcome.exported?.[live]
  if (liveFile !== undefined && (await sameContent(liveFile, file))) {
    if (outcome.backup)
      outcome.backup = { ...outcome.backup, content: undefined, note: 'not needed: the file is live already' }
    outcome.checks.push({
      name: 'already at target',
      passed: true,
      detail: `${live} has the file's content: nothing to import`
    })
    outcome.status = 'unchanged'
    return
  }
  const current = outcome.unlock ? await unlockFlow(flow, outcome, ctx) : flow
  if (!current) return
  if (liveFile !== undefined && wantsDiff(ctx, false)) outcome.diff = await fileDiff(live!, liveFile, file)
  await importFile(flow.id, file, outcome, ctx)
}

/** The file must name this flow: an import matches flows by name and type, and would make a second one. */
function checkFileNamesFlow(flow: ReadFlow, file: FlowFile, outcome: FlowOutcome): void {
  const type = flow.type?.toLowerCase()
  const detail =
    flow.name === undefined || type === undefined
      ? missingField(flow.name === undefined ? 'name' : 'type', 'whether the file names this flow cannot be told')
      : flow.name !== file.flowName || type !== file.flowType
        ? `${file.path} names the ${fileKeyOf(file.flowType) ?? file.flowType} flow "${file.flowName}", but flow ${flow.id} is the ${fileKeyOf(type) ?? type} flow "${flow.name}": the import would change or create that flow instead (a renamed file makes a second flow), so nothing was imported`
        : undefined
  outcome.checks.push({
    name: 'file names this flow',
    passed: !detail,
    detail: detail ?? `${file.path} names "${file.flowName}" (${fileKeyOf(file.flowType) ?? file.flowType})`
  })
  if (detail) throw new CheckFailedError(detail)
}

async function sameContent(exported: string, file: FlowFile): Promise<boolean> {
  return (await normalise(exported)) === (await normalise(file.content))
}

async function fileDiff(live: string, liveFile: string, file: FlowFile) {
  return {
    live: { version: live, file: await forContentDiff(liveFile) },
    target: { version: file.path, file: await forContentDiff(file.content) }
  }
}

/** Plans compare with the live version's export; a failed export leaves the comparison to apply. */
async function planFile(
  flowId: string,
  live: string | undefined,
  file: FlowFile,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<void> {
  outcome.status = 'planned'
  if (live === undefined) {
    outcome.notes.push(`Nothing is live: apply would import ${file.path} as the flow's first published version.`)
    return
  }
  const exported = await exportVersion({ flowId, version: live }, ctx).catch((err: unknown) => {
    outcome.notes.push(`⚠ The file was not compared with ${live}: ${(err as Error).message}; apply compares again.`)
    return undefined
  })
  if (!exported) return
  if (await sameContent(exported.file, file)) {
    outcome.checks.push({
      name: 'already at target',
      passed: true,
      detail: `${live} has the file's content: nothing to import`
    })
    outcome.status = 'unchanged'
    return
  }
  outcome.notes.push(`Apply would import ${file.path} as a new version of the flow and publish it, replacing ${live}.`)
  if (wantsDiff(ctx, false)) outcome.diff = await fileDiff(live, exported.file, file)
}

/** `mode: check` with a flow file: in sync when the live version's content is the file's. */
async function checkFile(
  flowId: string,
  live: string | undefined,
  file: FlowFile,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<void> {
  outcome.live = { version: live, since: undefined }
  const exported = live === undefined ? undefined : await exportVersion({ flowId, version: live }, ctx)
  const name = 'live is the file'
  if (exported && (await sameContent(exported.file, file))) {
    outcome.checks.push({ name, passed: true, detail: `${live} has the content of ${file.path}` })
    outcome.status = 'in-sync'
    return
  }
  const detail =
    live === undefined
      ? `nothing is live; the file is ${file.path}`
      : `${live} is live, with other content than ${file.path}`
  outcome.checks.push({ name, passed: false, detail })
  if (exported && wantsDiff(ctx, true)) outcome.diff = await fileDiff(live!, exported.file, file)
  outcome.status = 'drifted'
  outcome.error = { message: detail, code: 'drifted' }
}

/** Imports the file, requires that the job changed this flow, and verifies the live content. */
async function importFile(flowId: string, file: FlowFile, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  ctx.log.info(`Importing ${file.path} as a new version`)
  outcome.publishRequestedAt = ctx.clock.now()
  const job = await runImport(file.content, outcome, ctx)
  outcome.deploy = { ...outcome.deploy!, importJobId: job.id, command: job.command }
  if (job.flow?.id !== flowId)
    throw new CheckFailedError(
      `the import job ${job.id} changed flow ${job.flow?.name ?? ''} (${job.flow?.id ?? 'no id given'}), not ${flowId}: check that flow`
    )

  const after = await readFlow(flowId, ctx.genesys, [])
  const version = after.publishedVersion?.id
  outcome.versions.published = version
  outcome.versions.target = version
  outcome.deploy.version = version
  const verified =
    version !== undefined && (await sameContent((await exportVersion({ flowId, version }, ctx)).file, file))
  if (verified) {
    outcome.status = 'switched'
    outcome.verifiedAt = ctx.clock.now()
    outcome.notes.push(`${file.path} is live as version ${version}, verified by content (import job ${job.id}).`)
    return
  }
  const moved = `the import of ${file.path} left ${version ? `version ${version}` : 'no version'} live, with other content than the file's`
  const previous = outcome.spec.rollbackVersion ?? outcome.versions.previous
  if (!ctx.settings.autoRollback || !previous) {
    outcome.status = 'failed'
    if (!previous) outcome.rollback = { attempted: false, status: 'not-possible' }
    outcome.error = {
      message: `${moved}; ${previous ? 'auto-rollback is off, so it stays' : 'no version was live before the run, so there is nothing to roll back to'}`
    }
    return
  }
  // The version before is no longer the checked-in one: only its content, restored, puts it back.
  const restoring = { ...ctx, settings: { ...ctx.settings, rollbackStrategy: 'restore' as const } }
  await rollBack(flowId, previous, moved, outcome, restoring)
}
