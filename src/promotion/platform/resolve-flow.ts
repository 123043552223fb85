import { CheckFailedError, PlatformError } from '../../model/errors.js'
import type { FlowSpec } from '../../model/plan.js'
import type { Flow, GenesysPort } from '../../model/port.js'
import type { Check } from '../../model/outcome.js'
import { FILE_KEY_NAMES, fileKeyOf } from '../../model/flow-types.js'

/**
 * Finds the id of the flow named exactly `flowName` of type `flowType`. The platform's name filter
 * is a contains-match, so every page is read and exact matches kept; zero or several is an error
 * that lists what was found.
 */
export async function findFlowIdByName(spec: FlowSpec, genesys: GenesysPort, checks: Check[]): Promise<string> {
  const name = spec.flowName!
  const type = spec.flowType!
  const candidates = await genesys.findFlowsByName(name, type).catch((err: unknown) => {
    // The platform refuses a type it does not have with a 400: say which types we know.
    if (err instanceof PlatformError && err.status === 400 && !fileKeyOf(type)) {
      const detail = `${err.describe()}${hint(spec)}`
      checks.push({ name: 'name resolves to one flow', passed: false, detail })
      throw new CheckFailedError(detail)
    }
    throw err
  })
  // A flow listed under this name without its id or type cannot be told apart: refuse, never guess.
  const unidentified = candidates.find((f) => f.name === name && (f.id === undefined || f.type === undefined))
  const exact = candidates.filter((f) => f.name === name && f.type?.toLowerCase() === type)
  if (exact.length === 1 && !unidentified) {
    checks.push({
      name: 'name resolves to one flow',
      passed: true,
      detail: `exactly one ${type} flow is named "${name}"`
    })
    return exact[0]!.id!
  }
  const found = (exact.length ? exact : candidates)
    .slice(0, 10)
    .map((f) => `"${f.name ?? ''}" (${f.type?.toLowerCase() ?? 'type not given'}, ${f.id ?? 'no id'})`)
  const detail = unidentified
    ? `the platform listed a flow named "${name}" without its ${unidentified.id === undefined ? 'id' : 'type'}: which flow to promote cannot be told; use flow-id`
    : exact.length === 0
      ? `no ${type} flow is named exactly "${name}"${found.length ? `; similar names: ${found.join(', ')}` : ''}${hint(spec)}`
      : `${exact.length} ${type} flows are named "${name}": ${found.join(', ')}; use flow-id`
  checks.push({ name: 'name resolves to one flow', passed: false, detail })
  throw new CheckFailedError(detail)
}

/** Why a name may not resolve: a type we do not know (misspelt?), or a file for a flow not made yet. */
function hint(spec: FlowSpec): string {
  if (spec.flowFile)
    return `; ${spec.flowFile.path} names it, and flow files deploy into flows that exist: create the flow with Architect or Archy first`
  if (spec.source)
    return '; a flow from another organization is imported into the flow of the same name and type, which must exist: create it first'
  if (!fileKeyOf(spec.flowType!))
    return `; "${spec.flowType}" is not a flow type this action knows (${KNOWN_TYPES}): check its spelling`
  return ''
}

const KNOWN_TYPES = FILE_KEY_NAMES.map((k) => k.toLowerCase()).join(', ')

/** A flow read by its id: the id is the one asked for, whether or not the answer repeats it. */
export type ReadFlow = Flow & { id: string }

/** Reads the flow by id: found, and not deleted. */
export async function readFlow(id: string, genesys: GenesysPort, checks: Check[]): Promise<ReadFlow> {
  let flow: ReadFlow
  try {
    flow = { ...(await genesys.getFlow(id)), id }
  } catch (err) {
    if (err instanceof PlatformError && err.status === 404) {
      checks.push({ name: 'flow found', passed: false, detail: `no flow ${id} in this org` })
    } else if (err instanceof PlatformError && err.status === 410) {
      checks.push({ name: 'flow found', passed: true, detail: id })
      checks.push({ name: 'not deleted', passed: false, detail: 'the flow has been deleted' })
    }
    throw err
  }
  checks.push({
    name: 'flow found',
    passed: true,
    detail: `${flow.name ?? '(no name given)'} (${flow.type?.toLowerCase() ?? 'type not given'}, ${flow.id})`
  })
  if (flow.deleted) {
    checks.push({ name: 'not deleted', passed: false, detail: 'the flow has been deleted' })
    throw new CheckFailedError(`flow ${flow.id} has been deleted`)
  }
  checks.push({ name: 'not deleted', passed: true, detail: 'active in this org' })
  return flow
}
