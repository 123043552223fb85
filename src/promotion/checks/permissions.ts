import { CheckFailedError, PlatformError } from '../../model/errors.js'
import type { Check, FlowOutcome } from '../../model/outcome.js'
import { CHECKED_IN } from '../../model/plan.js'
import type { DivisionsPermitted, GenesysPort, PermissionGrant } from '../../model/port.js'
import type { Clearance, Log, PromotionContext } from '../platform/context.js'
import type { ReadFlow } from '../platform/resolve-flow.js'
import { settled, type Settled } from '../platform/settled.js'

/**
 * What each step of a run needs (docs/platform.md#permissions-and-divisions). Flow permissions are
 * granted per division, so they are looked for in the flow's; whether the platform checks the jobs'
 * and dependency tracking's per division is not known, so a grant in any division counts for them.
 */
const STEP_PERMISSIONS = {
  reads: { permissions: ['architect:flow:view'], inDivision: true },
  publish: { permissions: ['architect:flow:publish'], inDivision: true },
  'force-unlock': { permissions: ['architect:flow:unlock'], inDivision: true },
  backup: { permissions: ['architect:jobExport:create', 'architect:jobExport:view'] },
  diff: { permissions: ['architect:jobExport:create', 'architect:jobExport:view'] },
  'content comparison': { permissions: ['architect:jobExport:create', 'architect:jobExport:view'] },
  import: { permissions: ['architect:job:create', 'architect:job:view'] },
  // Assumed, so it never blocks: the import job publishes the version it makes.
  'the import publishing': { permissions: ['architect:flow:publish'], inDivision: true },
  restore: { permissions: ['architect:job:create', 'architect:job:view'] },
  'rollback by restore': { permissions: ['architect:job:create', 'architect:job:view'] },
  dependencies: { permissions: ['architect:dependencyTracking:view'] },
  // The health gate's reads of flow analytics, when the gate is on.
  'health gate': { permissions: ['analytics:flowAggregate:view'] },
  // The platform's validation of the target (validate jobs, a preview API).
  validation: { permissions: ['architect:jobValidate:create', 'architect:jobValidate:view'] }
} as const satisfies Record<string, { permissions: readonly string[]; inDivision?: boolean }>

export type Step = keyof typeof STEP_PERMISSIONS

/** A step this run takes on one flow; without `blocking`, lacking its permissions only costs what `without` says. */
export interface Need {
  step: Step
  blocking: boolean
  without?: string
}

/** Permissions only a client that writes holds: a client with none of them is a view-only plan client. */
const WRITES = ['architect:flow:publish', 'architect:flow:unlock', 'architect:job:create']
const SUBJECTS_ME = 'GET /api/v2/authorization/subjects/me'
const DIVISIONS_PERMITTED = 'GET /api/v2/authorization/divisionspermitted/paged/me'
const NAME = 'permissions'

/**
 * What the client may do, in one request: the grants of `GET /api/v2/authorization/subjects/me`
 * cover every permission in every division. When that endpoint refuses, or lists nothing this can
 * read, each permission in `fallback` is asked for on its own (`divisionspermitted`), stopping at
 * the first refusal. When neither says, the clearance is unknown, the run is told once, and every
 * flow's check is skipped: a guess never blocks a run.
 */
export async function learnClearance(
  genesys: GenesysPort,
  fallback: readonly string[],
  log: Log,
  asked: Promise<Settled<PermissionGrant[] | undefined>> = settled(genesys.getMyGrants())
): Promise<Clearance> {
  let why: string
  const answer = await asked
  if ('value' in answer) {
    const clearance = fromGrants(answer.value ?? [])
    if (clearance) return clearance
    why = `${SUBJECTS_ME} listed no grant that could be read`
  } else {
    if (!(answer.error instanceof PlatformError)) throw answer.error
    why = answer.error.describe()
  }
  const permitted = new Map<string, DivisionsPermitted>()
  for (const permission of fallback) {
    try {
      permitted.set(permission, await genesys.divisionsPermitted(permission))
    } catch (err) {
      if (!(err instanceof PlatformError)) throw err
      if (!permitted.size) {
        const reason = `the platform did not say what the OAuth client may do (${why}; ${err.describe()})`
        log.warning(`Permissions not checked: ${reason}. The run goes on as before.`)
        return { source: reason, known: false, holds: () => undefined }
      }
      break
    }
  }
  log.info(`Permissions asked one by one (${permitted.size} requests): ${why}`)
  return fromDivisionsPermitted(permitted)
}

