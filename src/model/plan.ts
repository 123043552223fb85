/** `target-version: checked-in`: whatever version the flow has checked in when the run reads it. */
export const CHECKED_IN = 'checked-in'

/** One flow to promote: by id, or by exact name + type. */
export interface FlowSpec {
  flowId?: string
  flowName?: string
  flowType?: string
  targetVersion: string
  expectedCurrentVersion?: string
  rollbackVersion?: string
}

/** What to promote: stages in order, flows within a stage concurrently. One flow is a release of one. */
export interface ReleasePlan {
  atomic: boolean
  concurrency: number
  rateLimitPerMinute: number
  stages: { name: string; flows: FlowSpec[] }[]
}

/** Genesys limits a client-credentials token to 300 requests a minute. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 300

export function singleFlowPlan(flow: FlowSpec): ReleasePlan {
  return {
    atomic: false,
    concurrency: 1,
    rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
    stages: [{ name: 'flow', flows: [flow] }]
  }
}

/** How a flow is named before it is resolved: its id, or its name and type. */
export function flowLabel(spec: FlowSpec): string {
  return spec.flowId ?? `${spec.flowName} (${spec.flowType})`
}
