import { Inputs } from '../model/action.js'
import type { FlowSpec } from '../model/plan.js'

/**
 * The rules that pick exactly one flow, for the single-flow inputs and every manifest entry alike:
 * by id, or by exact name with its type (the same name can exist once per type).
 */
export function flowSelectionProblem(
  flow: FlowSpec,
  flowFile?: string
): { input: Inputs; message: string } | undefined {
  const byId = flow.flowId !== undefined
  const byName = flow.flowName !== undefined
  if (flowFile !== undefined) {
    // The file names the flow; a flow-id picks it by id, and the file is checked against it.
    if (byName || flow.flowType)
      return {
        input: byName ? Inputs.FlowName : Inputs.FlowType,
        message: 'does not go with flow-file: the file names the flow (its name, and its type by the top-level key)'
      }
    return undefined
  }
  if (byId && byName) return { input: Inputs.FlowName, message: 'set flow-id or flow-name, not both' }
  if (!byId && !byName) return { input: Inputs.FlowId, message: 'set flow-id, or flow-name with flow-type' }
  if (byName && !flow.flowType)
    return {
      input: Inputs.FlowType,
      message: 'is required with flow-name: the same name can exist for several flow types'
    }
  if (byId && flow.flowType)
    return { input: Inputs.FlowType, message: 'goes with flow-name only; flow-id already names one flow' }
  return undefined
}

/** One flow's settings, keyed by input name: the action's inputs and a manifest entry share the keys. */
export interface FlowFields {
  [Inputs.FlowId]?: string
  [Inputs.FlowName]?: string
  [Inputs.FlowType]?: string
  [Inputs.TargetVersion]: string
  [Inputs.FlowFile]?: string
  [Inputs.ExpectedCurrentVersion]?: string
  [Inputs.RollbackVersion]?: string
  [Inputs.SourceVersion]?: string
}

export function toFlowSpec(fields: FlowFields): FlowSpec {
  return {
    flowId: fields[Inputs.FlowId],
    flowName: fields[Inputs.FlowName],
    flowType: fields[Inputs.FlowType],
    targetVersion: fields[Inputs.TargetVersion],
    flowFilePath: fields[Inputs.FlowFile],
    expectedCurrentVersion: fields[Inputs.ExpectedCurrentVersion],
    rollbackVersion: fields[Inputs.RollbackVersion],
    // Every flow of a run with a source gets `source` once the substitutions are parsed (read.ts).
    ...(fields[Inputs.SourceVersion] === undefined ? {} : { source: { version: fields[Inputs.SourceVersion] } })
  }
}
