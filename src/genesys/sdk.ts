import { createRequire } from 'node:module'

/**
 * Loads only the SDK parts the action uses: the API client and the Architect, Organization,
 * Authorization and Flows APIs (about 1.3 MB bundled, instead of the 3.9 MB entry point that loads
 * every API class). The flow analytics query is `FlowsApi`'s (6 KB), the same call as `AnalyticsApi`'s (120 KB).
 * Those ESM sources call `require('os')` and friends; ncc rewrites that in the bundle, and for
 * unbundled runs (tests through tsx) a global `require` must exist before they are first imported.
 */
export async function loadSdk() {
  const scope = globalThis as { require?: NodeJS.Require }
  scope.require ??= createRequire(import.meta.url)
  const [apiClient, httpClient, architect, organization, authorization, flows] = await Promise.all([
    import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/ApiClient.js'),
    import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/DefaultHttpClient.js'),
    import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/ArchitectApi.js'),
    import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/OrganizationApi.js'),
    import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/AuthorizationApi.js'),
    import('purecloud-platform-client-v2/src/purecloud-platform-client-v2/api/FlowsApi.js')
  ])
  return {
    ApiClient: apiClient.default,
    DefaultHttpClient: httpClient.default,
    ArchitectApi: architect.default,
    OrganizationApi: organization.default,
    AuthorizationApi: authorization.default,
    FlowsApi: flows.default
  }
}

export type Sdk = Awaited<ReturnType<typeof loadSdk>>
