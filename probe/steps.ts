import { parse as parseYaml } from 'yaml'
import { PlatformError, errorMessage, isAmbiguous } from '../src/model/errors.js'
import { newOutcome, type FlowOutcome } from '../src/model/outcome.js'
import { randomUUID } from 'node:crypto'
import type { Flow, FlowVersion, LookupIdForm, Operation, StartedOperation } from '../src/model/port.js'
import type { PromotionContext } from '../src/promotion/platform/context.js'
import { compareContent, listPaths } from '../src/promotion/platform/flow-content.js'
import { exportVersion } from '../src/promotion/platform/jobs.js'
import { fromGrants } from '../src/promotion/checks/permissions.js'
import { startPublish } from '../src/promotion/switch/publish.js'
import { readFlow, type ReadFlow } from '../src/promotion/platform/resolve-flow.js'
import { restoreVersion, type Restored } from '../src/promotion/restore/restore.js'
import { isComplete } from '../src/promotion/platform/snapshot.js'
import { waitForOperation, type WaitResult } from '../src/promotion/switch/wait.js'
import { VALIDATE_ASSUMES, describeValidation, probeValidation, type ValidationFinding } from './validate-jobs.js'

/**
 * The probe: what the platform does when a flow version that is neither live nor checked in is
 * published, and whether the action's way back (publish the checked-in version, or restore through
 * export and import jobs, verified by content) works there. It runs the action's own promotion
 * code on the flow it is given, and puts back what was live whatever happened.
 */

/** What the emulator assumes at each step: the report puts the platform's answer beside it. */
export const EMULATOR_ASSUMES = {
  read: 'the flow answers its live and checked-in versions, its lock and its last operation',
  lookup:
    'both forms of the ids: one comma-joined `id` (what the SDK sends, and so the action) and repeated `id` parameters (the API definition’s), unless its `lookup.idForms` says otherwise',
  versions: 'every version listed is checked in and can be published',
  export:
    'an export job ends Success; the file is the version’s content plus a `# Exported by` comment and `exportDate`, `exportedVersion` under the flow (assumed)',
  publish: 'any known version id: 200 and a PUBLISH operation',
  wait: 'the operation completes with SUCCESS after the publish duration; no lock is left behind',
  readBack:
    'default (publishOnlyCheckedIn: true): 200, SUCCESS, nothing changes; publishOnlyCheckedIn: false: the id goes live',
  putBackPublish: 'publishing the checked-in version makes it live',
  restore: 'an import job makes a new version (the next whole number) from the file, checks it in and publishes it',
  verify:
    'the export of the imported version equals the file imported, apart from the comment, `exportDate` and `exportedVersion`',
  grants:
    "one grant per role and division, `{division: {id, name}, role: {policies: [{domain, entityName, actions}]}}` (the SDK model's `actions`; public evidence shows `actionSet`)",
  permitted: 'the divisions where the client holds the permission, paged, with `allDivsPermitted`'
} as const

/**
 * What publishing the probed id did: it went live; 200 and nothing changed; the operation failed;
 * the platform refused the request; another version went live; it was still running; or it cannot be told.
 */
export type FindingKind =
  | 'went-live'
  | 'nothing-changed'
  | 'publish-failed'
  | 'publish-refused'
  | 'other-version-live'
  | 'still-running'
  | 'unclear'

export interface ProbeStep {
  title: string
  /** What the platform did (or the emulator, playing it). */
  platform: string
  emulator: string
  ok: boolean
}

