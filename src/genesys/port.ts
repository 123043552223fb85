import type { Flow, FlowVersion, Operation, Organization } from './schemas.js'

export type { Flow, FlowVersion, Operation, Organization }

/**
 * What one promotion learned about its platform calls: it goes into the audit record. Each flow of
 * a release has its own; they share one session (token, rate budget).
 */
export interface CallTrace {
  requests: number
  retries: number
  waitedMs: number
  correlationIds: string[]
}

export function newCallTrace(): CallTrace {
  return { requests: 0, retries: 0, waitedMs: 0, correlationIds: [] }
}

/** The platform as the promotion steps see it. One adapter over the SDK; fakes in tests. */
export interface GenesysPort {
  getOrganization(): Promise<Organization>
  /** Throws a PlatformError (404 `not.found`, 410 `architect.flow.deleted`) when there is no such flow. */
  getFlow(flowId: string): Promise<Flow>
  /** Every flow of `type` (lowercase) the platform's name filter returns (a contains-match), all pages. */
  findFlowsByName(name: string, type: string): Promise<Flow[]>
  /** The version, or undefined when the platform answers 404. */
  getFlowVersion(flowId: string, versionId: string): Promise<FlowVersion | undefined>
  /** Every version of the flow, across all pages. */
  listFlowVersions(flowId: string): Promise<FlowVersion[]>
  /** Starts a publish; answers the asynchronous Operation. Not retried blindly: see promotion/publish.ts. */
  publish(flowId: string, versionId: string): Promise<Operation>
  deactivate(flowId: string): Promise<Flow>
}

/** A logged-in connection to one org; hands out ports that record into a given trace. */
export interface GenesysSession {
  port(trace: CallTrace): GenesysPort
}
