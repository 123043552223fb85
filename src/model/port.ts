/**
 * The platform as the promotion steps see it: the parts of Genesys Cloud's answers that decisions
 * read, and the calls the steps make. The adapter in `genesys/` parses the wire answers into these.
 */

/** A reference to a user, OAuth client or division. `{}` still says that someone is there. */
export interface EntityRef {
  id?: string
  name?: string
}

/**
 * An asynchronous Architect operation (`Operation`): a flow's `currentOperation`, which is its
 * last operation of any kind by anyone, or a publish's answer.
 */
export interface Operation {
  id?: string
  complete?: boolean
  actionName?: string
  actionStatus?: string
  errorCode?: string
  errorMessage?: string
  errorMessageParams?: Record<string, unknown>
  errorDetails?: { errorCode?: string }[]
  user?: EntityRef
  client?: EntityRef
}

/** The answer to a publish: the operation that runs it, by id. */
export type StartedOperation = Operation & { id: string }

export interface FlowVersion {
  id?: string
  name?: string
  type?: string
  configurationVersion?: string
  /** Who made the version: a person, or an OAuth client (an import job, Archy, Terraform). */
  createdBy?: EntityRef
  createdByClient?: EntityRef
  dateCreated?: number | string
  dateCheckedIn?: number | string
  datePublished?: string
  datePublishedEnd?: string
}

/**
 * One thing a flow version consumes (a queue, a data action, a common module…), as dependency
 * tracking answers it. `deleted`: it no longer exists, and the publish would fail on it.
 */
export interface Dependency {
  id?: string
  name?: string
  type?: string
  version?: string
  deleted?: boolean
  updated?: boolean
  stateUnknown?: boolean
}

/**
 * A flow as the platform answers it. Every field may be absent (the SDK declares them optional);
 * the promotion refuses a write when a field its checks need is missing.
 */
export interface Flow {
  id?: string
  name?: string
  type?: string
  division?: EntityRef
  deleted?: boolean
  active?: boolean
  lockedUser?: EntityRef
  lockedClient?: EntityRef
  publishedVersion?: FlowVersion
  /** Who published the live version. */
  publishedBy?: EntityRef
  checkedInVersion?: FlowVersion
  savedVersion?: FlowVersion
  currentOperation?: Operation
}

export interface Organization {
  id?: string
  name?: string
}

/** A message of an Architect job: why it failed, or what it did. */
export interface ArchitectJobMessage {
  dateTime?: string
  type?: string
  text?: string
  details?: string
}

/** An export job's state: `Started`, then `Success` with a download URL, or `Failure`. */
export interface ExportJobState {
  id?: string
  status?: string
  downloadUrl?: string
  messages?: ArchitectJobMessage[]
}

/** Where an import job's flow file goes: a signed URL on another origin, and the headers it needs. */
export interface ImportRegistration {
  id: string
  presignedUrl: string
  headers: Record<string, string>
}

/** An import job's state: `Registered`, `Started`, then `Success` or `Failure`. */
export interface ImportJobState {
  id?: string
  status?: string
  command?: string
  flow?: EntityRef
  messages?: ArchitectJobMessage[]
}

/** A role's permission policy (`AuthzGrantPolicy`): `domain:entityName:action`, where `*` is a wildcard. */
export interface PermissionPolicy {
  domain?: string
  entityName?: string
  /** The SDK's model names the actions `actions`; public evidence shows `actionSet`: both are read. */
  actions?: string[]
  actionSet?: string[]
  condition?: string
}

/** One role granted in one division (`AuthzGrant`); division id `*` stands for every division (assumed). */
export interface PermissionGrant {
  division?: EntityRef
  role?: { id?: string; name?: string; policies?: PermissionPolicy[] }
}

/** The divisions where the caller holds one permission (`DivsPermittedEntityListing`, every page). */
export interface DivisionsPermitted {
  /** `allDivsPermitted`: every division. */
  all: boolean
  divisions: EntityRef[]
}

/**
 * A flow analytics aggregate query (`POST /api/v2/analytics/flows/aggregates/query`), the SDK's
 * `FlowAggregationQuery`: `interval` is ISO-8601 `start/end`.
 */
export interface FlowAggregateQuery {
  interval: string
  groupBy: string[]
  filter: { type: 'and' | 'or'; predicates: { dimension: string; value: string }[] }
  metrics: string[]
}

/** A metric's figures over one interval (`StatisticalSummary`): `n…` metrics count, `t…` ones count and sum. */
export interface MetricStats {
  count?: number
  sum?: number
}

/** One group of an aggregate answer (`FlowAggregateDataContainer`): its dimensions, and its metrics per interval. */
export interface FlowAggregateGroup {
  group: Record<string, string>
  data: { interval?: string; metrics: { metric?: string; stats?: MetricStats }[] }[]
}

/** A validate job as started: how many of the flows sent it took, when the platform says. */
export interface ValidateJobStart {
  id: string
  status?: string
  totalFlows?: number
}

/**
 * A validate job's state (a preview API): running, then `Success` or `Failure`, with the messages
 * it found. Neither the message types nor how a message names its flow are documented.
 */
