import { PlatformError } from '../../model/errors.js'
import type { Check, DependencyChanges, FlowOutcome } from '../../model/outcome.js'
import type { Dependency } from '../../model/port.js'
import type { PromotionContext } from '../platform/context.js'
import { settled, type Settled } from '../platform/settled.js'

/**
 * Dependency tracking names a flow by its own type vocabulary, not the flow's `type`. The pairs
 * below are the ones the CX-as-Code Terraform provider uses (its dependent-consumers code); the
 * two marked assumed follow the same pattern and no public source confirms them. A type missing
 * here skips the check with a warning that names it (README: please report it).
 */
export const DEPENDENCY_OBJECT_TYPES: Readonly<Record<string, { objectType: string; assumed?: true }>> = {
  BOT: { objectType: 'BOTFLOW' },
  COMMONMODULE: { objectType: 'COMMONMODULEFLOW' },
  DIGITALBOT: { objectType: 'DIGITALBOTFLOW' },
  EMAILSEND: { objectType: 'EMAILSENDFLOW', assumed: true },
  INBOUNDCALL: { objectType: 'INBOUNDCALLFLOW' },
  INBOUNDCHAT: { objectType: 'INBOUNDCHATFLOW' },
  INBOUNDEMAIL: { objectType: 'INBOUNDEMAILFLOW' },
  INBOUNDSHORTMESSAGE: { objectType: 'INBOUNDSHORTMESSAGEFLOW' },
  INQUEUECALL: { objectType: 'INQUEUECALLFLOW' },
  // Terraform's table names INBOUNDEMAILFLOW here, which looks like a slip: the SDK documents this one.
  INQUEUEEMAIL: { objectType: 'INQUEUEEMAILFLOW', assumed: true },
  INQUEUESHORTMESSAGE: { objectType: 'INQUEUESHORTMESSAGEFLOW' },
  OUTBOUNDCALL: { objectType: 'OUTBOUNDCALLFLOW' },
  SECURECALL: { objectType: 'SECURECALLFLOW' },
  SURVEYINVITE: { objectType: 'SURVEYINVITEFLOW' },
  VOICE: { objectType: 'VOICEFLOW' },
  VOICEMAIL: { objectType: 'VOICEMAILFLOW' },
  VOICESURVEY: { objectType: 'VOICESURVEYFLOW', assumed: true },
  WORKFLOW: { objectType: 'WORKFLOW' },
  WORKITEM: { objectType: 'WORKITEMFLOW' }
}

const PERMISSION = 'architect:dependencyTracking:view'
const NAME = 'dependencies'

/** `QUEUE "Billing" (id …)`: how a consumed resource is named in a check and a plan. */
export function describeDependency(d: Dependency): string {
  return `${d.type ?? 'resource'} ${d.name !== undefined ? `"${d.name}"` : '(no name given)'} (id ${d.id ?? 'not given'})`
}

/**
 * What `version` consumes: a failing check when anything it consumes was deleted (its publish would
 * fail on it, with a message that explains little), a warning when the platform cannot tell the
 * state of something. A flow type dependency tracking has no name for, a 400 on that name, or a
 * 403 (the client may not read dependencies) skip the check with a warning: it informs, it is not
 * what makes a promotion safe. With `compareWith` (plans), what the live version consumes too, and
 * the difference.
 */
export async function checkDependencies(
  flow: { id: string; type?: string },
  version: string,
  outcome: FlowOutcome,
  ctx: PromotionContext,
  compareWith?: string
): Promise<Check> {
  const skipped = (detail: string): Check => ({ name: NAME, passed: true, skipped: true, detail })
  const known = flow.type ? DEPENDENCY_OBJECT_TYPES[flow.type.toUpperCase()] : undefined
  if (!known)
    return skipped(
      `not checked: dependency tracking has no known name for flow type ${flow.type ?? '(not given)'} (please report the type)`
    )

  // The live version's, for the plan, is read beside the target's: one round trip for both.
  const liveConsumed =
    compareWith === undefined
      ? undefined
      : settled(ctx.genesys.consumedResources(flow.id, compareWith, known.objectType))
  let consumed: Dependency[]
  try {
    consumed = await ctx.genesys.consumedResources(flow.id, version, known.objectType)
  } catch (err) {
    // The read beside it ends too, whatever this one says: no request outlives the check.
    await liveConsumed
    if (!(err instanceof PlatformError)) throw err
    if (err.status === 403) return skipped(`not checked: the OAuth client lacks ${PERMISSION}`)
    if (err.status === 400)
      return skipped(
        `not checked: dependency tracking refused the type ${known.objectType} for flow type ${flow.type} (please report the type)`
      )
    // It informs (the platform refuses a broken version at publish anyway): a failed read skips it.
    return skipped(`not checked: dependency tracking could not be read (${err.describe()})`)
  }

  if (liveConsumed) outcome.dependencyChanges = compareWithLive(consumed, await liveConsumed)

  const deleted = consumed.filter((d) => d.deleted === true)
  if (deleted.length)
    return {
      name: NAME,
      passed: false,
      detail: `${version} consumes what no longer exists: ${deleted.map(describeDependency).join(', ')}; its publish would fail`
    }
  const unknown = consumed.filter((d) => d.stateUnknown === true)
  if (unknown.length)
    return {
      name: NAME,
      passed: true,
      warning: true,
      detail: `${version} consumes ${consumed.length}; the platform cannot tell the state of ${unknown.map(describeDependency).join(', ')}`
    }
  return { name: NAME, passed: true, detail: `${version} consumes ${consumed.length}, none deleted` }
}

/** What the target consumes that the live version does not, and the reverse; undefined when the live read failed. */
function compareWithLive(target: Dependency[], live: Settled<Dependency[]>): DependencyChanges | undefined {
  if ('error' in live) {
    if (live.error instanceof PlatformError) return undefined
    throw live.error
  }
  const before = live.value
  const key = (d: Dependency) => `${d.type ?? ''}\u0000${d.id ?? d.name ?? ''}`
  const had = new Set(before.map(key))
  const has = new Set(target.map(key))
  return {
    added: target.filter((d) => !had.has(key(d))).map(describeDependency),
    removed: before.filter((d) => !has.has(key(d))).map(describeDependency)
  }
}
