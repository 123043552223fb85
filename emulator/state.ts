import { createHash, randomUUID } from 'node:crypto'
import { defaultContent, sameFlowFile } from './flow-file.js'
import { Grants, HOME_DIVISION } from './grants.js'
import {
  DEFAULT_ORGANIZATION,
  type ConsumedResource,
  type FlowScenario,
  type Scenario,
  type TrafficProfile,
  type VersionValidation
} from './scenario.js'

/**
 * The emulated org: flows, their versions and publish operations. Time-driven behaviour (an
 * operation moving through its states, the live version changing when it succeeds) is computed
 * from the clock whenever the state is read, so it is exact and needs no timers.
 */

export interface EntityRef {
  id: string
  name: string
}

/** A reference as real answers carry them: `{}` (an operation's `user`) is one. */
export interface SparseRef {
  id?: string
  name?: string
}

export interface VersionState {
  id: string
  /** The version's flow file (Archy YAML), as an export returns it (before its metadata). */
  content: string
  type: 'CHECKIN' | 'PUBLISH' | 'SAVE'
  dateCreated: number
  datePublished?: number
  datePublishedEnd?: number
  /** The person who made the version (`createdBy`); absent for a version an import job made. */
  createdBy?: SparseRef
  /** The OAuth client that made it (`createdByClient`): an import job's, Archy's, Terraform's. */
  createdByClient?: SparseRef
  /** What the version consumes, as dependency tracking lists it. */
  dependencies: DependencyState[]
  /** What a validate job finds in it; absent: nothing. */
  validation?: VersionValidation
}

/** One consumed resource (`Dependency`). */
export interface DependencyState {
  id: string
  name: string
  type: string
  version?: string
  deleted: boolean
  updated: boolean
  stateUnknown: boolean
}

/** The author of a version the scenario says nothing about. */
export const DEFAULT_AUTHOR: EntityRef = { id: '1f2e3d4c-0000-4000-8000-000000000001', name: 'Flow Author' }

/**
 * Each flow type's dependency-tracking object type, the `objectType` consumed resources take for
 * a flow. Terraform's dependent_consumers table (reported) for all but EMAILSEND and VOICESURVEY,
 * whose pairing follows the pattern (assumed; docs/platform.md#dependency-tracking says which
 * values the SDK lists).
 * SPEECH has no such type in the enum: no objectType is right for a speech flow (assumed).
 */
export const DEPENDENCY_OBJECT_TYPES: Readonly<Record<string, string>> = {
  BOT: 'BOTFLOW',
  COMMONMODULE: 'COMMONMODULEFLOW',
  DIGITALBOT: 'DIGITALBOTFLOW',
  EMAILSEND: 'EMAILSENDFLOW',
  INBOUNDCALL: 'INBOUNDCALLFLOW',
  INBOUNDCHAT: 'INBOUNDCHATFLOW',
  INBOUNDEMAIL: 'INBOUNDEMAILFLOW',
  INBOUNDSHORTMESSAGE: 'INBOUNDSHORTMESSAGEFLOW',
  INQUEUECALL: 'INQUEUECALLFLOW',
  INQUEUEEMAIL: 'INQUEUEEMAILFLOW',
  INQUEUESHORTMESSAGE: 'INQUEUESHORTMESSAGEFLOW',
  OUTBOUNDCALL: 'OUTBOUNDCALLFLOW',
  SECURECALL: 'SECURECALLFLOW',
  SURVEYINVITE: 'SURVEYINVITEFLOW',
  VOICE: 'VOICEFLOW',
  VOICEMAIL: 'VOICEMAILFLOW',
  VOICESURVEY: 'VOICESURVEYFLOW',
  WORKFLOW: 'WORKFLOW',
  WORKITEM: 'WORKITEMFLOW'
}

export type PublishOutcome = 'success' | 'failure' | 'no-op' | 'publishes-other'

export interface PublishBehaviour {
  durationMs: number
  outcome: PublishOutcome
  errorCode: string
  errorMessage: string
  otherVersion?: string
  /** Publishes left that get `outcome`; undefined = every publish. */
  remaining?: number
}