export interface ValidateJobState {
  id?: string
  status?: string
  messages?: ArchitectJobMessage[]
}

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

/**
 * A lookup's ids on the wire: one comma-joined `id` (`?id=a,b`, what the SDK sends), or repeated `id`
 * parameters (`?id=a&id=b`, the API definition's `multi` form).
 */
export type LookupIdForm = 'comma-joined' | 'repeated'

/** The platform as the promotion steps see it. One adapter over the SDK; fakes in tests. */
/** The most ids one flow lookup takes (`GET /api/v2/flows/lookup`'s page size; docs/platform.md#flow-lookup). */
export const LOOKUP_MAX_IDS = 50

export interface GenesysPort {
  getOrganization(): Promise<Organization>
  /** Throws a PlatformError (404 `not.found`, 410 `architect.flow.deleted`) when there is no such flow. */
  getFlow(flowId: string): Promise<Flow>
  /**
   * Reads many flows at once (`GET /api/v2/flows/lookup`), in requests of at most {@link LOOKUP_MAX_IDS} ids each, every
   * page. Answers the flows found, once each, in the order of `ids`; an id the platform leaves out
   * (unknown, deleted, or not a flow id) is simply absent: read it with `getFlow` to tell 404 from 410.
   * `idForm`: how the ids travel (docs/platform.md#flow-lookup); the action sends the SDK's form, and
   * the probe tries both.
   */
  lookupFlows(ids: string[], idForm?: LookupIdForm): Promise<Flow[]>
  /** Every flow of `type` (lowercase) the platform's name filter returns (a contains-match), all pages. */
  findFlowsByName(name: string, type: string): Promise<Flow[]>
  /** The version, or undefined when the platform answers 404. */
  getFlowVersion(flowId: string, versionId: string): Promise<FlowVersion | undefined>
  /** Every version of the flow, across all pages. */
  listFlowVersions(flowId: string): Promise<FlowVersion[]>
  /** What one version consumes, across all pages; `objectType` is a dependency-tracking type (INBOUNDCALLFLOW…). */
  consumedResources(flowId: string, version: string, objectType: string): Promise<Dependency[]>
  /**
   * Dependency-tracking objects named `name` of these types (`QUEUE`, `DATAACTION`, `COMMONMODULEFLOW`…),
   * all pages: whether the org has something by name. The match may be loose: callers compare names.
   */
  findDependencyObjects(name: string, objectTypes: string[]): Promise<Dependency[]>
  /** Starts a publish; answers the asynchronous Operation. Not retried blindly: see `promotion/switch/publish.ts`. */
  publish(flowId: string, versionId: string): Promise<StartedOperation>
  deactivate(flowId: string): Promise<Flow>
  /** Unlocks a flow someone else holds; a saved draft is checked in as a new version first (help center). */
  unlock(flowId: string): Promise<Flow>
  /** Starts one export job for every version listed (Archy YAML). */
  startExport(items: { flowId: string; version: string }[]): Promise<{ id: string }>
  getExportJob(jobId: string): Promise<ExportJobState>
  /** Downloads an export from the object store: no platform credentials go there. */
  downloadExport(url: string): Promise<string>
  /** Registers an import job. A write: the upload that follows starts it. */
  registerImport(): Promise<ImportRegistration>
  /** Uploads the flow file with exactly the headers the job handed out. */
  uploadFlowFile(registration: ImportRegistration, file: string): Promise<void>
  getImportJob(jobId: string): Promise<ImportJobState>
  /**
   * What the caller may do: every role it holds, in every division (`GET /api/v2/authorization/subjects/me`,
   * no permission needed). Undefined when the answer lists no grants it can read.
   */
  getMyGrants(): Promise<PermissionGrant[] | undefined>
  /** Where the caller holds `permission` (`GET /api/v2/authorization/divisionspermitted/paged/me`), all pages. */
  divisionsPermitted(permission: string): Promise<DivisionsPermitted>
  /** Flow analytics: the groups the platform answers, none for an empty answer (`{}`). A read. */
  queryFlowAggregates(query: FlowAggregateQuery): Promise<FlowAggregateGroup[]>
  /** Starts one validate job for every version listed (`POST /api/v2/flows/validate/jobs`, a preview API). A read: it changes no flow. */
  startValidate(items: { flowId: string; version: string }[]): Promise<ValidateJobStart>
  getValidateJob(jobId: string): Promise<ValidateJobState>
}

/** Where a port tells of its retries and waits, and (debug) of each request. */
export interface CallLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

/** A logged-in connection to one org; hands out ports that record into a given trace and log. */
export interface GenesysSession {
  /** `until`: no request starts, and no retry waits, past this time (the run's time budget). */
  port(trace: CallTrace, log?: CallLog, until?: () => number): GenesysPort
  /**
   * Resolves once a login has succeeded, for work worth starting only then. Never rejects, and never
   * resolves in a session whose logins all fail: chain work to it, never await it.
   */
  loggedIn(): Promise<void>
}
