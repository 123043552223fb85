import type { z } from 'zod'
import type { Clock } from '../model/clock.js'
import { PlatformError, UNREADABLE_ANSWER, isTransient } from '../model/errors.js'
import type { PlatformConfig } from '../model/config.js'
import type { Agents } from '../http/agents.js'
import { objectStore } from '../http/object-store.js'
import type { RequestBudget } from './budget.js'
import { createPlatformHttpClient } from './http-client.js'
import { correlationIdOf, toPlatformError, type CallKind } from './platform-error.js'
import {
  LOOKUP_MAX_IDS,
  type CallLog,
  type CallTrace,
  type Flow,
  type GenesysPort,
  type GenesysSession
} from '../model/port.js'
import { DEFAULT_RETRY_POLICY, withRetries } from '../http/retry.js'
import {
  AuthorizationSubjectSchema,
  DivisionsPermittedListingSchema,
  FlowListingSchema,
  FlowSchema,
  FlowVersionListingSchema,
  ConsumedResourcesListingSchema,
  DependencyObjectListingSchema,
  ExportJobStartSchema,
  ExportJobStateSchema,
  FlowAggregateAnswerSchema,
  FlowVersionSchema,
  ImportJobStateSchema,
  ImportRegistrationSchema,
  OrganizationSchema,
  PublishAnswerSchema,
  ValidateJobStartSchema,
  ValidateJobStateSchema
} from './schemas.js'
import { loadSdk } from './sdk.js'

export interface SessionOptions {
  clientId: string
  clientSecret: string
  platform: PlatformConfig
  clock: Clock
  budget: RequestBudget
  agents: Agents
  /** `core.setSecret`: the token is masked the moment the token endpoint returns it. */
  mask: (secret: string) => void
  /** Where retries, waits for the rate limit and (debug) requests are told; a port may name its own. */
  log?: CallLog
  /** No request starts and no retry waits past this time (`time-budget-minutes`), unless a port names its own. */
  retryUntil?: () => number
}

const SILENT: CallLog = { info: () => undefined, warning: () => undefined, debug: () => undefined }

/** Counts a retry into the trace, and says what failed, how long the wait is and which attempt comes. */
function retryTold(trace: CallTrace, log: CallLog, what: string, maxRetries: number) {
  return (delayMs: number, err: PlatformError, retry: number) => {
    trace.retries += 1
    trace.waitedMs += delayMs
    log.warning(
      `${what}: ${err.describe()}; retrying in ${(delayMs / 1000).toFixed(1)} s (retry ${retry} of ${maxRetries})`
    )
  }
}

const PAGE_SIZE = 100

/**
 * At most this many ids per lookup request (`GET /api/v2/flows/lookup`), and at most this many
 * characters of ids in its URL. The SDK sends the ids as one comma-joined `id` parameter (`?id=a,b,…`:
 * `ApiClient.serialize` joins its `multi` arrays), so 50 UUIDs take 1,849 characters; with the longest
 * API host, the path and the paging the URL stays under 2,048 characters, the lowest URL limit in
 * common use (most servers and proxies take 8 KB), and ids that are not UUIDs are held to the same
 * length. The platform's own cap on ids is not documented: 50 is half the emulator's assumed 100.
 */
export { LOOKUP_MAX_IDS }
export const LOOKUP_MAX_ID_CHARS = 1_900

/**
 * The one adapter from the promotion steps to Genesys Cloud, over the official SDK. It logs in
 * lazily, re-logs in on a 401 (client-credentials tokens have no refresh), retries transient
 * failures, and parses every answer against the schemas the conformance check also uses.
 */