export interface OperationState {
  id: string
  actionName: string
  startedAt: number
  /** Infinity: never completes. */
  durationMs: number
  targetVersion?: string
  outcome: PublishOutcome
  errorCode?: string
  errorMessage?: string
  otherVersion?: string
  client?: SparseRef
  user?: SparseRef
  /** Shown instead of the status the operation's progress gives (someone else's finished operation). */
  actionStatus?: string
  applied: boolean
  completedAt?: number
  /** When a read first showed this operation complete (for the benchmark's detection lag). */
  firstSeenCompleteAt?: number
}

export interface FlowState {
  id: string
  name: string
  type: string
  division: EntityRef
  deleted: boolean
  active: boolean
  versions: Map<string, VersionState>
  publishedVersionId?: string
  checkedInVersionId?: string
  savedVersionId?: string
  lockedUser?: SparseRef
  lockedClient?: SparseRef
  publishedBy?: SparseRef
  unlockPublishesDraft: boolean
  publish: PublishBehaviour
  /** Behaviours for the next publishes, taken in turn before `publish`. */
  publishQueue: PublishBehaviour[]
  /** What `currentOperation` shows: the flow's last operation by anyone. */
  operation?: OperationState
  /** Every publish operation started, for tests and benchmarks. */
  history: OperationState[]
  /** Someone else's operation that replaces ours in `currentOperation` after each publish. */
  replaceOperation?: FlowScenario['replaceOperation']
  pendingReplacement?: { at: number; op: OperationState }
  explicitNulls: boolean
  configurationVersions: Record<string, string>
  jobs: FlowScenario['jobs']
  /** Reads so far: `GET /api/v2/flows/{id}`, and lookups whose answered page held the flow. */
  reads: number
  /** The scenario's `lockAfterReads`: the lock someone takes right after the `reads`-th read. */
  lockAfterReads?: { reads: number; holder: LockHolder }
  /** Version id → the calls it takes while live (flow analytics). */
  traffic: Record<string, TrafficProfile>
  /** When each version was live, oldest first; the last is open while it is live. */
  livePeriods: LivePeriod[]
}

/** A version live from `from` until `to` (open: still live). */
export interface LivePeriod {
  version: string
  from: number
  to?: number
}

/** Who holds a flow's lock: a person or an OAuth client. */
export type LockHolder = { user: SparseRef } | { client: SparseRef }

/** Deterministic PRNG (mulberry32) so generated scenarios are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A UUID derived from a name: generated flows keep their ids from run to run. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** A refusal as the platform answers it; the server renders it as an error body. */
export class PlatformFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/** `type` values the flows listing accepts: the platform's lowercase flow types. */
export const FLOW_TYPES = new Set(
  'bot commonmodule digitalbot emailsend inboundcall inboundchat inboundemail inboundshortmessage outboundcall inqueuecall inqueueemail inqueueshortmessage speech securecall surveyinvite voice voicemail voicesurvey workflow workitem'.split(
    ' '
  )
)

export class OrgState {
  readonly flows = new Map<string, FlowState>()
  /** What each OAuth client may do. */
  readonly grants: Grants

  constructor(
    readonly scenario: Scenario,
    readonly now: () => number
  ) {
    this.grants = new Grants(scenario, () => [...this.flows.values()].map((f) => f.division))
    for (const flow of scenario.flows) this.addFlow(flow)
    const random = prng(scenario.seed)
    for (const group of scenario.generate) {
      for (let n = 1; n <= group.count; n++) {
        const [min, max] = group.publishDurationMs ?? [scenario.publishDurationMs, scenario.publishDurationMs]
        this.addFlow(
          {
            name: `${group.namePrefix}${n}`,
            type: group.type,
            versions: group.versions,
            published: group.published,
            savedDraft: false,
            unlockPublishesDraft: false,
            deleted: false,
            explicitNulls: false,
            configurationVersions: {},
            content: {},
            dependencies: {},
            creators: {},
            traffic: {},
            validation: {},
            jobs: { importLandsDifferent: false },
            publish: {
              durationMs: Math.round(min + random() * (max - min)),
              outcome: 'success',
              errorCode: '',
              errorMessage: '',
              times: 0
            },
            publishes: []
          },
          stableUuid(`${scenario.seed}:${group.namePrefix}${n}`)
        )
      }
    }
    this.grants.validate()
  }