export interface ProbeResult {
  /** Why the probe wrote nothing: it refused before its first write. */
  refusal?: string
  steps: ProbeStep[]
  /** The live version before the probe, the id it published, and the checked-in version then. */
  previous?: string
  candidate?: string
  checkedIn?: string
  finding?: { kind: FindingKind; text: string }
  /** How what was live before came back, and whether its content was verified live again. */
  wayBack?: {
    how: 'publish' | 'restore' | 'nothing to do' | 'not started'
    detail: string
    /** The publish or restore itself did what it should. */
    ok: boolean
    /** What was live before is live again, by content. */
    verified: boolean
  }
  /** Set when the previous content is not verified live again: what is live, and what to do. */
  leftChanged?: string
  /** How the flow lookup read the flow's id and an unknown one, in each form of the ids. */
  lookupIds?: Record<LookupIdForm, string>
  /** What the org answers to validate jobs (read-only, before any write). */
  validation?: ValidationFinding
  /** Platform answers worth showing as shapes (the report redacts them). */
  shapes: { label: string; value: unknown }[]
  /** The action's own notes and warnings while it ran. */
  notes: string[]
  /** Version ids seen (not identifying: they are numbers such as 3.0). */
  liveAfterProbe?: string
  liveAtEnd?: string
}

/** Records a step and reports it. */
type StepFn = (title: string, platform: string, emulator: string, ok?: boolean) => void

/** How the run reports progress: every step as it ends, and every read of the flow (names to hide). */
export interface ProbeListener {
  step?(step: ProbeStep): void
  flow?(flow: Flow): void
}

