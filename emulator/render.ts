import type { EntityRef, FlowState, OperationState, VersionState } from './state.js'
import { operationStatus } from './state.js'

/** JSON shapes as the platform answers them (`Flow`, `FlowVersion`, `Operation`, `ErrorBody`). */

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

export function renderVersion(flow: FlowState, v: VersionState) {
  return {
    id: v.id,
    name: v.id,
    commitVersion: v.id,
    configurationVersion: v.id,
    type: v.type,
    secure: false,
    debug: false,
    createdBy: { id: '1f2e3d4c-0000-4000-8000-000000000001', name: 'Flow Author' },
    dateCreated: v.dateCreated,
    datePublished: iso(v.datePublished),
    datePublishedEnd: iso(v.datePublishedEnd),
    selfUri: `/api/v2/flows/${flow.id}/versions/${encodeURIComponent(v.id)}`
  }
}

export function renderOperation(op: OperationState, now: number) {
  const { complete, actionStatus } = operationStatus(op, now)
  const failed = complete && actionStatus === 'FAILURE'
  return {
    id: op.id,
    complete,
    actionName: op.actionName,
    actionStatus,
    client: op.client ? ref(op.client) : undefined,
    errorCode: failed ? op.errorCode : undefined,
    errorMessage: failed ? op.errorMessage : undefined,
    errorDetails: failed ? [{ errorCode: op.errorCode }] : undefined,
    errorMessageParams: failed ? {} : undefined
  }
}

function ref(entity: EntityRef) {
  return { id: entity.id, name: entity.name, selfUri: `/api/v2/entities/${entity.id}` }
}

export function renderFlow(flow: FlowState, now: number) {
  const version = (id: string | undefined) => {
    const v = id ? flow.versions.get(id) : undefined
    return v ? renderVersion(flow, v) : undefined
  }
  return {
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
    currentOperation: flow.operation ? renderOperation(flow.operation, now) : undefined,
    selfUri: `/api/v2/flows/${flow.id}`
  }
}

export function errorBody(
  status: number,
  code: string,
  message: string,
  correlationId: string,
  messageParams: Record<string, string> = {}
) {
  return { message, code, status, messageParams, contextId: correlationId, details: [], errors: [] }
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
