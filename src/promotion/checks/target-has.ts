import { PlatformError } from '../../model/errors.js'
import type { Check } from '../../model/outcome.js'
import type { Dependency } from '../../model/port.js'
import type { PromotionContext } from '../platform/context.js'
import { describeDependency } from './dependencies.js'

const NAME = 'dependencies in the target'
const PERMISSION = 'architect:dependencyTracking:view'

/**
 * Whatever a source version consumes (queues, data actions, prompts, common modules…) must exist in
 * the target by name and type: an import resolves references by name, and one that names something
 * the org lacks fails there, or publishes a flow that cannot run (docs/across-orgs.md). Each name is
 * searched once a run (`GET /api/v2/architect/dependencytracking?name=&objectType=`); the search
 * may match loosely, so only an object of that exact name and type counts, deleted ones not.
 * Something missing is a failing check naming it. A search that fails (403: no permission) skips
 * the check with a warning, as the dependencies check does: it informs, the import decides.
 */
export async function checkTargetHas(
  consumed: readonly Dependency[],
  /** How the consuming version is named to the reader: `source 3.0`. */
  version: string,
  ctx: PromotionContext,
  searches: Map<string, Promise<Dependency[]>>
): Promise<Check> {
  const wanted = unique(consumed)
  if (!wanted.length) return { name: NAME, passed: true, detail: `${version} consumes nothing` }
  const unnamed = wanted.filter((d) => d.name === undefined || d.type === undefined)
  if (unnamed.length)
    return {
      name: NAME,
      passed: false,
      detail: `the source's dependency tracking names no ${unnamed[0]!.name === undefined ? 'name' : 'type'} for ${unnamed.map(describeDependency).join(', ')}: whether the target has it cannot be told, so nothing is written`
    }
  const missing: Dependency[] = []
  for (const dependency of wanted) {
    const { name, type } = dependency as { name: string; type: string }
    const key = `${type}\u0000${name}`
    let search = searches.get(key)
    if (!search) {
      search = ctx.genesys.findDependencyObjects(name, [type])
      searches.set(key, search)
    }
    let found: Dependency[]
    try {
      found = await search
    } catch (err) {
      if (!(err instanceof PlatformError)) throw err
      searches.delete(key)
      const why =
        err.status === 403 ? `the target's OAuth client lacks ${PERMISSION}` : `the search failed (${err.describe()})`
      return {
        name: NAME,
        passed: true,
        skipped: true,
        detail: `not checked: ${why}; an import whose file names something the org lacks fails, and nothing goes live`
      }
    }
    if (!found.some((o) => o.name === name && o.type === type && o.deleted !== true)) missing.push(dependency)
  }
  if (missing.length)
    return {
      name: NAME,
      passed: false,
      detail: `${version} consumes what the target does not have: ${missing.map(named).join(', ')}; create ${missing.length === 1 ? 'it' : 'them'} in the target first (same name and type), then run again`
    }
  return { name: NAME, passed: true, detail: `the target has all ${wanted.length} that ${version} consumes` }
}

/** Each resource once: a flow lists one queue per place it uses it, and ids differ between organizations. */
function unique(consumed: readonly Dependency[]): Dependency[] {
  const seen = new Map<string, Dependency>()
  for (const d of consumed) seen.set(`${d.type ?? ''}\u0000${d.name ?? d.id ?? ''}`, d)
  return [...seen.values()]
}

/** `QUEUE "Billing"`: the source's id means nothing in the target. */
function named(d: Dependency): string {
  return `${d.type} "${d.name}"`
}