export async function runProbe(flowId: string, ctx: PromotionContext, listen: ProbeListener = {}) {
  const result: ProbeResult = { steps: [], shapes: [], notes: [] }
  const step: StepFn = (title, platform, emulator, ok = true) => {
    const s = { title, platform, emulator, ok }
    result.steps.push(s)
    listen.step?.(s)
  }
  const refuse = (why: string): ProbeResult => {
    result.refusal = why
    return result
  }
  const outcome = newOutcome({ flowId, targetVersion: '' }, ctx.clock.now())

  // 1. The flow: refuse anything the probe could not undo cleanly.
  let flow: ReadFlow
  try {
    flow = await readFlow(flowId, ctx.genesys, outcome.checks)
  } catch (err) {
    step('read the flow', `failed: ${errorMessage(err)}`, EMULATOR_ASSUMES.read, false)
    return refuse(`the flow could not be read: ${errorMessage(err)}`)
  }
  listen.flow?.(flow)
  const live = flow.publishedVersion?.id
  const checkedIn = flow.checkedInVersion?.id
  result.previous = live
  result.checkedIn = checkedIn
  step('read the flow', describeFlow(flow, ctx.settings.clientId), EMULATOR_ASSUMES.read)
  result.lookupIds = await lookupForms(flowId, ctx)
  step(
    'look up the flow by id, the ids in each form (reads)',
    `comma-joined (the SDK’s form, which the action sends): ${result.lookupIds['comma-joined']}; repeated id parameters: ${result.lookupIds.repeated}`,
    EMULATOR_ASSUMES.lookup,
    result.lookupIds['comma-joined'] === LOOKUP_READ
  )
  const op = flow.currentOperation
  if (flow.lockedUser || (flow.lockedClient && flow.lockedClient.id !== ctx.settings.clientId))
    return refuse(
      `the flow is locked by ${flow.lockedUser ? 'a user' : 'another OAuth client'}: the probe changes only a flow nobody is editing. Unlock it in Architect (or pick another scratch flow) and run it again`
    )
  if (op && isComplete(op) !== true)
    return refuse(
      `an operation (${op.actionName ?? 'of an unnamed kind'}) ${isComplete(op) === false ? 'is running' : 'may be running (the answer does not say it is complete)'} on the flow: run the probe again once it has ended`
    )
  if (!live)
    return refuse('the flow has no live (published) version: publish one in Architect, then run the probe again')
  if (!checkedIn)
    return refuse('the platform’s answer names no checked-in version: which id is the checked-in one cannot be told')

  // What the client may do, as both authorization endpoints answer: read-only, and it decides nothing here.
  await askPermissions(flow, result, step, ctx)

  // 2. An id that is neither live nor checked in: preferably one that was live once.
  let versions: FlowVersion[]
  try {
    versions = await ctx.genesys.listFlowVersions(flowId)
  } catch (err) {
    step('list the versions', `failed: ${errorMessage(err)}`, EMULATOR_ASSUMES.versions, false)
    return refuse(`the flow's versions could not be listed: ${errorMessage(err)}`)
  }
  const candidates = versions.filter(
    (v) => v.id !== undefined && v.id !== live && v.id !== checkedIn && v.type?.toUpperCase() !== 'SAVE'
  )
  const candidate = (candidates.find((v) => v.datePublished) ?? candidates[0])?.id
  step(
    'list the versions',
    `${versions.length} version${versions.length === 1 ? '' : 's'}; ${candidates.length} neither live nor checked in` +
      (candidate
        ? `; probing with ${candidate}${candidates.find((v) => v.id === candidate)?.datePublished ? ' (live once before)' : ''}`
        : ''),
    EMULATOR_ASSUMES.versions,
    candidate !== undefined
  )
  if (!candidate)
    return refuse(
      `the flow needs a version that is neither live (${live}) nor checked in (${checkedIn}), so at least ${live === checkedIn ? 'two' : 'three'} checked-in versions: check in and publish another version in Architect, then run the probe again`
    )
  result.candidate = candidate

  // Read-only, before any write: what the org answers to validate jobs.
  const checkedInIds = versions.flatMap((v) => (v.id && v.type?.toUpperCase() !== 'SAVE' ? [v.id] : []))
  result.validation = await probeValidation(flowId, checkedInIds, ctx)
  if (result.validation.state)
    result.shapes.push({ label: 'the validate job when it ended', value: result.validation.state })
  step('validate the checked-in versions (read-only)', describeValidation(result.validation), VALIDATE_ASSUMES)

  // 3. Before the first write: the way back (and what the probed id holds), exported.
  const files: Record<string, string> = {}
  for (const [version, what] of [
    [live, `${live}, the live version (the way back, before any write)`],
    [candidate, `${candidate}, the version to publish`]
  ] as const) {
    try {
      files[version] = (await exportVersion({ flowId, version }, ctx)).file
      step(`export ${what}`, `Success; ${describeFile(files[version])}`, EMULATOR_ASSUMES.export)
    } catch (err) {
      step(`export ${what}`, `failed: ${errorMessage(err)}`, EMULATOR_ASSUMES.export, false)
      return refuse(
        `the export of ${version} failed (${errorMessage(err)}): without it the way back could not be verified, so nothing was published. The client needs architect:jobExport:create and architect:jobExport:view`
      )
    }
  }
  const previousFile = files[live]!

  // 4. The write: publish the probed id, wait, read back.
  const publishStarted = ctx.clock.now()
  let started: StartedOperation | undefined
  let publishError: unknown
  try {
    started = await startPublish(flowId, candidate, op?.id, outcome, ctx)
    result.shapes.push({ label: 'the publish answer', value: started })
    step(
      `publish ${candidate} (neither live nor checked in)`,
      `200: operation ${started.actionName ?? '(no actionName)'}, actionStatus ${started.actionStatus ?? '(none)'}`,
      EMULATOR_ASSUMES.publish
    )
  } catch (err) {
    publishError = err
    step(
      `publish ${candidate} (neither live nor checked in)`,
      `failed: ${errorMessage(err)}`,
      EMULATOR_ASSUMES.publish,
      false
    )
  }

  let waited: WaitResult | undefined
  if (started) {
    try {
      waited = await waitForOperation(flowId, started, op?.id, candidate, ctx)
      const seen = waited.operation ?? waited.flow?.currentOperation
      if (seen) result.shapes.push({ label: 'the operation when the wait ended', value: seen })
      step(
        'wait for the operation',
        describeWait(waited, ctx.clock.now() - publishStarted),
        EMULATOR_ASSUMES.wait,
        !waited.timedOut
      )
    } catch (err) {
      step('wait for the operation', `failed: ${errorMessage(err)}`, EMULATOR_ASSUMES.wait, false)
    }
  }

  let after: ReadFlow | undefined
  try {
    after = await readFlow(flowId, ctx.genesys, outcome.checks)
    listen.flow?.(after)
    result.shapes.push({ label: 'the flow after the publish', value: after })
  } catch (err) {
    step('read back', `failed: ${errorMessage(err)}`, EMULATOR_ASSUMES.readBack, false)
  }
  const liveAfter = after?.publishedVersion?.id
  result.liveAfterProbe = liveAfter
  let otherHolds = ''
  if (after && liveAfter && liveAfter !== live && liveAfter !== candidate) {
    otherHolds = await contentOf(flowId, liveAfter, files, ctx)
  }
  result.finding = classify({
    candidate,
    previous: live,
    liveAfter: after ? liveAfter : undefined,
    readBack: after !== undefined,
    publishError,
    waited,
    otherHolds
  })
  if (after)
    step(
      'read back',
      `live: ${liveAfter ?? 'none'}; checked in: ${after.checkedInVersion?.id ?? 'none'}; lockedClient: ${lockState(after, ctx.settings.clientId)}`,
      EMULATOR_ASSUMES.readBack
    )

  // 5. Whatever happened, put back what was live, and verify it by content.
  const refusedOutright = refusedByPlatform(publishError) && (after === undefined || liveAfter === live)
  if (refusedOutright) {
    result.wayBack = {
      how: 'nothing to do',
      detail: 'the platform refused the publish, so nothing was written',
      ok: true,
      verified: false
    }
    step('put back', `nothing to put back: the publish was refused`, '—')
  } else {
    await putBack(flowId, live, checkedIn, previousFile, waited, started, outcome, result, step, ctx)
  }
  await verify(flowId, live, previousFile, result, step, ctx)
  result.notes.push(...outcome.notes)
  return result
}