/** The permissions the fallback asks about: everything this mode's needs can name. */
export function permissionsToAsk(settings: PromotionContext['settings']): string[] {
  const steps: Step[] =
    settings.mode === 'check'
      ? ['reads', 'content comparison']
      : [
          'reads',
          'publish',
          'backup',
          'import',
          'dependencies',
          ...(settings.forceUnlock ? ['force-unlock' as const] : []),
          ...(settings.healthGate ? ['health gate' as const] : []),
          ...(settings.validate && settings.validate !== 'off' ? ['validation' as const] : [])
        ]
  return [...new Set(steps.flatMap((step) => STEP_PERMISSIONS[step].permissions))]
}

/** Undefined when no grant can be read: the answer then says nothing, and the fallback asks. */
export function fromGrants(grants: PermissionGrant[]): Clearance | undefined {
  let unreadable = false
  const held: { division: string; patterns: string[][] }[] = []
  for (const grant of grants) {
    const division = grant.division?.id
    const policies = grant.role?.policies
    if (!division || !policies) {
      unreadable = true
      continue
    }
    const patterns: string[][] = []
    for (const policy of policies) {
      const actions = policy.actions ?? policy.actionSet
      // A conditional grant counts as held: whether its condition covers this flow cannot be told.
      if (!policy.domain || !policy.entityName || !actions) unreadable = true
      else for (const action of actions) patterns.push([policy.domain, policy.entityName, action])
    }
    held.push({ division, patterns })
  }
  if (!held.length) return undefined
  return {
    source: SUBJECTS_ME,
    known: true,
    holds(permission, divisionId) {
      const wanted = permission.split(':')
      const found = held.some(
        (grant) =>
          (divisionId === undefined || grant.division === divisionId || grant.division === '*') &&
          grant.patterns.some((pattern) => covers(pattern, wanted))
      )
      return found ? true : unreadable ? undefined : false
    }
  }
}

function fromDivisionsPermitted(permitted: Map<string, DivisionsPermitted>): Clearance {
  return {
    source: DIVISIONS_PERMITTED,
    known: true,
    holds(permission, divisionId) {
      const answer = permitted.get(permission)
      if (!answer) return undefined
      if (answer.all) return true
      const ids = answer.divisions.map((d) => d.id)
      if (divisionId === undefined ? ids.length > 0 : ids.includes(divisionId) || ids.includes('*')) return true
      return ids.includes(undefined) ? undefined : false
    }
  }
}

/** `architect:flow:*` covers `architect:flow:publish`; case is not significant (assumed). */
function covers(pattern: string[], wanted: string[]): boolean {
  return (
    pattern.length === wanted.length &&
    pattern.every((part, i) => part === '*' || part.toLowerCase() === wanted[i]!.toLowerCase())
  )
}

/**
 * The `permissions` check of one flow, before anything else is done with it: what this run's steps
 * need, in the flow's division, against what the client holds. A blocking need the client lacks
 * fails it, and nothing is written (no backup either). A plan checks what its apply will need too,
 * failing only for a client that writes: a client that can write nothing is a view-only plan
 * client (docs/pipelines.md), whose plan lists what apply's client needs instead.
 */
export async function checkPermissions(flow: ReadFlow, outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  if (!ctx.clearance) return
  const check = judge(flow, outcome, ctx.settings, await ctx.clearance())
  outcome.checks.push(check)
  if (!check.passed) throw new CheckFailedError(check.detail)
}

