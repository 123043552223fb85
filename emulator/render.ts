import type { DependencyState, FlowState, OperationState, SparseRef, VersionState } from './state.js'
import { operationStatus } from './state.js'

/** JSON shapes as the platform answers them (`Flow`, `FlowVersion`, `Operation`, `ErrorBody`). */

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

/**
 * A version read on its own (`GET …/versions/{id}` and the listing): with its type, its dates
 * (`dateCreated`, `dateCheckedIn`, `dateSaved` as epoch ms, the publish dates as ISO strings) and
 * who made it (`createdBy`, a user; `createdByClient`, an OAuth client).
 */
export function renderVersion(flow: FlowState, v: VersionState) {
  return withNulls(flow.explicitNulls, {
    ...renderEmbeddedVersion(flow, v),
    type: v.type,
    secure: false,
    debug: false,
    createdBy: v.createdBy ? ref(v.createdBy, '/api/v2/users') : undefined,
    createdByClient: v.createdByClient ? ref(v.createdByClient, '/api/v2/oauth/clients') : undefined,
    dateCreated: v.dateCreated,
    dateCheckedIn: v.type === 'CHECKIN' ? v.dateCreated : undefined,
    dateSaved: v.type === 'SAVE' ? v.dateCreated : undefined,
    datePublished: iso(v.datePublished),
    datePublishedEnd: iso(v.datePublishedEnd),
    selfUri: `/api/v2/flows/${flow.id}/versions/${encodeURIComponent(v.id)}`
  })
}

/** One entry of consumed resources (`Dependency`); `nulls`: the consuming flow's `explicitNulls`. */
export function renderDependency(d: DependencyState, nulls = false) {
  return withNulls(nulls, {
    id: d.id,
    name: d.name,
    type: d.type,
    version: d.version,
    deleted: d.deleted,
    updated: d.updated,
    stateUnknown: d.stateUnknown,
    selfUri: `/api/v2/architect/dependencytracking/objects/${encodeURIComponent(d.id)}`
  })
}

/** A version inside a flow (`publishedVersion`, `checkedInVersion`…): as captured, no type and no dates. */
function renderEmbeddedVersion(flow: FlowState, v: VersionState) {
  return {
    id: v.id,
    name: v.id,
    commitVersion: v.id,
    configurationVersion: flow.configurationVersions[v.id] ?? v.id,
    secure: false,
    configurationUri: `/api/v2/flows/${flow.id}/versions/${encodeURIComponent(v.id)}/configuration`,
    selfUri: `/api/v2/flows/${flow.id}/versions/${encodeURIComponent(v.id)}`
  }
}

export function renderOperation(op: OperationState, now: number, nulls = false) {
  const { complete, actionStatus } = operationStatus(op, now)
  const failed = complete && actionStatus === 'FAILURE'
  return withNulls(nulls, {
    id: op.id,
    complete,
    actionName: op.actionName,
    actionStatus: op.actionStatus ?? actionStatus,
    user: op.user ? ref(op.user) : undefined,
    client: op.client ? ref(op.client) : undefined,
    errorCode: failed ? op.errorCode : undefined,
    errorMessage: failed ? op.errorMessage : undefined,
    // Present, empty, even on success (captured listings).
    errorDetails: failed ? [{ errorCode: op.errorCode }] : []
  })
}

/** A reference with its selfUri; an empty one (`user: {}` in a captured listing) stays empty. */
function ref(entity: SparseRef, base = '/api/v2/entities') {
  return entity.id ? { id: entity.id, name: entity.name, selfUri: `${base}/${entity.id}` } : { ...entity }
}

/** The scenario's `explicitNulls`: every absent field as `null` instead of omitted. */
function withNulls<T extends Record<string, unknown>>(nulls: boolean, body: T): T {
  if (!nulls) return body
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, value ?? null])) as T
}

export function renderFlow(flow: FlowState, now: number) {
  const version = (id: string | undefined) => {
    const v = id ? flow.versions.get(id) : undefined
    return v ? renderEmbeddedVersion(flow, v) : undefined
  }
  return withNulls(flow.explicitNulls, {
    id: flow.id,
    name: flow.name,
    division: { ...flow.division, selfUri: `/api/v2/authorization/divisions/${flow.division.id}` },
    type: flow.type,
    active: flow.active,
    system: false,
    deleted: flow.deleted,
    lockedUser: flow.lockedUser ? ref(flow.lockedUser) : undefined,
    lockedClient: flow.lockedClient ? ref(flow.lockedClient) : undefined,
    publishedVersion: version(flow.publishedVersionId),
    checkedInVersion: version(flow.checkedInVersionId),
    savedVersion: version(flow.savedVersionId),
    publishedBy: flow.publishedBy ? ref(flow.publishedBy) : undefined,
    currentOperation: flow.operation ? renderOperation(flow.operation, now, flow.explicitNulls) : undefined,
    selfUri: `/api/v2/flows/${flow.id}`
  })
}

/** The platform's `ErrorBody`: as captured (404s, the normalised 429), without `messageParams`. */
export function errorBody(status: number, code: string, message: string, correlationId: string) {
  return { message, code, status, contextId: correlationId, details: [], errors: [] }
}

/** `EntityListing` paging, as the platform pages flows and versions. */
export function page<T>(all: T[], query: URLSearchParams, path: string, maxPageSize = 500) {
  const pageSize = Math.min(maxPageSize, Math.max(1, Number(query.get('pageSize') ?? 25) || 25))
  const pageNumber = Math.max(1, Number(query.get('pageNumber') ?? 1) || 1)
  const total = all.length
  const pageCount = Math.ceil(total / pageSize)
  const uri = (n: number) => {
    const q = new URLSearchParams(query)
    q.set('pageSize', String(pageSize))
    q.set('pageNumber', String(n))
    return `${path}?${q}`
  }
  return {
    entities: all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(Math.max(1, pageCount)),
    nextUri: pageNumber < pageCount ? uri(pageNumber + 1) : undefined,
    previousUri: pageNumber > 1 ? uri(pageNumber - 1) : undefined
  }
}