const LOOKUP_READ = 'read (the flow answered, an unknown id left out)'

/**
 * The flow's id and an id no flow has, looked up with the ids in each form: which one the platform
 * reads. A form it does not read answers less (or is refused); the action sends the SDK's form and,
 * when the lookup leaves out a flow that a read finds, reads flow by flow.
 */
async function lookupForms(flowId: string, ctx: PromotionContext): Promise<Record<LookupIdForm, string>> {
  const forms: LookupIdForm[] = ['comma-joined', 'repeated']
  const found: Record<LookupIdForm, string> = { 'comma-joined': '', repeated: '' }
  for (const form of forms) {
    try {
      const flows = await ctx.genesys.lookupFlows([flowId, randomUUID()], form)
      found[form] = flows.some((f) => f.id?.toLowerCase() === flowId.toLowerCase())
        ? LOOKUP_READ
        : 'not read as a list (the flow was left out)'
    } catch (err) {
      const status = err instanceof PlatformError ? [err.status && `HTTP ${err.status}`, err.code].filter(Boolean) : []
      found[form] = `refused (${status.join(', ') || errorMessage(err)})`
    }
  }
  return found
}

/**
 * What a real org answers for the permissions check's two endpoints, under client credentials: how
 * many grants, the key its policies list actions under, whether every-division grants show, and
 * whether each says the client may publish in the flow's division. The report shows one grant, with
 * at most three policies, as a shape.
 */
async function askPermissions(flow: ReadFlow, result: ProbeResult, step: StepFn, ctx: PromotionContext): Promise<void> {
  const division = flow.division?.id
  const publish = 'architect:flow:publish'
  try {
    const grants = (await ctx.genesys.getMyGrants()) ?? []
    const policies = grants.flatMap((g) => g.role?.policies ?? [])
    const keys = (['actions', 'actionSet'] as const).filter((key) => policies.some((p) => p[key] !== undefined))
    const held = fromGrants(grants)?.holds(publish, division)
    const first = grants[0] && {
      ...grants[0],
      role: grants[0].role && { ...grants[0].role, policies: grants[0].role.policies?.slice(0, 3) }
    }
    if (first) result.shapes.push({ label: `the first of ${grants.length} grants (subjects/me)`, value: first })
    step(
      'ask what the client may do (authorization subjects/me)',
      `${grants.length} grants in ${new Set(grants.map((g) => g.division?.id)).size} divisions` +
        `${grants.some((g) => g.division?.id === '*') ? ' (one is *)' : ''}; policies list their actions under ${keys.join(' and ') || 'no key the action reads'}` +
        `${policies.some((p) => p.condition) ? '; some have a condition' : ''}; ${publish} in the flow's division: ${held === undefined ? 'cannot be told' : held ? 'held' : 'not held'}`,
      EMULATOR_ASSUMES.grants
    )
  } catch (err) {
    step(
      'ask what the client may do (authorization subjects/me)',
      `failed: ${errorMessage(err)}`,
      EMULATOR_ASSUMES.grants,
      false
    )
  }
  try {
    const permitted = await ctx.genesys.divisionsPermitted(publish)
    const inFlowDivision = permitted.all || permitted.divisions.some((d) => d.id === division)
    step(
      `ask where the client holds ${publish} (authorization divisionspermitted)`,
      `${permitted.divisions.length} divisions, allDivsPermitted: ${permitted.all}; the flow's division: ${inFlowDivision ? 'included' : 'not included'}`,
      EMULATOR_ASSUMES.permitted
    )
  } catch (err) {
    step(
      `ask where the client holds ${publish} (authorization divisionspermitted)`,
      `failed: ${errorMessage(err)}`,
      EMULATOR_ASSUMES.permitted,
      false
    )
  }
}

