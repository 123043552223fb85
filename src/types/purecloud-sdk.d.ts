/**
 * Types for the parts of the Genesys SDK's ESM sources the adapter imports directly. The package's
 * own `index.d.ts` only describes its bundled entry point, which loads every API class.
 */
declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js' {
  export interface SdkGateway {
    host: string
    protocol?: string
    port?: number
    path_params_login?: string
    path_params_api?: string
  }
  export interface SdkLogger {
    log_level: string
    log_to_console: boolean
    log_file_path?: string
    log_request_body: boolean
    log_response_body: boolean
    setLogger(): void
  }
  export interface SdkConfiguration {
    environment: string
    gateway?: SdkGateway
    refresh_access_token: boolean
    live_reload_config: boolean
    logger: SdkLogger
    setConfigPath(path: string): void
    getConfUrl(pathType: 'login' | 'api', regionUrl: string): string
  }
  export default class ApiClient {
    constructor()
    config: SdkConfiguration
    timeout: number
    setEnvironment(environment: string): void
    setGateway(gateway?: SdkGateway): void
    setReturnExtendedResponses(returnExtended: boolean): void
    setHttpClient(httpClient: unknown): void
    loginClientCredentialsGrant(clientId: string, clientSecret: string): Promise<{ accessToken: string }>
    callApi(
      path: string,
      httpMethod: string,
      pathParams: Record<string, unknown>,
      queryParams: Record<string, unknown>,
      headerParams: Record<string, unknown>,
      formParams: Record<string, unknown>,
      bodyParam: unknown,
      authNames: string[],
      contentTypes: string[],
      accepts: string[]
    ): Promise<unknown>
  }
}

declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/DefaultHttpClient.js' {
  export default class DefaultHttpClient {
    constructor(timeout?: number, httpsAgent?: unknown)
    timeout: number
    request(options: unknown): Promise<unknown>
    toAxiosConfig(options: unknown): Record<string, unknown>
  }
}

declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/ArchitectApi.js' {
  import type ApiClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js'
  type Opts = Record<string, unknown>
  export default class ArchitectApi {
    constructor(client: ApiClient)
    getFlow(flowId: string, opts?: Opts): Promise<unknown>
    getFlows(opts?: Opts): Promise<unknown>
    /** `GET /api/v2/flows/lookup`: the ids go out as one comma-joined `id` (`ApiClient.serialize`). */
    getFlowsLookup(id: string[], opts?: Opts): Promise<unknown>
    getFlowVersion(flowId: string, versionId: string, opts?: Opts): Promise<unknown>
    getFlowVersions(flowId: string, opts?: Opts): Promise<unknown>
    postFlowsActionsPublish(flow: string, opts?: Opts): Promise<unknown>
    postFlowsActionsDeactivate(flow: string): Promise<unknown>
    postFlowsActionsUnlock(flow: string): Promise<unknown>
    postFlowsExportJobs(body: unknown): Promise<unknown>
    getFlowsExportJob(jobId: string, opts?: Opts): Promise<unknown>
    postFlowsJobs(opts?: Opts): Promise<unknown>
    getFlowsJob(jobId: string, opts?: Opts): Promise<unknown>
    /** Validate jobs: a preview API in the SDK since 255. */
    postFlowsValidateJobs(body: unknown): Promise<unknown>
    getFlowsValidateJob(jobId: string, opts?: Opts): Promise<unknown>
    getArchitectDependencytrackingConsumedresources(
      id: string,
      version: string,
      objectType: string,
      opts?: Opts
    ): Promise<unknown>
    /** `GET /api/v2/architect/dependencytracking?name=&objectType=`: objects by display name. */
    getArchitectDependencytracking(name: string, opts?: Opts): Promise<unknown>
  }
}

declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/OrganizationApi.js' {
  import type ApiClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js'
  export default class OrganizationApi {
    constructor(client: ApiClient)
    getOrganizationsMe(opts?: Record<string, unknown>): Promise<unknown>
  }
}

declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/AuthorizationApi.js' {
  import type ApiClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js'
  export default class AuthorizationApi {
    constructor(client: ApiClient)
    getAuthorizationSubjectsMe(opts?: Record<string, unknown>): Promise<unknown>
    getAuthorizationDivisionspermittedPagedMe(permission: string, opts?: Record<string, unknown>): Promise<unknown>
  }
}

declare module 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/FlowsApi.js' {
  import type ApiClient from 'purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js'
  export default class FlowsApi {
    constructor(client: ApiClient)
    /** `POST /api/v2/analytics/flows/aggregates/query` (`FlowAggregationQuery` → `FlowAggregateQueryResponse`). */
    postAnalyticsFlowsAggregatesQuery(body: unknown, opts?: Record<string, unknown>): Promise<unknown>
  }
}