function judge(
  flow: ReadFlow,
  outcome: FlowOutcome,
  settings: PromotionContext['settings'],
  clearance: Clearance
): Check {
  const skipped = (detail: string): Check => ({ name: NAME, passed: true, skipped: true, detail })
  if (!clearance.known) return skipped(`not checked: ${clearance.source}; the run goes on as before`)
  const division = flow.division
  const divisionName = division?.name ?? division?.id
  // The flow was just read: an answer saying it may not be is not understood, and decides nothing.
  if (division?.id && clearance.holds('architect:flow:view', division.id) === false)
    return skipped(
      `not checked: the platform's answer (${clearance.source}) says the OAuth client may not read flows in division ${divisionName}, yet it has just read this one; an answer not understood decides nothing`
    )

  const state = (permission: string, inDivision: boolean): boolean | undefined => {
    if (!inDivision) return clearance.holds(permission)
    if (division?.id) return clearance.holds(permission, division.id)
    // The flow's division is not known: only a permission held nowhere is known to be missing.
    return clearance.holds(permission) === false ? false : undefined
  }
  const where = (inDivision: boolean) =>
    !inDivision
      ? ''
      : divisionName
        ? ` in division ${divisionName}`
        : " in the flow's division (the platform did not name it)"
  const judged = (needs: Need[]) =>
    needs.map((need) => {
      const { permissions, inDivision = false } = STEP_PERMISSIONS[need.step] as {
        permissions: readonly string[]
        inDivision?: boolean
      }
      const lacking = permissions.filter((p) => state(p, inDivision) === false)
      const unknown = permissions.filter((p) => state(p, inDivision) === undefined)
      return {
        need,
        held: permissions.filter((p) => state(p, inDivision) === true),
        lacking,
        text: `${need.step} needs ${lacking.join(' and ')}${where(inDivision)}`,
        unknown: unknown.length
          ? `whether the OAuth client holds ${unknown.join(' and ')}${where(inDivision)}, which ${need.step} needs, cannot be told from the answer`
          : undefined
      }
    })

  const { own, apply } = needsOf(flow, outcome, settings)
  const ownJudged = judged(own)
  const applyJudged = judged(apply)
  // In a plan, apply's needs fail only for a client that writes (see checkPermissions).
  const writes = WRITES.some((p) => clearance.holds(p) === true)
  const blocked = [...ownJudged, ...(writes ? applyJudged : [])].filter((j) => j.need.blocking && j.lacking.length)
  const source = `learned from ${clearance.source}`
  if (blocked.length) {
    const lacking = blocked.flatMap((j) => j.lacking).length
    const prefix = (j: (typeof blocked)[number]) => (ownJudged.includes(j) ? '' : 'apply: ')
    return {
      name: NAME,
      passed: false,
      detail: `${blocked.map((j) => prefix(j) + j.text).join('; ')}: the OAuth client's role lacks ${lacking === 1 ? 'it' : 'them'}${settings.mode === 'apply' ? ', so nothing was written' : ''} (${source})`
    }
  }
  const warnings = [
    ...ownJudged
      .filter((j) => !j.need.blocking && j.lacking.length)
      .map((j) => `${j.text}${j.need.without ? `: without it, ${j.need.without}` : ''}`),
    ...[...ownJudged, ...(writes ? applyJudged : [])].flatMap((j) => (j.need.blocking && j.unknown ? [j.unknown] : []))
  ]
  const forApply = writes ? [] : applyJudged.filter((j) => j.need.blocking && j.lacking.length).map((j) => j.text)
  const held = new Set(ownJudged.flatMap((j) => j.held))
  const parts = [
    `the OAuth client holds the ${held.size} ${held.size === 1 ? 'permission' : 'permissions'} ${settings.mode} needs here${where(true)} (${source})`,
    ...warnings,
    ...(forApply.length
      ? [
          `apply's own client must hold what this one lacks (it writes nothing: a view-only plan client): ${forApply.join('; ')}`
        ]
      : [])
  ]
  return { name: NAME, passed: true, warning: warnings.length > 0 || undefined, detail: parts.join('; ') }
}