/** Publishes `previous` back when it is the checked-in version, or restores its content. */
async function putBack(
  flowId: string,
  previous: string,
  checkedInBefore: string,
  previousFile: string,
  waited: WaitResult | undefined,
  started: StartedOperation | undefined,
  outcome: FlowOutcome,
  result: ProbeResult,
  step: StepFn,
  ctx: PromotionContext
): Promise<void> {
  let how: 'publish' | 'restore' | undefined
  let title = `put back ${previous}`
  try {
    if (waited?.timedOut && started) {
      // Our publish may still be running: a write now would be refused (409). Wait once more.
      const again = await waitForOperation(flowId, started, undefined, result.candidate!, ctx)
      if (again.timedOut) throw new Error(`the publish of ${result.candidate} was still running after a second wait`)
    }
    const flow = await readFlow(flowId, ctx.genesys, outcome.checks)
    const checkedIn = flow.checkedInVersion?.id
    if (checkedIn === previous) {
      how = 'publish'
      title = `put back ${previous}: publish it (it is the checked-in version)`
      const op = await startPublish(flowId, previous, flow.currentOperation?.id, outcome, ctx)
      const w = await waitForOperation(flowId, op, flow.currentOperation?.id, previous, ctx)
      const liveNow = w.flow?.publishedVersion?.id
      const ok = !w.timedOut && liveNow === previous
      const platform = `${w.timedOut ? 'still running at the end of the wait' : `operation ${w.operation?.actionStatus ?? 'complete'}`}; live: ${liveNow ?? 'none'}`
      result.wayBack = { how, detail: `${previous} published again: ${platform}`, ok, verified: false }
      step(title, platform, EMULATOR_ASSUMES.putBackPublish, ok)
      return
    }
    how = 'restore'
    title = `put back ${previous}: restore its content through an import job (it is not the checked-in version${checkedIn !== checkedInBefore ? ` any more: ${checkedIn ?? 'none'} is` : ''})`
    outcome.exported = { [previous]: previousFile }
    const restored: Restored = await restoreVersion(flowId, previous, outcome, ctx)
    const job = await ctx.genesys.getImportJob(restored.importJobId).catch(() => undefined)
    if (job) result.shapes.push({ label: 'the import job when it ended', value: job })
    const check = `the restore's own content check: ${restored.verified ? 'equal' : 'different'}`
    result.wayBack = {
      how,
      detail: `${previous}'s content imported as ${restored.version ?? '(no version live)'}; ${check}`,
      ok: restored.verified,
      verified: false
    }
    step(
      title,
      `import job ${job?.status ?? 'ended'}${job?.command ? ` (${job.command})` : ''}; new version live: ${restored.version ?? 'none'}; ${check}`,
      EMULATOR_ASSUMES.restore,
      restored.verified
    )
  } catch (err) {
    result.wayBack = { how: how ?? 'not started', detail: `failed: ${errorMessage(err)}`, ok: false, verified: false }
    step(
      title,
      `failed: ${errorMessage(err)}`,
      how === 'publish' ? EMULATOR_ASSUMES.putBackPublish : EMULATOR_ASSUMES.restore,
      false
    )
  }
}