export async function openGenesysSession(options: SessionOptions): Promise<GenesysSession> {
  const sdk = await loadSdk()
  const client = new sdk.ApiClient()
  ignoreSdkConfigFile(client)
  client.setEnvironment(options.platform.region)
  const gateway = options.platform.gateway
  // Always set (or clear) the gateway explicitly: the SDK's config file must not redirect calls.
  client.setGateway(
    gateway
      ? {
          host: gateway.host,
          protocol: gateway.protocol,
          port: gateway.port,
          path_params_login: gateway.path,
          path_params_api: gateway.path
        }
      : undefined
  )
  client.setReturnExtendedResponses(true)
  client.timeout = options.platform.requestTimeoutMs
  client.setHttpClient(
    createPlatformHttpClient(sdk, {
      timeoutMs: options.platform.requestTimeoutMs,
      budget: options.budget,
      agents: options.agents,
      onToken: options.mask,
      onBudgetWait: budgetWaitTold(options.log ?? SILENT, options.budget.limit)
    })
  )
  const architect = new sdk.ArchitectApi(client)
  // The jobs' files travel through the object store, another origin: never through the SDK.
  const store = objectStore({
    agents: options.agents,
    timeoutMs: options.platform.requestTimeoutMs,
    mask: options.mask
  })
  const organizations = new sdk.OrganizationApi(client)
  const authorization = new sdk.AuthorizationApi(client)
  const flowAnalytics = new sdk.FlowsApi(client)
  const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: options.platform.maxRetries }
  const loginTarget = {
    host: gateway
      ? `${gateway.protocol}://${gateway.host}${gateway.port > 0 ? `:${gateway.port}` : ''}`
      : `login.${options.platform.region}`,
    source: options.platform.hostSource
  }

  // One login shared by every caller; a 401 replaces it once per token generation, so concurrent
  // callers that all see the expired token log in once, not once each.
  let login: Promise<void> | undefined
  let generation = 0
  let markLoggedIn = () => {}
  const loggedIn = new Promise<void>((resolve) => (markLoggedIn = resolve))

  function logIn(trace: CallTrace, log: CallLog): Promise<void> {
    const attempt = send(trace, log, 'login', 'login', () =>
      client.loginClientCredentialsGrant(options.clientId, options.clientSecret)
    ).then(() => {
      generation += 1
      markLoggedIn()
    })
    login = attempt
    attempt.catch(() => {
      if (login === attempt) login = undefined
    })
    return attempt
  }

  async function send<T>(
    trace: CallTrace,
    log: CallLog,
    kind: CallKind,
    what: string,
    call: () => Promise<unknown>,
    schema?: z.ZodType<T>,
    retryable: (err: PlatformError) => boolean = isTransient,
    until: (() => number) | undefined = options.retryUntil
  ): Promise<T> {
    let usedGeneration = generation
    return withRetries(
      async () => {
        trace.requests += 1
        let response: { headers?: Record<string, unknown>; body?: unknown }
        try {
          response = (await call()) as typeof response
        } catch (rejection) {
          const err = toPlatformError(rejection, kind, what, kind === 'login' ? loginTarget : undefined)
          if (err.correlationId) trace.correlationIds.push(err.correlationId)
          throw err
        }
        const correlationId = correlationIdOf(response?.headers)
        if (correlationId) trace.correlationIds.push(correlationId)
        log.debug(
          `${what}: ${(response as { status?: number })?.status ?? 'answered'}${correlationId ? ` (correlation id ${correlationId})` : ''}`
        )
        if (!schema) return undefined as T
        if (typeof response?.body === 'string') {
          // The SDK hands over a body it could not parse as text: cut off on the way, so worth repeating.
          throw new PlatformError({
            message: `${what}: the answer could not be read (not JSON)`,
            correlationId,
            networkCode: UNREADABLE_ANSWER
          })
        }
        // jitless: a run parses each schema a few times, and zod's generated fast path costs more to build than it saves.
        const parsed = schema.safeParse(response?.body, { jitless: true })
        if (!parsed.success) {
          // Read like a body cut off on the way: repeated for reads, ambiguous for a publish.
          throw new PlatformError({
            message: `${what}: unexpected answer from the platform (${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message})`,
            correlationId,
            networkCode: UNREADABLE_ANSWER
          })
        }
        return parsed.data
      },
      {
        clock: options.clock,
        policy,
        until,
        isRetryable: retryable,
        onRetry: retryTold(trace, log, what, policy.maxRetries),
        onUnauthorized:
          kind === 'login'
            ? undefined
            : async () => {
                log.info(`${what}: the token expired (401); logging in again`)
                if (generation === usedGeneration) await logIn(trace, log)
                else await login
                usedGeneration = generation
              }
      }
    )
  }

  function port(
    trace: CallTrace,
    log: CallLog = options.log ?? SILENT,
    until: (() => number) | undefined = options.retryUntil
  ): GenesysPort {
    async function api<T>(
      kind: CallKind,
      what: string,
      call: () => Promise<unknown>,
      schema?: z.ZodType<T>,
      retryable?: (err: PlatformError) => boolean
    ): Promise<T> {
      if (until && options.clock.now() >= until())
        throw new PlatformError({
          message: `${what}: not sent, the time budget (time-budget-minutes) has run out`,
          code: 'budget.exhausted'
        })
      await (login ?? logIn(trace, log))
      return send(trace, log, kind, what, call, schema, retryable, until)
    }

    /** Every entity of a paged listing, page by page until the last one (`lastPage`). */
    async function allPages<P extends { entities: unknown[]; pageCount?: number }>(
      kind: CallKind,
      what: string,
      call: (pageNumber: number) => Promise<unknown>,
      schema: z.ZodType<P>,
      onPage?: (page: P) => void
    ): Promise<P['entities'][number][]> {
      const entities: P['entities'][number][] = []
      for (let pageNumber = 1; ; pageNumber++) {
        const page = await api(kind, what, () => call(pageNumber), schema)
        onPage?.(page)
        entities.push(...page.entities)
        if (lastPage(page, pageNumber)) return entities
      }
    }

    return {
      getOrganization: () =>
        api(
          'organization',
          'GET /api/v2/organizations/me',
          () => organizations.getOrganizationsMe(),
          OrganizationSchema
        ),

      getFlow: (flowId) => api('read', `GET /api/v2/flows/${flowId}`, () => architect.getFlow(flowId), FlowSchema),

      // One chunk at a time: every request waits for the run's shared budget anyway, and a release's
      // other flows keep their share of it.
      async lookupFlows(ids, idForm = 'comma-joined') {
        const found = new Map<string, Flow>()
        for (const chunk of lookupChunks(ids)) {
          const asked = new Set(chunk.map(idKey))
          for (let pageNumber = 1; ; pageNumber++) {
            const paging = { pageNumber, pageSize: LOOKUP_MAX_IDS }
            const page = await api(
              'read',
              `GET /api/v2/flows/lookup (${chunk.length} ids${idForm === 'repeated' ? ' as repeated id parameters' : ''}, page ${pageNumber})`,
              () =>
                idForm === 'repeated'
                  ? // The SDK joins every list with commas: the repeated form goes through its client as a path.
                    client.callApi(
                      `/api/v2/flows/lookup?${chunk.map((id) => `id=${encodeURIComponent(id)}`).join('&')}`,
                      'GET',
                      {},
                      paging,
                      {},
                      {},
                      null,
                      ['PureCloud OAuth'],
                      ['application/json'],
                      ['application/json']
                    )
                  : architect.getFlowsLookup(chunk, paging),
              FlowListingSchema
            )
            // Callers match answers to ids: an entry without one, or with one not asked for, tells them nothing.
            for (const flow of page.entities) {
              const key = flow.id === undefined ? undefined : idKey(flow.id)
              if (key !== undefined && asked.has(key) && !found.has(key)) found.set(key, flow)
            }
            if (lastLookupPage(page, pageNumber, chunk.length)) break
          }
        }
        return [...new Set(ids.map(idKey))].flatMap((key) => found.get(key) ?? [])
      },

      findFlowsByName: (name, type) =>
        allPages(
          'read',
          'GET /api/v2/flows',
          (pageNumber) => architect.getFlows({ name, type: [type], pageNumber, pageSize: PAGE_SIZE }),
          FlowListingSchema
        ),

      async getFlowVersion(flowId, versionId) {
        try {
          return await api(
            'read',
            `GET /api/v2/flows/${flowId}/versions/${versionId}`,
            () => architect.getFlowVersion(flowId, versionId),
            FlowVersionSchema
          )
        } catch (err) {
          if (err instanceof PlatformError && err.status === 404) return undefined
          throw err
        }
      },

      listFlowVersions: (flowId) =>
        allPages(
          'read',
          `GET /api/v2/flows/${flowId}/versions`,
          (pageNumber) => architect.getFlowVersions(flowId, { pageNumber, pageSize: PAGE_SIZE }),
          FlowVersionListingSchema
        ),

      consumedResources: (flowId, version, objectType) =>
        allPages(
          'read',
          `GET /api/v2/architect/dependencytracking/consumedresources (flow ${flowId}, version ${version})`,
          (pageNumber) =>
            architect.getArchitectDependencytrackingConsumedresources(flowId, version, objectType, {
              pageNumber,
              pageSize: PAGE_SIZE
            }),
          ConsumedResourcesListingSchema
        ),

      findDependencyObjects: (name, objectTypes) =>
        allPages(
          'read',
          `GET /api/v2/architect/dependencytracking (${objectTypes.join(', ')} named "${name}")`,
          (pageNumber) =>
            architect.getArchitectDependencytracking(name, {
              objectType: objectTypes,
              pageNumber,
              pageSize: PAGE_SIZE
            }),
          DependencyObjectListingSchema
        ),

      // A 429 was refused before it was processed and is safe to repeat; anything else ambiguous
      // (5xx, timeout) may have started a publish, so the caller re-reads the flow instead.
      publish: (flowId, versionId) =>
        api(
          'publish',
          `POST /api/v2/flows/actions/publish (flow ${flowId}, version ${versionId})`,
          () => architect.postFlowsActionsPublish(flowId, { version: versionId }),
          PublishAnswerSchema,
          (err) => err.status === 429
        ),

      startExport: (items) =>
        api(
          'export',
          'POST /api/v2/flows/export/jobs',
          () =>
            architect.postFlowsExportJobs({
              flows: items.map((item) => ({ flow: { id: item.flowId, version: item.version }, exportType: 'Yaml' }))
            }),
          ExportJobStartSchema
        ),

      // A signed URL is a credential from the moment it arrives: masked before anything could print it.
      getExportJob: async (jobId) => {
        const state = await api(
          'export',
          `GET /api/v2/flows/export/jobs/${jobId}`,
          () => architect.getFlowsExportJob(jobId, { expand: ['messages'] }),
          ExportJobStateSchema
        )
        if (state.downloadUrl) options.mask(state.downloadUrl)
        return state
      },

      downloadExport: (url) =>
        withRetries(() => store.download(url), {
          clock: options.clock,
          policy,
          until,
          onRetry: retryTold(trace, log, 'the export download', policy.maxRetries)
        }),

      // A registration starts nothing until a file is uploaded: safe to repeat.
      registerImport: async () => {
        const registration = await api(
          'import',
          'POST /api/v2/flows/jobs',
          () => architect.postFlowsJobs(),
          ImportRegistrationSchema
        )
        for (const secret of [registration.presignedUrl, ...Object.values(registration.headers)]) options.mask(secret)
        return registration
      },

      // Repeated only when refused (429): an upload whose answer is lost may have started the job,
      // and the import reads the job's state before it uploads again.
      uploadFlowFile: (registration, file) =>
        withRetries(() => store.upload(registration.presignedUrl, registration.headers, file), {
          clock: options.clock,
          policy,
          until,
          isRetryable: (err) => err.status === 429,
          onRetry: retryTold(trace, log, 'the flow file upload', policy.maxRetries)
        }),

      getImportJob: (jobId) =>
        api(
          'import',
          `GET /api/v2/flows/jobs/${jobId}`,
          () => architect.getFlowsJob(jobId, { expand: ['messages'] }),
          ImportJobStateSchema
        ),

      getMyGrants: async () =>
        (
          await api(
            'authorization',
            'GET /api/v2/authorization/subjects/me',
            () => authorization.getAuthorizationSubjectsMe(),
            AuthorizationSubjectSchema
          )
        ).grants,

      async divisionsPermitted(permission) {
        let all = false
        const divisions = await allPages(
          'authorization',
          `GET /api/v2/authorization/divisionspermitted/paged/me (${permission})`,
          (pageNumber) =>
            authorization.getAuthorizationDivisionspermittedPagedMe(permission, { pageNumber, pageSize: PAGE_SIZE }),
          DivisionsPermittedListingSchema,
          (page) => (all ||= page.allDivsPermitted === true)
        )
        return { all, divisions }
      },
      // A validate job changes no flow: repeated like a read.
      startValidate: (items) =>
        api(
          'validate',
          'POST /api/v2/flows/validate/jobs',
          () =>
            architect.postFlowsValidateJobs({
              flows: items.map((item) => ({ flow: { id: item.flowId, version: item.version } }))
            }),
          ValidateJobStartSchema
        ),

      getValidateJob: (jobId) =>
        api(
          'validate',
          `GET /api/v2/flows/validate/jobs/${jobId}`,
          () => architect.getFlowsValidateJob(jobId, { expand: ['messages'] }),
          ValidateJobStateSchema
        ),

      // A write: repeated only when refused (429); the caller reads the flow after it either way.
      unlock: (flowId) =>
        api(
          'unlock',
          `POST /api/v2/flows/actions/unlock (flow ${flowId})`,
          () => architect.postFlowsActionsUnlock(flowId),
          FlowSchema,
          (err) => err.status === 429
        ),

      // A read sent as a POST: repeated like any read.
      queryFlowAggregates: async (query) =>
        (
          await api(
            'analytics',
            'POST /api/v2/analytics/flows/aggregates/query',
            () => flowAnalytics.postAnalyticsFlowsAggregatesQuery(query),
            FlowAggregateAnswerSchema
          )
        ).results,

      deactivate: (flowId) =>
        api(
          'deactivate',
          `POST /api/v2/flows/actions/deactivate (flow ${flowId})`,
          () => architect.postFlowsActionsDeactivate(flowId),
          FlowSchema,
          (err) => err.status === 429
        )
    }
  }

  return { port, loggedIn: () => loggedIn }
}

