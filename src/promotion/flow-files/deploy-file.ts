import { CheckFailedError, PlatformError, errorMessage } from '../../model/errors.js'
import { fileKeyOf } from '../../model/flow-types.js'
import type { FlowOutcome } from '../../model/outcome.js'
import { withoutSecrets, type FlowFile } from '../../model/plan.js'
import type { PromotionContext } from '../platform/context.js'
import { backUp } from '../restore/backup.js'
import { compareContent, liveLaidOutAsFile, listPaths, type ContentComparison } from '../platform/flow-content.js'
import { forContentDiff } from '../platform/flow-file.js'
import { wantsDiff } from '../platform/insight.js'
import { exportVersion } from '../platform/jobs.js'
import { readFlow, type ReadFlow } from '../platform/resolve-flow.js'
import { runImport } from '../restore/restore.js'
import { rollBack } from '../switch/switch.js'
import { unlockFlow } from '../switch/unlock.js'
import { missingField, recordExpectedVersion, recordPreconditions } from '../checks/validate.js'

/**
 * `flow-file`: the file's content as a new version of the flow it names. The live version's export
 * comes first: holding the file's content (compareContent) is `unchanged` (no import, so version
 * numbers do not climb on every run, and a flow someone has open in Architect does not block a
 * release that leaves it alone); in apply it is also the backup, and in plans the diff's left side.
 * Apply imports the file (the job makes a version and publishes it), requires the job to have
 * changed this flow, and verifies by content; content other than the file's is rolled back to the
 * backup by restore.
 */
export async function checkFileDeploy(
  flow: ReadFlow,
  outcome: FlowOutcome,
  ctx: PromotionContext
): Promise<'write' | 'done'> {
  const file = outcome.spec.flowFile!
  const { mode } = ctx.settings
  outcome.deploy = { path: file.path, sha256: file.sha256, substitutedSha256: file.substitutedSha256 }
  checkFileNamesFlow(flow, file, outcome)
  const live = flow.publishedVersion?.id
  if (flow.publishedVersion && live === undefined) {
    const detail = missingField('publishedVersion.id', 'which version is live cannot be told')
    outcome.checks.push({ name: 'live version known', passed: false, detail })
    throw new CheckFailedError(detail)
  }
  if (mode === 'check') {
    await checkFile(flow.id, live, file, outcome, ctx)
    return 'done'
  }

  // What is live, exported: in apply the backup (a read; without it there is no way back).
  let liveFile: string | undefined
  if (mode === 'apply') {
    // A flow file's way back is a restore: its backup is never skipped, whatever rollback-strategy says.
    await backUp(flow, outcome, restoring(ctx))
    liveFile = live === undefined ? undefined : outcome.exported?.[live]
  } else if (live !== undefined) {
    liveFile = await exportVersion({ flowId: flow.id, version: live }, ctx).then(
      (exported) => exported.file,
      (err: unknown) => {
        outcome.notes.push(`⚠ The file was not compared with ${live}: ${errorMessage(err)}; apply compares again.`)
        return undefined
      }
    )
  }
  const compared = liveFile === undefined ? undefined : await compareWithLive(live!, liveFile, file, outcome)
  if (compared?.same) {
    if (outcome.backup)
      outcome.backup = { ...outcome.backup, content: undefined, note: 'not needed: the file is live already' }
    outcome.checks.push({
      name: 'already at target',
      passed: true,
      detail: `${live} has the content of ${file.path}${beyondDetail(compared)}: nothing to import`
    })
    outcome.status = 'unchanged'
    return 'done'
  }

  const failures: string[] = []
  const record = (name: string, passed: boolean, detail: string) => {
    outcome.checks.push({ name, passed, detail })
    if (!passed) failures.push(detail)
  }
  recordExpectedVersion(live, outcome, record)
  recordPreconditions(flow, outcome, ctx, record)
  // Dependency tracking knows versions; the file is not one until the import makes it (a source's version is checked there).
  if (!outcome.source)
    outcome.checks.push({
      name: 'dependencies',
      passed: true,
      skipped: true,
      detail:
        'not checked: dependency tracking reads versions, and the file is not one before the import; an import whose file names something the org lacks (a queue, a data action) fails, and nothing goes live'
    })
  if (failures.length) throw new CheckFailedError(failures.join('; '))
  if (liveFile !== undefined && wantsDiff(ctx, false)) outcome.diff = await fileDiff(live!, liveFile, file)
  if (mode === 'plan') {
    outcome.status = 'planned'
    outcome.notes.push(
      live === undefined
        ? `Nothing is live: apply would import ${file.path} as the flow's first published version.`
        : `Apply would import ${file.path} as a new version of the flow and publish it, replacing ${live}.`
    )
    return 'done'
  }
  return 'write'
}