  /**
   * Ids derived from names differ between organizations, as the platform's do: the same flow or queue
   * in another org has another id. The default org keeps the unsalted ids (tests name them).
   */
  private get idSalt(): string {
    const org = this.scenario.organization.id
    return org === DEFAULT_ORGANIZATION.id ? '' : `${org}:`
  }

  addFlow(flow: FlowScenario, id = flow.id ?? stableUuid(`${this.idSalt}${flow.type}:${flow.name}`)): FlowState {
    const created = this.now() - 86_400_000
    for (const [field, byVersion] of [
      ['dependencies', flow.dependencies],
      ['creators', flow.creators],
      ['validation', flow.validation]
    ] as const) {
      const unknown = Object.keys(byVersion).find((v) => !flow.versions.includes(v))
      if (unknown !== undefined)
        throw new Error(`scenario: flow "${flow.name}" has ${field} for ${unknown}, which is not in its versions`)
    }
    const versions = new Map<string, VersionState>()
    flow.versions.forEach((v, i) => {
      const creator = flow.creators[v]
      versions.set(v, {
        id: v,
        content: flow.content[v] ?? defaultContent(flow, v),
        type: 'CHECKIN',
        dateCreated: created + i * 60_000,
        // A version the scenario names no creator for keeps the default author.
        createdBy: creator ? creator.user : DEFAULT_AUTHOR,
        createdByClient: creator?.client,
        dependencies: (flow.dependencies[v] ?? []).map((d) => consumed(d, this.idSalt)),
        validation: flow.validation[v]
      })
    })
    const checkedIn = flow.checkedIn ?? flow.versions.at(-1)
    let savedVersionId: string | undefined
    if (flow.savedDraft) {
      savedVersionId = `saved_version_${stableUuid(`saved:${id}`)}`
      versions.set(savedVersionId, {
        id: savedVersionId,
        content: defaultContent(flow, 'draft'),
        type: 'SAVE',
        dateCreated: created + 3_600_000,
        createdBy: DEFAULT_AUTHOR,
        dependencies: []
      })
    }
    const livePeriods: LivePeriod[] = []
    if (flow.published !== undefined) {
      const live = versions.get(flow.published)
      if (!live)
        throw new Error(`scenario: flow "${flow.name}" publishes ${flow.published}, which is not in its versions`)
      live.datePublished = created + 7_200_000
      livePeriods.push({ version: flow.published, from: live.datePublished })
    }
    const behaviour = flow.publish
    const toBehaviour = (b: NonNullable<FlowScenario['publish']>): PublishBehaviour => ({
      durationMs: b.durationMs ?? behaviour?.durationMs ?? this.scenario.publishDurationMs,
      outcome: b.outcome,
      errorCode: b.errorCode,
      errorMessage: b.errorMessage,
      otherVersion: b.otherVersion
    })
    const state: FlowState = {
      id,
      name: flow.name,
      type: flow.type.toUpperCase(),
      division: flow.division ?? HOME_DIVISION,
      deleted: flow.deleted,
      active: flow.published !== undefined,
      versions,
      publishedVersionId: flow.published,
      checkedInVersionId: checkedIn,
      savedVersionId,
      lockedUser: flow.lockedBy && 'user' in flow.lockedBy ? flow.lockedBy.user : undefined,
      lockedClient: flow.lockedBy && 'client' in flow.lockedBy ? flow.lockedBy.client : undefined,
      unlockPublishesDraft: flow.unlockPublishesDraft,
      publish: {
        durationMs: behaviour?.durationMs ?? this.scenario.publishDurationMs,
        outcome: behaviour?.outcome ?? 'success',
        errorCode: behaviour?.errorCode ?? 'ARCHITECT_FLOW_PUBLISH_FAILED',
        errorMessage: behaviour?.errorMessage ?? 'Flow publish failed.',
        otherVersion: behaviour?.otherVersion,
        remaining: behaviour?.times ? behaviour.times : undefined
      },
      publishQueue: flow.publishes.map(toBehaviour),
      history: [],
      replaceOperation: flow.replaceOperation,
      explicitNulls: flow.explicitNulls,
      configurationVersions: flow.configurationVersions,
      jobs: flow.jobs,
      reads: 0,
      lockAfterReads: flow.lockAfterReads && {
        reads: flow.lockAfterReads.reads,
        holder: lockHolder(flow.lockAfterReads.by)
      },
      traffic: flow.traffic,
      livePeriods
    }
    if (flow.lastOperation) state.operation = this.foreignOperation(flow.lastOperation)
    if (flow.operationInProgress) {
      state.operation = {
        id: randomUUID(),
        actionName: flow.operationInProgress.actionName,
        startedAt: this.now(),
        durationMs: flow.operationInProgress.remainingMs ?? Infinity,
        outcome: 'no-op',
        client: { id: 'another-client', name: 'Another pipeline' },
        applied: false
      }
    }
    this.flows.set(id, state)
    return state
  }