/** The last page: empty, the page count reached, or (when the platform gives no count) a short page. */
function lastPage(page: { entities: unknown[]; pageCount?: number }, pageNumber: number): boolean {
  if (page.entities.length === 0) return true
  return page.pageCount !== undefined ? pageNumber >= page.pageCount : page.entities.length < PAGE_SIZE
}

/** Flow ids are UUIDs: the same flow whatever the case it is written in. */
function idKey(id: string): string {
  return id.toLowerCase()
}

/**
 * The ids of a lookup, each once, in requests of at most {@link LOOKUP_MAX_IDS} ids and
 * {@link LOOKUP_MAX_ID_CHARS} characters of URL-encoded ids and commas. An id that is empty or holds
 * a comma cannot travel in the SDK's comma-joined list: it is left out, so the caller reads it on its
 * own. An id longer than the bound by itself still gets a request of its own.
 */
export function lookupChunks(ids: readonly string[]): string[][] {
  const chunks: string[][] = []
  let chunk: string[] = []
  let chars = 0
  const seen = new Set<string>()
  for (const id of ids) {
    if (!id || id.includes(',') || seen.has(idKey(id))) continue
    seen.add(idKey(id))
    const cost = encodeURIComponent(id).length
    if (chunk.length && (chunk.length >= LOOKUP_MAX_IDS || chars + 1 + cost > LOOKUP_MAX_ID_CHARS)) {
      chunks.push(chunk)
      chunk = []
      chars = 0
    }
    // A comma before every id but the first.
    chars += (chunk.length ? 1 : 0) + cost
    chunk.push(id)
  }
  if (chunk.length) chunks.push(chunk)
  return chunks
}

