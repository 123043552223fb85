import { CheckFailedError, PlatformError } from '../errors.js'
import type { FlowSpec } from '../inputs/config.js'
import type { Flow, GenesysPort } from '../genesys/port.js'
import type { Check } from './outcome.js'

/**
 * Finds the flow by id, or by exact name + type. The platform's name filter is a contains-match,
 * so every page is read and exact matches kept; zero or several is an error listing what was found.
 */
export async function resolveFlow(spec: FlowSpec, genesys: GenesysPort, checks: Check[]): Promise<Flow> {
  let id = spec.flowId
  if (!id) {
    const name = spec.flowName!
    const type = spec.flowType!
    const candidates = await genesys.findFlowsByName(name, type)
    const exact = candidates.filter((f) => f.name === name && f.type.toLowerCase() === type)
    if (exact.length !== 1) {
      const found = (exact.length ? exact : candidates)
        .slice(0, 10)
        .map((f) => `"${f.name}" (${f.type.toLowerCase()}, ${f.id})`)
      const detail =
        exact.length === 0
          ? `no ${type} flow is named exactly "${name}"${found.length ? `; similar names: ${found.join(', ')}` : ''}`
          : `${exact.length} ${type} flows are named "${name}": ${found.join(', ')}; use flow-id`
      checks.push({ name: 'flow found', passed: false, detail })
      throw new CheckFailedError(detail)
    }
    id = exact[0]!.id
  }

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