  /** The flow with every operation brought up to the current time. */
  flow(id: string): FlowState | undefined {
    const flow = this.flows.get(id)
    if (flow) this.advance(flow)
    return flow
  }

  /** Someone else's finished operation, as `currentOperation` shows it. */
  private foreignOperation(op: NonNullable<FlowScenario['lastOperation']>): OperationState {
    return {
      id: randomUUID(),
      actionName: op.actionName,
      actionStatus: op.actionStatus,
      startedAt: this.now(),
      durationMs: 0,
      outcome: 'no-op',
      user: op.user,
      client: op.client,
      applied: true,
      completedAt: this.now()
    }
  }

  /** Brings every operation, shown or out of sight, up to the current time. */
  advance(flow: FlowState): void {
    for (const op of new Set([...flow.history, ...(flow.operation ? [flow.operation] : [])])) this.settle(flow, op)
    const replacement = flow.pendingReplacement
    if (replacement && this.now() >= replacement.at) {
      flow.operation = replacement.op
      flow.pendingReplacement = undefined
    }
  }

  private settle(flow: FlowState, op: OperationState): void {
    if (op.applied) return
    const completesAt = op.startedAt + op.durationMs
    if (this.now() < completesAt) return
    op.applied = true
    op.completedAt = completesAt
    if (op.actionName !== 'PUBLISH') return
    if (op.outcome === 'success') this.makeLive(flow, op.targetVersion, completesAt, op.client)
    else if (op.outcome === 'publishes-other') this.makeLive(flow, op.otherVersion, completesAt, op.client)
  }

  private makeLive(flow: FlowState, versionId: string | undefined, at: number, by?: SparseRef): void {
    const next = versionId ? flow.versions.get(versionId) : undefined
    if (!next) return
    // The live version and both publish dates change at the same moment.
    const previous = flow.publishedVersionId ? flow.versions.get(flow.publishedVersionId) : undefined
    if (previous && previous !== next) previous.datePublishedEnd = at
    next.datePublished = at
    next.datePublishedEnd = undefined
    if (flow.publishedVersionId !== next.id) {
      endLivePeriod(flow, at)
      flow.livePeriods.push({ version: next.id, from: at })
    }
    flow.publishedVersionId = next.id
    flow.active = true
    flow.publishedBy = by
  }

  /**
   * An import job's end: the file becomes a new version (the next whole number above every version
   * id that is one), checked in and published at once, as Terraform's flow resource relies on. The
   * version is the importing OAuth client's (`createdByClient`, no `createdBy`), and it consumes
   * what the newest version with the same content (export metadata aside) consumes, or nothing.
   */
  importVersion(flow: FlowState, content: string, client?: SparseRef): VersionState {
    const numbers = [...flow.versions.keys()].map((id) => Number.parseFloat(id)).filter((n) => Number.isFinite(n))
    const id = `${Math.floor(Math.max(0, ...numbers)) + 1}.0`
    const same = [...flow.versions.values()].reverse().find((v) => sameFlowFile(v.content, content, flow.division.name))
    const version: VersionState = {
      id,
      content,
      type: 'CHECKIN',
      dateCreated: this.now(),
      createdByClient: client,
      dependencies: same ? same.dependencies.map((d) => ({ ...d })) : []
    }
    flow.versions.set(id, version)
    flow.checkedInVersionId = id
    this.makeLive(flow, id, this.now())
    return version
  }