/**
 * The last page of one lookup: as {@link lastPage}, judged by the page size the platform says it
 * used; and never more pages than ids asked, since each page holds at least one of them (a platform
 * that ignored `pageNumber` would otherwise be read forever).
 */
function lastLookupPage(
  page: { entities: unknown[]; pageCount?: number; pageSize?: number },
  pageNumber: number,
  asked: number
): boolean {
  if (page.entities.length === 0 || pageNumber >= asked) return true
  return page.pageCount !== undefined
    ? pageNumber >= page.pageCount
    : page.entities.length < (page.pageSize ?? LOOKUP_MAX_IDS)
}

/**
 * The SDK reads `~/.genesyscloudjavascript/config` when constructed and watches it: on a shared
 * self-hosted runner that file could redirect calls or turn on request logging. Stop watching it and
 * put every setting it can change back to what the action needs; region and gateway are set next.
 */
function ignoreSdkConfigFile(client: InstanceType<Awaited<ReturnType<typeof loadSdk>>['ApiClient']>): void {
  const config = client.config
  config.live_reload_config = false
  config.setConfigPath('')
  config.refresh_access_token = false
  const logger = config.logger
  logger.log_level = 'none'
  logger.log_to_console = false
  logger.log_file_path = undefined
  logger.log_request_body = false
  logger.log_response_body = false
  logger.setLogger()
}

/**
 * Says when the run waits for the rate limit (at most every 10 s: a release's flows wait together),
 * so that a long silence has its reason in the log.
 */
function budgetWaitTold(log: CallLog, limit: number): (waitedMs: number, now: number) => void {
  let lastToldAt = -Infinity
  return (waitedMs, now) => {
    if (waitedMs < 1_000 || now - lastToldAt < 10_000) return
    lastToldAt = now
    log.info(
      `Waited ${(waitedMs / 1000).toFixed(1)} s for the rate limit: at most ${limit} requests a minute for this OAuth client`
    )
  }
}
