import { CheckFailedError, PlatformError } from '../model/errors.js'
import type { FlowSpec } from '../model/plan.js'
import type { Flow, GenesysPort } from '../model/port.js'
import type { Check } from '../model/outcome.js'

/**
 * Finds the id of the flow named exactly `flowName` of type `flowType`. The platform's name filter
 * is a contains-match, so every page is read and exact matches kept; zero or several is an error
 * that lists what was found.
 */
export async function findFlowIdByName(spec: FlowSpec, genesys: GenesysPort, checks: Check[]): Promise<string> {
  const name = spec.flowName!
  const type = spec.flowType!
  const candidates = await genesys.findFlowsByName(name, type)
  const exact = candidates.filter((f) => f.name === name && f.type.toLowerCase() === type)
  if (exact.length === 1) {
    checks.push({
      name: 'name resolves to one flow',
      passed: true,
      detail: `exactly one ${type} flow is named "${name}"`
    })
    return exact[0]!.id
  }
  const found = (exact.length ? exact : candidates)
    .slice(0, 10)
    .map((f) => `"${f.name}" (${f.type.toLowerCase()}, ${f.id})`)
  const detail =
    exact.length === 0
      ? `no ${type} flow is named exactly "${name}"${found.length ? `; similar names: ${found.join(', ')}` : ''}`
      : `${exact.length} ${type} flows are named "${name}": ${found.join(', ')}; use flow-id`
  checks.push({ name: 'name resolves to one flow', passed: false, detail })
  throw new CheckFailedError(detail)
}

/** Reads the flow by id: found, and not deleted. */
export async function readFlow(id: string, genesys: GenesysPort, checks: Check[]): Promise<Flow> {
  let flow: Flow
  try {
    flow = await genesys.getFlow(id)
  } catch (err) {
    if (err instanceof PlatformError && err.status === 404) {
      checks.push({ name: 'flow found', passed: false, detail: `no flow ${id} in this org` })
    } else if (err instanceof PlatformError && err.status === 410) {
      checks.push({ name: 'flow found', passed: true, detail: id })
      checks.push({ name: 'not deleted', passed: false, detail: 'the flow has been deleted' })
    }
    throw err
  }
  checks.push({ name: 'flow found', passed: true, detail: `${flow.name} (${flow.type.toLowerCase()}, ${flow.id})` })
  if (flow.deleted) {
    checks.push({ name: 'not deleted', passed: false, detail: 'the flow has been deleted' })
    throw new CheckFailedError(`flow ${flow.id} has been deleted`)
  }
  checks.push({ name: 'not deleted', passed: true, detail: 'active in this org' })
  return flow
}