  /** Starts a publish; the caller has checked that the flow can take one. */
  startPublish(flow: FlowState, targetVersion: string, client: EntityRef): OperationState {
    const queued = flow.publishQueue.shift()
    const behaviour = queued ?? flow.publish
    const useBehaviour = queued !== undefined || behaviour.remaining === undefined || behaviour.remaining > 0
    if (!queued && behaviour.remaining !== undefined && behaviour.remaining > 0) behaviour.remaining -= 1
    const known = flow.versions.has(targetVersion)
    // Evidence says publishing another id than the checked-in one is accepted and changes nothing.
    const ignored = this.scenario.publishOnlyCheckedIn && targetVersion !== flow.checkedInVersionId
    const outcome: PublishOutcome = !known || ignored ? 'no-op' : useBehaviour ? behaviour.outcome : 'success'
    const op: OperationState = {
      id: randomUUID(),
      actionName: 'PUBLISH',
      startedAt: this.now(),
      durationMs: behaviour.durationMs,
      targetVersion,
      outcome,
      errorCode: outcome === 'failure' ? behaviour.errorCode : undefined,
      errorMessage: outcome === 'failure' ? behaviour.errorMessage : undefined,
      otherVersion: behaviour.otherVersion,
      client,
      applied: false
    }
    flow.operation = op
    flow.history.push(op)
    if (flow.replaceOperation) {
      const at = op.startedAt + flow.replaceOperation.afterMs
      const { durationMs } = flow.replaceOperation
      const ended = { ...this.foreignOperation(flow.replaceOperation), startedAt: at }
      const running = { ...ended, durationMs, applied: false, actionStatus: undefined, completedAt: undefined }
      flow.pendingReplacement = { at, op: durationMs > 0 ? running : ended }
    }
    this.advance(flow)
    return op
  }

  /**
   * The platform's 403 when `caller` lacks `permission` (in the flow's division, for a flow's):
   * `missing.permissions`, naming the permission (the code reported; the wording assumed).
   */
  require(caller: { id?: string }, permission: string, flow?: FlowState): void {
    if (!this.grants.permits(caller.id ?? '', permission, flow?.division))
      throw new PlatformFault(
        403,
        'missing.permissions',
        `Unable to perform the requested action. You are missing the following permission '${permission}' in the provided division(s).`
      )
  }

  /** `GET /flows/{id}`: 404 when unknown, 410 when deleted (unless deleted ones are asked for). */
  readFlow(id: string, includeDeleted = false): FlowState {
    const flow = this.flow(id)
    if (!flow) throw new PlatformFault(404, 'not.found', 'Flow not found')
    if (flow.deleted && !includeDeleted)
      throw new PlatformFault(410, 'architect.flow.deleted', 'Flow has been deleted.')
    return flow
  }

  readVersion(flowId: string, versionId: string): VersionState {
    const version = this.readFlow(flowId).versions.get(versionId)
    if (!version) throw new PlatformFault(404, 'not.found', 'Flow version not found')
    return version
  }

  /**
   * `GET /architect/dependencytracking/consumedresources?id=&version=&objectType=`: what one flow
   * version consumes. 400 for an objectType that is not the flow's dependency-tracking type, 404
   * for an unknown (or deleted) flow or version.
   */
  consumedResources(
    flowId: string | null,
    versionId: string | null,
    objectType: string | null,
    resourceTypes: string[] = []
  ): DependencyState[] {
    if (!flowId || !versionId || !objectType)
      throw new PlatformFault(400, 'bad.request', 'The id, version and objectType query parameters are required.')
    const known = new Set(Object.values(DEPENDENCY_OBJECT_TYPES))
    if (!known.has(objectType))
      throw new PlatformFault(400, 'bad.request', `Invalid value for objectType: ${objectType}`)
    const flow = this.flow(flowId)
    if (!flow || flow.deleted) throw new PlatformFault(404, 'not.found', 'Dependency tracking object not found')
    if (DEPENDENCY_OBJECT_TYPES[flow.type] !== objectType)
      throw new PlatformFault(400, 'bad.request', `The object ${flowId} is not of type ${objectType}`)
    const version = flow.versions.get(versionId)
    if (!version) throw new PlatformFault(404, 'not.found', 'Dependency tracking object version not found')
    return version.dependencies.filter((d) => !resourceTypes.length || resourceTypes.includes(d.type))
  }

