import { CheckFailedError, PlatformError } from '../../model/errors.js'
import { BudgetExhaustedError } from '../../model/time-budget.js'
import type { Check, FlowOutcome } from '../../model/outcome.js'
import { substitute, withoutSecrets, type FlowFile, type Substitution } from '../../model/plan.js'
import type { CallLog, CallTrace, GenesysPort, GenesysSession, Organization } from '../../model/port.js'
import { DEPENDENCY_OBJECT_TYPES } from '../checks/dependencies.js'
import { checkOrganization } from '../checks/organization.js'
import { checkTargetHas } from '../checks/target-has.js'
import type { PromotionContext, SourceContext } from '../platform/context.js'
import { forImport, sha256 } from '../platform/flow-file.js'
import { exportVersion } from '../platform/jobs.js'
import { findFlowIdByName, readFlow } from '../platform/resolve-flow.js'
import { missingField } from '../checks/validate.js'

/**
 * Promotion across organizations (docs/across-orgs.md): the flow is found by name and type in the
 * source, its published version (or `source-version`) exported there and substituted; from then on
 * it is a flow file, deployed into the target's flow of the same name and type by `deploy-file.ts`
 * (checks, backup, import, verification by content, restore). The source is only ever read: flows,
 * versions, an export job, dependency tracking.
 */

/** The source's session, and which organizations the two sets of credentials reach. */
interface SourceConnection {
  session: GenesysSession
  organization: Organization
  target: Organization
  /** What every flow's record shows: the source organization, and that it is not the target. */
  checks: Check[]
}

/**
 * Logs in to the source and reads both organizations before anything else: `source-organization-id`
 * guards the source as `organization-id` guards the target, and the same organization on both ends
 * is refused (a promotion onto itself would import a flow's own content as a new version).
 */
export async function connectSource(
  open: () => Promise<GenesysSession>,
  target: { port: GenesysPort; organization?: Organization },
  expectedId: string | undefined,
  trace: CallTrace,
  log: CallLog
): Promise<SourceConnection> {
  const session = await open()
  const port = session.port(trace, log)
  let organization: Organization
  let check: Check
  try {
    if (expectedId) ({ organization, check } = await checkOrganization(expectedId, port))
    else {
      organization = await port.getOrganization()
      const detail = `${organization.name ?? '(no name given)'} (${organization.id ?? 'no id given'})`
      check = { name: 'organization', passed: true, detail }
    }
  } catch (err) {
    throw inSourceError(err)
  }
  const sourceCheck = { ...check, name: 'source organization' }
  if (!sourceCheck.passed) throw new CheckFailedError(`the source: ${sourceCheck.detail}`, sourceCheck)

  const targetOrganization = target.organization ?? (await target.port.getOrganization())
  const [a, b] = [organization.id, targetOrganization.id]
  const detail =
    a === undefined || b === undefined
      ? `the platform did not say which organization the ${a === undefined ? 'source' : 'target'}'s credentials belong to (no id): whether source and target differ cannot be told, so nothing is written`
      : a.toLowerCase() === b.toLowerCase()
        ? `source and target are the same organization, ${organization.name ?? ''} (${a}): a promotion across organizations reads one and writes another; nothing was written`
        : undefined
  const differ: Check = {
    name: 'two organizations',
    passed: !detail,
    detail: detail ?? `from ${organization.name ?? a} (${a}) to ${targetOrganization.name ?? b} (${b})`
  }
  if (detail) throw new CheckFailedError(detail, differ)
  return { session, organization, target: targetOrganization, checks: [sourceCheck, differ] }
}

/** A failure of the source's login or reads, said to be the source's: its inputs are `source-*`. */
function inSource(err: PlatformError): PlatformError {
  return new PlatformError({
    ...err,
    message: `the source organization: ${err.message}`,
    hint: err.hint?.replace('check client-id and client-secret', 'check source-client-id and source-client-secret')
  })
}

/**
 * Reads the flow in the source and makes its version the flow file this run deploys (`spec.flowFile`),
 * then checks that the target has what it consumes. The source's checks are recorded as the
 * source's, and its failures say so; a failing check refuses the flow before any write.
 */
export async function takeFromSource(outcome: FlowOutcome, ctx: PromotionContext): Promise<void> {
  const source = ctx.source!
  const checks: Check[] = []
  let consumed: Awaited<ReturnType<typeof sourceDependencies>>
  try {
    const { flowId, type, version } = await exportFromSource(outcome, ctx, checks)
    consumed = await sourceDependencies(flowId, type, version, source)
  } catch (err) {
    throw inSourceError(err)
  } finally {
    outcome.checks.push(...checks.map((c) => ({ ...c, name: `source: ${c.name}` })))
  }
  const check =
    'consumed' in consumed
      ? await checkTargetHas(consumed.consumed, `source ${outcome.source!.version!}`, ctx, source.searches)
      : consumed.skipped
  outcome.checks.push(check)
  if (!check.passed) throw new CheckFailedError(check.detail)
}