/** Apply, after the checks and the backup: force-unlock, import, verify. */
export async function writeFileDeploy(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  const current = outcome.unlock ? await unlockFlow(flow, outcome, ctx) : flow
  if (!current) return
  await importFile(flow.id, outcome.spec.flowFile!, outcome, ctx)
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

/**
 * Compares the live version's export with the file (what decides `unchanged` and `in-sync`), and
 * records what the live version holds beyond the file, so that a reviewer sees it: in the record,
 * and in a note of the summary and the plan's comment.
 */
async function compareWithLive(
  version: string,
  liveFile: string,
  file: FlowFile,
  outcome: FlowOutcome
): Promise<ContentComparison> {
  const compared = await compareContent(liveFile, file.content)
  recordBeyond(version, compared, outcome)
  if (compared.beyond.length)
    outcome.notes.push(
      `${version} also holds what ${file.path} leaves out, taken as what the platform fills in (docs/flow-files.md#what-is-compared): ${listPaths(compared.beyond)}. A key removed from the file would be among them: removing it alone imports nothing; set it in the file to change it.`
    )
  return compared
}

function recordBeyond(version: string, compared: ContentComparison, outcome: FlowOutcome): void {
  outcome.deploy = { ...outcome.deploy!, liveBeyondFile: { version, keys: compared.beyond } }
}

function beyondDetail(compared: ContentComparison): string {
  const n = compared.beyond.length
  return n ? ` (and ${n} ${n === 1 ? 'key' : 'keys'} the file leaves out: ${listPaths(compared.beyond, 3)})` : ''
}

/**
 * The two sides of the diff, each with the secrets substituted into it as `<masked>`: the live side
 * laid out as the file, so that the diff shows what an import changes, not the platform's defaults.
 */
async function fileDiff(live: string, liveFile: string, file: FlowFile) {
  const target = withoutSecrets(file.content, file.secrets)
  return {
    live: { version: live, file: await liveLaidOutAsFile(withoutSecrets(liveFile, file.secrets), target) },
    target: { version: file.path, file: await forContentDiff(target) }
  }
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
  const compared = exported && (await compareWithLive(live!, exported.file, file, outcome))
  const name = 'live is the file'
  if (compared?.same) {
    outcome.checks.push({
      name,
      passed: true,
      detail: `${live} has the content of ${file.path}${beyondDetail(compared)}`
    })
    outcome.status = 'in-sync'
    return
  }
  const detail = !compared
    ? `nothing is live; the file is ${file.path}`
    : `${live} is live, with other content than ${file.path}: ${listPaths(compared.changes, 5)}`
  outcome.checks.push({ name, passed: false, detail })
  if (exported && wantsDiff(ctx, true)) outcome.diff = await fileDiff(live!, exported.file, file)
  outcome.status = 'drifted'
  outcome.error = { message: detail, code: 'drifted' }
}

/**
 * Imports the file, requires that the job changed this flow, and verifies what went live. From the
 * import on, a new version may be live: a failure says so rather than "nothing was written".
 */
async function importFile(flowId: string, file: FlowFile, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  ctx.log.info(`Importing ${file.path} as a new version`)
  outcome.publishRequestedAt = ctx.clock.now()
  const job = await runImport(file.content, outcome, ctx)
  outcome.deploy = { ...outcome.deploy!, importJobId: job.id, command: job.command }
  if (job.flow?.id !== flowId)
    throw new Error(
      `the import job ${job.id} changed flow ${job.flow?.name ?? ''} (${job.flow?.id ?? 'no id given'}), not ${flowId}: check that flow`
    )

  const previous = outcome.versions.previous
  let version: string | undefined
  let verified: boolean
  let differs: string[] = []
  try {
    version = (await readFlow(flowId, ctx.genesys, [])).publishedVersion?.id
    outcome.versions.published = version
    if (version === previous) {
      outcome.status = 'failed'
      outcome.error = {
        message: `the import job ${job.id} reported ${job.status ?? 'success'}, but ${previous ? `version ${previous}` : 'no version'} is still live: nothing changed`
      }
      return
    }
    outcome.versions.target = version
    outcome.deploy.version = version
    // The export of what went live must hold all of the file; what it holds beyond is the platform's.
    if (version !== undefined) {
      const compared = await compareContent((await exportVersion({ flowId, version }, ctx)).file, file.content)
      recordBeyond(version, compared, outcome)
      differs = compared.changes
    }
    verified = version !== undefined && !differs.length
  } catch (err) {
    const consequence = `the import job ${job.id} had put a new version of ${file.path} live, whose content could not be checked: check the flow`
    if (err instanceof PlatformError) throw err.withConsequence(consequence)
    throw new Error(`${errorMessage(err)}; ${consequence}`, { cause: err })
  }
  if (verified) {
    outcome.status = 'switched'
    outcome.verifiedAt = ctx.clock.now()
    outcome.notes.push(`${file.path} is live as version ${version}, verified by content (import job ${job.id}).`)
    return
  }
  const moved = `the import of ${file.path} left ${version ? `version ${version}` : 'no version'} live, with other content than the file's${differs.length ? ` (${listPaths(differs, 5)})` : ''}`
  const rollbackTo = outcome.spec.rollbackVersion ?? previous
  if (!ctx.settings.autoRollback || !rollbackTo) {
    outcome.status = 'failed'
    if (!rollbackTo) outcome.rollback = { attempted: false, status: 'not-possible' }
    outcome.error = {
      message: `${moved}; ${rollbackTo ? 'auto-rollback is off, so it stays' : 'no version was live before the run, so there is nothing to roll back to'}`
    }
    return
  }
  await rollBack(flowId, rollbackTo, moved, outcome, restoring(ctx))
}

/** A flow file's way back: the version before is no longer the checked-in one, so only its content, restored, puts it back. */
export function restoring(ctx: PromotionContext): PromotionContext {
  return { ...ctx, settings: { ...ctx.settings, rollbackStrategy: 'restore' } }
}