  /**
   * `GET /architect/dependencytracking?name=&objectType=`: what the org has by that name, of those
   * types (none given: any): the scenario's `objects`, its flows (as their dependency-tracking type),
   * and whatever a version consumes that is not deleted. The name matches as the flows listing's
   * does, contained and ignoring case (assumed: the platform says "a given display name"), so a
   * client must compare names itself; each object once.
   */
  findObjects(name: string | null, objectTypes: string[]): DependencyState[] {
    if (!name) throw new PlatformFault(400, 'bad.request', 'The name query parameter is required.')
    const all: DependencyState[] = this.scenario.objects.map((o) =>
      consumed({ ...o, deleted: false, stateUnknown: false, updated: false }, this.idSalt)
    )
    for (const flow of this.flows.values()) {
      if (flow.deleted) continue
      const type = DEPENDENCY_OBJECT_TYPES[flow.type]
      if (type) all.push({ id: flow.id, name: flow.name, type, deleted: false, updated: false, stateUnknown: false })
      for (const version of flow.versions.values()) all.push(...version.dependencies.filter((d) => !d.deleted))
    }
    const wanted = name.toLowerCase()
    const found = new Map<string, DependencyState>()
    for (const o of all)
      if (o.name.toLowerCase().includes(wanted) && (!objectTypes.length || objectTypes.includes(o.type)))
        found.set(`${o.type}\u0000${o.id}`, { ...o, version: undefined })
    return [...found.values()]
  }

  /**
   * `GET /flows/lookup?id=`: the flows with those ids, each once, sorted by id (the SDK's default
   * `sortBy`); unknown and deleted ids are left out. No id, or more than `lookup.maxIds`, is a 400.
   */
  lookupFlows(ids: string[]): FlowState[] {
    if (!ids.length) throw new PlatformFault(400, 'bad.request', 'The id query parameter is required.')
    const { maxIds } = this.scenario.lookup
    if (ids.length > maxIds)
      throw new PlatformFault(400, 'bad.request', `At most ${maxIds} ids can be looked up in one request.`)
    return [...new Set(ids)]
      .map((id) => this.flow(id))
      .filter((f): f is FlowState => f !== undefined && !f.deleted)
      .sort((a, b) => a.id.localeCompare(b.id))
  }

  /** `GET /flows?name=&type=`: `name` is a case-insensitive contains-match, types are lowercase. */
  listFlows(name: string | undefined, types: string[], includeDeleted = false): FlowState[] {
    for (const type of types) {
      if (!FLOW_TYPES.has(type)) throw new PlatformFault(400, 'invalid.value', `Invalid value for type: ${type}`)
    }
    const needle = name?.toLowerCase()
    return [...this.flows.values()]
      .filter((f) => includeDeleted || !f.deleted)
      .filter((f) => !types.length || types.includes(f.type.toLowerCase()))
      .filter((f) => !needle || f.name.toLowerCase().includes(needle))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((f) => (this.advance(f), f))
  }

  /** The checks the platform makes before any write action on a flow: the permission first. */
  writableFlow(id: string | null, caller: EntityRef): FlowState {
    if (!id) throw new PlatformFault(400, 'bad.request', 'The flow query parameter is required.')
    const flow = this.readFlow(id)
    this.require(caller, 'architect:flow:publish', flow)
    const holder = flow.lockedUser ?? (flow.lockedClient?.id !== caller.id ? flow.lockedClient : undefined)
    if (holder)
      throw new PlatformFault(409, 'architect.flow.locked', `Flow is locked by ${holder.name ?? 'another user'}.`)
    if (flow.operation && !flow.operation.applied) {
      throw new PlatformFault(409, 'architect.operation.in.progress', 'Another operation is in progress for this flow.')
    }
    return flow
  }

  /** `POST /flows/actions/publish?flow=&version=` (version omitted: the checked-in one). */
  requestPublish(flowId: string | null, version: string | null, caller: EntityRef): OperationState {
    const flow = this.writableFlow(flowId, caller)
    const target = version ?? flow.checkedInVersionId
    if (!target)
      throw new PlatformFault(400, 'architect.flow.not.checked.in', 'The flow has no checked-in version to publish.')
    if (flow.versions.get(target)?.type === 'SAVE') {
      throw new PlatformFault(
        400,
        'architect.flow.version.not.checked.in',
        'A saved draft cannot be published; check it in first.'
      )
    }
    return this.startPublish(flow, target, caller)
  }