/**
 * What this run's steps need on this flow: `own` for this mode, and in a plan `apply`, what its
 * apply would need. A target that is live already needs nothing written.
 */
export function needsOf(
  flow: ReadFlow,
  outcome: FlowOutcome,
  settings: PromotionContext['settings']
): { own: Need[]; apply: Need[] } {
  const file = outcome.spec.flowFile !== undefined
  const reads: Need = { step: 'reads', blocking: true }
  if (settings.mode === 'check') {
    const comparison: Need = file
      ? { step: 'content comparison', blocking: true }
      : {
          step: 'content comparison',
          blocking: false,
          without: 'a target restored as another version reads as drift, and no diff is shown'
        }
    return { own: [reads, comparison], apply: [] }
  }
  const writes = writeNeeds(flow, outcome, settings)
  if (settings.mode === 'apply') return { own: [reads, ...writes], apply: [] }
  const own: Need[] = [reads, ...validationNeeds(flow, outcome, settings)]
  if (!file) own.push({ step: 'dependencies', blocking: false, without: 'the dependency check is skipped' })
  if (file || settings.diff !== 'never')
    own.push({
      step: 'diff',
      blocking: false,
      without: file ? 'the file is not compared with what is live, and no diff is shown' : 'no diff is shown'
    })
  return { own, apply: writes }
}

function writeNeeds(flow: ReadFlow, outcome: FlowOutcome, settings: PromotionContext['settings']): Need[] {
  const { spec } = outcome
  const needs: Need[] = []
  const live = flow.publishedVersion?.id
  const checkedIn = flow.checkedInVersion?.id
  if (spec.flowFile) {
    needs.push(
      { step: 'backup', blocking: true },
      { step: 'import', blocking: true },
      { step: 'the import publishing', blocking: false, without: 'the import may fail (assumed)' }
    )
  } else {
    const target = spec.targetVersion === CHECKED_IN ? checkedIn : spec.targetVersion
    // Already live: nothing is written.
    if (target !== undefined && target === live) return []
    const republish = settings.rollbackStrategy === 'republish'
    needs.push(
      ...validationNeeds(flow, outcome, settings),
      { step: 'dependencies', blocking: false, without: 'the dependency check is skipped' },
      { step: 'backup', blocking: !republish, without: 'no backup is made (rollback-strategy: republish)' },
      { step: 'publish', blocking: true }
    )
    if (!republish && target !== undefined && target !== checkedIn) needs.push({ step: 'restore', blocking: true })
    else if (!republish && settings.autoRollback)
      needs.push({
        step: 'rollback by restore',
        blocking: false,
        without: 'a switch that fails cannot be rolled back by restoring its backup'
      })
    if (settings.diff === 'always') needs.push({ step: 'diff', blocking: false, without: 'no diff is shown' })
  }
  // A gate that cannot read flow analytics could only say inconclusive: with the gate on, that is refused before any write.
  if (settings.healthGate && needs.length) needs.push({ step: 'health gate', blocking: true })
  const lockedByOther =
    flow.lockedUser !== undefined || (flow.lockedClient && flow.lockedClient.id !== settings.clientId)
  if (settings.forceUnlock && lockedByOther) needs.push({ step: 'force-unlock', blocking: true })
  return needs
}

/**
 * The platform's validation of a target a run would publish by id (a flow file is validated by its
 * import job): under `required` it blocks like any write's need; under `auto` lacking it is a skip.
 */
function validationNeeds(flow: ReadFlow, outcome: FlowOutcome, settings: PromotionContext['settings']): Need[] {
  const mode = settings.validate
  if (!mode || mode === 'off' || outcome.spec.flowFile) return []
  const target = outcome.spec.targetVersion === CHECKED_IN ? flow.checkedInVersion?.id : outcome.spec.targetVersion
  if (target !== undefined && target === flow.publishedVersion?.id) return []
  return [
    mode === 'required'
      ? { step: 'validation', blocking: true }
      : {
          step: 'validation',
          blocking: false,
          without: 'the platform does not validate the target (validate: auto skips it)'
        }
  ]
}