/** The flow found by name and type in the source, its version chosen, exported and substituted. */
async function exportFromSource(
  outcome: FlowOutcome,
  ctx: PromotionContext,
  checks: Check[]
): Promise<{ flowId: string; type?: string; version: string }> {
  const source = ctx.source!
  const spec = outcome.spec
  const fail = (name: string, detail: string): never => {
    checks.push({ name, passed: false, detail })
    throw new CheckFailedError(detail)
  }
  const flowId = await findFlowIdByName(spec, source.genesys, checks)
  const flow = await readFlow(flowId, source.genesys, checks)
  outcome.source = { organization: { id: source.organization.id, name: source.organization.name }, flowId }
  const pinned = spec.source?.version
  let version: string
  if (pinned !== undefined) {
    const found = await source.genesys.getFlowVersion(flowId, pinned)
    if (!found) fail('version', `source-version ${pinned} is not a version of "${spec.flowName}"`)
    const draft = found!.type !== undefined ? found!.type === 'SAVE' : pinned.startsWith('saved_version_')
    if (draft) fail('version', `source-version ${pinned} is an unsaved draft: check it in first`)
    version = pinned
  } else {
    const published = flow.publishedVersion
    if (!published) fail('version', `nothing of "${spec.flowName}" is published: set source-version`)
    if (published!.id === undefined)
      fail('version', missingField('publishedVersion.id', 'which version the source runs cannot be told'))
    version = published!.id!
  }
  checks.push({ name: 'version', passed: true, detail: `${version}${pinned ? ' (source-version)' : ' (published)'}` })
  outcome.source.version = version

  // An export is a read (an export job); its date and version keys and comment are not content.
  const exported = await exportVersion(
    { flowId, version },
    { ...ctx, genesys: source.genesys, log: inSourceLog(ctx.log) }
  )
  // The source's division names a division of the source org: in the target the flow keeps its own,
  // and a name the target lacks would be a change on every run (or a refused import).
  const content = await forImport(exported.file.replace(/^(?:#[^\n]*\n)+/, ''), undefined, ORG_BOUND_KEYS)
  outcome.source.contentSha256 = sha256(content)
  const file = substituted(content, version, spec, spec.source?.substitutions ?? new Map(), fail)
  spec.flowFile = file
  outcome.deploy = { path: file.path, sha256: file.sha256, substitutedSha256: file.substitutedSha256 }
  return { flowId, type: flow.type, version }
}

/** What a source's export says about the source org alone, left out of what goes to the target (assumed: docs/across-orgs.md). */
const ORG_BOUND_KEYS = ['division']

/** A log whose lines say they are about the source organization (its export job, its retries). */
export function inSourceLog<L extends CallLog>(log: L): L {
  const say = (write: (message: string) => void) => (message: string) => write(`Source organization: ${message}`)
  return { ...log, info: say(log.info), warning: say(log.warning), debug: say(log.debug) }
}

/** A failure in the source, said to be the source's: its inputs are the `source-*` ones. */
function inSourceError(err: unknown): unknown {
  if (err instanceof PlatformError) return inSource(err)
  if (err instanceof CheckFailedError) return new CheckFailedError(`the source: ${err.message}`, err.check)
  if (err instanceof BudgetExhaustedError || !(err instanceof Error)) return err
  return new Error(`the source: ${err.message}`, { cause: err })
}

/** What the version consumes, read in the source; a read that cannot be made skips the target's check. */
async function sourceDependencies(
  flowId: string,
  type: string | undefined,
  version: string,
  source: SourceContext
): Promise<{ consumed: Awaited<ReturnType<GenesysPort['consumedResources']>> } | { skipped: Check }> {
  const skipped = (why: string) => ({
    skipped: { name: 'dependencies in the target', passed: true, skipped: true, detail: `not checked: ${why}` }
  })
  const known = type ? DEPENDENCY_OBJECT_TYPES[type.toUpperCase()] : undefined
  if (!known) return skipped(`dependency tracking has no known name for flow type ${type ?? '(not given)'}`)
  try {
    return { consumed: await source.genesys.consumedResources(flowId, version, known.objectType) }
  } catch (err) {
    if (!(err instanceof PlatformError)) throw err
    return skipped(
      err.status === 403
        ? "the source's OAuth client lacks architect:dependencyTracking:view"
        : `the source's dependency tracking could not be read (${err.describe()})`
    )
  }
}

/**
 * The export with the run's substitutions: a `{{key}}` the flow's text holds takes its value, as a
 * flow file's does. A placeholder without a value fails the flow (it is known only now).
 */
function substituted(
  content: string,
  version: string,
  spec: { flowName?: string; flowType?: string },
  substitutions: ReadonlyMap<string, Substitution>,
  fail: (name: string, detail: string) => never
): FlowFile {
  const { text, secrets } = substitute(content, substitutions, (key) =>
    fail('substitutions', `the export of ${version} has the placeholder {{${key}}}, which substitutions gives no value`)
  )
  return {
    path: `source ${version}`,
    content: text,
    sha256: sha256(content),
    // Over the secrets' stand-ins, as a flow file's: a hash of a secret could be brute-forced from the record.
    substitutedSha256: sha256(withoutSecrets(text, secrets)),
    secrets,
    flowType: spec.flowType!,
    flowName: spec.flowName!
  }
}