/** The version live now, exported, must equal the export of what was live before the first write. */
async function verify(
  flowId: string,
  previous: string,
  previousFile: string,
  result: ProbeResult,
  step: StepFn,
  ctx: PromotionContext
): Promise<void> {
  let liveNow: string | undefined
  let same = false
  try {
    const flow = await readFlow(flowId, ctx.genesys, [])
    liveNow = flow.publishedVersion?.id
    result.liveAtEnd = liveNow
    if (!liveNow) throw new Error('no version is live')
    const { file } = await exportVersion({ flowId, version: liveNow }, ctx)
    const compared = await compareContent(file, previousFile)
    same = compared.same
    step(
      'verify by content',
      same
        ? `the export of ${liveNow} holds the export of ${previous} taken before the first write${compared.beyond.length ? `, and beyond it: ${listPaths(compared.beyond)}` : ''}`
        : `the export of ${liveNow} differs from the export of ${previous} taken before the first write: ${listPaths(compared.changes)}`,
      EMULATOR_ASSUMES.verify,
      same
    )
  } catch (err) {
    step('verify by content', `failed: ${errorMessage(err)}`, EMULATOR_ASSUMES.verify, false)
  }
  if (result.wayBack) result.wayBack.verified = same
  if (!same) {
    result.leftChanged =
      `the flow may be left changed: ${liveNow ?? 'an unknown version'} is live, and ${previous}'s content is not verified live again. ` +
      `Put it back by hand: in Architect open version ${previous}, export it, import it into the flow and publish it` +
      (previous === result.checkedIn ? ` (or publish ${previous}: it was the checked-in version)` : '') +
      '; then check what is live before running the probe again'
  }
}

/** The probe completed: what was live before is live again, verified by content. */
export function probeSucceeded(result: ProbeResult): boolean {
  return !result.refusal && !result.leftChanged && result.wayBack?.ok === true && result.wayBack.verified
}

/** Why the probe did not complete, in a sentence; undefined when it did. */
export function whyNotCompleted(result: ProbeResult): string | undefined {
  if (probeSucceeded(result)) return undefined
  if (result.refusal) return `it refused: ${result.refusal}`
  if (result.leftChanged) return result.leftChanged
  if (result.wayBack && !result.wayBack.ok && result.wayBack.verified)
    return `the way back did not work (${result.wayBack.how}: ${result.wayBack.detail}), but what was live before is still live, verified by content: nothing needs putting back`
  return 'the way back was not verified'
}

/** A publish the platform answered with a refusal (a 4xx): it did not act. */
function refusedByPlatform(err: unknown): err is PlatformError {
  return err instanceof PlatformError && !isAmbiguous(err)
}

function classify(seen: {
  candidate: string
  previous: string
  liveAfter?: string
  readBack: boolean
  publishError: unknown
  waited?: WaitResult
  otherHolds: string
}): { kind: FindingKind; text: string } {
  const { candidate, previous, liveAfter, publishError, waited } = seen
  const op: Operation | undefined = waited?.operation
  if (!seen.readBack) return { kind: 'unclear', text: `the flow could not be read back after publishing ${candidate}` }
  if (liveAfter === candidate)
    return {
      kind: 'went-live',
      text: `publishing ${candidate} (neither live nor checked in) made it live: older ids go live`
    }
  if (refusedByPlatform(publishError))
    return {
      kind: 'publish-refused',
      text: `publishing ${candidate} was refused (${[publishError.status && `HTTP ${publishError.status}`, publishError.code].filter(Boolean).join(', ') || 'no status'}); ${previous} stayed live`
    }
  if (publishError)
    return {
      kind: 'unclear',
      text: `publishing ${candidate} got no clear answer; ${liveAfter ?? 'no version'} is live`
    }
  if (waited?.timedOut)
    return {
      kind: 'still-running',
      text: `the publish of ${candidate} was still running at the end of the wait; ${liveAfter ?? 'no version'} is live`
    }
  if (liveAfter === previous && op?.actionStatus === 'FAILURE')
    return {
      kind: 'publish-failed',
      text: `publishing ${candidate} answered 200, then its operation ended FAILURE${op.errorCode ? ` (${op.errorCode})` : ''}; ${previous} stayed live`
    }
  if (liveAfter === previous)
    return {
      kind: 'nothing-changed',
      text: `publishing ${candidate} (neither live nor checked in) answered 200, its operation ended ${op?.actionStatus ?? 'without a status'}, and ${previous} stayed live: nothing changed`
    }
  return {
    kind: 'other-version-live',
    text: `publishing ${candidate} left ${liveAfter ?? 'no version'} live, neither it nor ${previous}${seen.otherHolds ? `; ${liveAfter} holds ${seen.otherHolds}` : ''}`
  }
}