  /**
   * `POST /flows/actions/unlock?flow=`: clears the lock. A saved draft is checked in first, as a new
   * version (the help center: unlocking "checks in the currently saved changes"), and published too
   * with `unlockPublishesDraft` (Terraform's documentation). An operation that runs refuses it.
   */
  requestUnlock(flowId: string | null, caller: EntityRef): FlowState {
    if (!flowId) throw new PlatformFault(400, 'bad.request', 'The flow query parameter is required.')
    const flow = this.readFlow(flowId)
    this.require(caller, 'architect:flow:unlock', flow)
    if (flow.operation && !flow.operation.applied)
      throw new PlatformFault(409, 'architect.operation.in.progress', 'Another operation is in progress for this flow.')
    const draft = flow.savedVersionId ? flow.versions.get(flow.savedVersionId) : undefined
    if (draft) {
      const numbers = [...flow.versions.keys()].map((id) => Number.parseFloat(id)).filter((n) => Number.isFinite(n))
      const id = `${Math.floor(Math.max(0, ...numbers)) + 1}.0`
      const holder = flow.lockedUser
      flow.versions.delete(draft.id)
      flow.versions.set(id, {
        ...draft,
        id,
        type: 'CHECKIN',
        dateCreated: this.now(),
        createdBy: holder ?? draft.createdBy
      })
      flow.savedVersionId = undefined
      flow.checkedInVersionId = id
      if (flow.unlockPublishesDraft) this.makeLive(flow, id, this.now(), caller)
    }
    flow.lockedUser = undefined
    flow.lockedClient = undefined
    return flow
  }

  requestDeactivate(flowId: string | null, caller: EntityRef): FlowState {
    const flow = this.writableFlow(flowId, caller)
    this.deactivate(flow)
    return flow
  }

  /**
   * After a read of the flow has been rendered: marks the first read that shows a finished
   * operation (the benchmark's detection lag), and counts the read, taking the scenario's
   * `lockAfterReads` lock once the count is reached (this read still showed the flow unlocked).
   */
  noteRead(flow: FlowState): void {
    const op = flow.operation
    if (op?.applied && op.firstSeenCompleteAt === undefined) op.firstSeenCompleteAt = this.now()
    flow.reads += 1
    if (flow.lockAfterReads?.reads === flow.reads) {
      const { holder } = flow.lockAfterReads
      flow.lockedUser = 'user' in holder ? holder.user : undefined
      flow.lockedClient = 'client' in holder ? holder.client : undefined
    }
  }

  deactivate(flow: FlowState): void {
    const live = flow.publishedVersionId ? flow.versions.get(flow.publishedVersionId) : undefined
    if (live) live.datePublishedEnd = this.now()
    endLivePeriod(flow, this.now())
    flow.publishedVersionId = undefined
    flow.active = false
  }
}

/** The live version stops taking calls at `at`. */
function endLivePeriod(flow: FlowState, at: number): void {
  const open = flow.livePeriods.at(-1)
  if (open && open.to === undefined) open.to = at
}

/** A scenario's lock holder; a bare name is a user's, with an id derived from the name. */
function lockHolder(by: NonNullable<FlowScenario['lockAfterReads']>['by']): LockHolder {
  return typeof by === 'string' ? { user: { id: stableUuid(`user:${by}`), name: by } } : by
}

/** A scenario's consumed resource, with a stable id when it names none. */
function consumed(d: ConsumedResource, salt: string): DependencyState {
  return {
    id: d.id ?? stableUuid(`dependency:${salt}${d.type}:${d.name}`),
    name: d.name,
    type: d.type,
    version: d.version,
    deleted: d.deleted,
    updated: d.updated,
    stateUnknown: d.stateUnknown
  }
}

export function operationStatus(op: OperationState, now: number): { complete: boolean; actionStatus: string } {
  if (op.applied) return { complete: true, actionStatus: op.outcome === 'failure' ? 'FAILURE' : 'SUCCESS' }
  const progress = (now - op.startedAt) / op.durationMs
  if (progress < 1 / 3) return { complete: false, actionStatus: 'STARTED' }
  if (progress < 2 / 3) return { complete: false, actionStatus: 'PENDING_GENERATION' }
  return { complete: false, actionStatus: 'PENDING_BACKEND_NOTIFICATION' }
}