/** Whose content a version holds, among the files exported before the write. */
async function contentOf(
  flowId: string,
  version: string,
  known: Record<string, string>,
  ctx: PromotionContext
): Promise<string> {
  try {
    const file = (await exportVersion({ flowId, version }, ctx)).file
    for (const [id, text] of Object.entries(known))
      if ((await compareContent(file, text)).same) return `${id}'s content`
    return 'content of neither'
  } catch (err) {
    return `content that could not be exported (${errorMessage(err)})`
  }
}

function describeFlow(flow: Flow, clientId: string): string {
  const op = flow.currentOperation
  return [
    `live: ${flow.publishedVersion?.id ?? 'none'}`,
    `checked in: ${flow.checkedInVersion?.id ?? 'none'}`,
    `saved draft: ${flow.savedVersion?.id ?? 'none'}`,
    `lock: ${flow.lockedUser ? 'a user' : flow.lockedClient ? (flow.lockedClient.id === clientId ? 'our client' : 'another OAuth client') : 'none'}`,
    `last operation: ${op ? `${op.actionName ?? '(no actionName)'} ${op.actionStatus ?? ''}, complete: ${op.complete ?? 'not given'}` : 'none'}`
  ].join('; ')
}

function describeWait(waited: WaitResult, elapsedMs: number): string {
  const op = waited.operation
  const seconds = `${(elapsedMs / 1000).toFixed(1)} s`
  const replaced = waited.replacedBy
    ? `; another operation (${waited.replacedBy.actionName ?? 'unnamed'}) replaced ours on the flow`
    : ''
  if (waited.timedOut) return `still running after ${seconds}${replaced}`
  if (!op) return `ours no longer shown; the target was live after ${seconds}${replaced}`
  return `complete after ${seconds}: actionStatus ${op.actionStatus ?? '(none)'}${op.errorCode ? `, errorCode ${op.errorCode}` : ''}${replaced}`
}

function lockState(flow: Flow, clientId: string): string {
  if (!flow.lockedClient) return 'not set'
  return flow.lockedClient.id === clientId ? 'set, to our client' : 'set, to another client'
}

/** A flow file's shape: its size, comment lines and the keys under the flow (Archy's, not the org's). */
export function describeFile(text: string): string {
  const lines = text.split('\n')
  const comments = lines.filter((l) => /^\s*#/.test(l)).length
  let keys: string
  try {
    const root = parseYaml(text) as Record<string, unknown> | null
    const top = root && typeof root === 'object' ? Object.keys(root) : []
    const body = top[0] !== undefined ? root![top[0]] : undefined
    keys =
      body && typeof body === 'object' && !Array.isArray(body)
        ? `top-level key ${top[0]}${top.length > 1 ? ` (+${top.length - 1} more)` : ''}, keys under it: ${Object.keys(body).join(', ')}`
        : `top-level keys: ${top.join(', ') || 'none'}`
  } catch {
    keys = '(not YAML)'
  }
  return `${Buffer.byteLength(text)} bytes, ${lines.length} lines, ${comments} comment line${comments === 1 ? '' : 's'}; ${keys}`
}
