import { PlatformError } from '../../src/model/errors.js'
import type { CallTrace, GenesysPort, GenesysSession } from '../../src/model/port.js'
import {
  AuthorizationSubjectSchema,
  DependencySchema,
  FlowAggregateAnswerSchema,
  FlowSchema,
  FlowVersionSchema,
  PublishAnswerSchema,
  ValidateJobStartSchema,
  ValidateJobStateSchema
} from '../../src/genesys/schemas.js'
import { flowAggregates } from '../../emulator/analytics.js'
import { renderDependency, renderFlow, renderOperation, renderVersion } from '../../emulator/render.js'
import { parseScenario, type ScenarioInput } from '../../emulator/scenario.js'
import { Jobs } from '../../emulator/jobs.js'
import { OrgState, PlatformFault, type FlowState } from '../../emulator/state.js'

const STORE = 'http://127.0.0.1:9'

type Method = keyof GenesysPort

/**
 * A Genesys port over the emulator's org model, in process: the same platform rules as the HTTP
 * emulator, without HTTP or the SDK, for tests of the pipeline. Every call is recorded.
 */
export class FakeGenesys implements GenesysSession {
  readonly state: OrgState
  readonly jobs: Jobs
  readonly calls: { method: Method; args: unknown[] }[] = []
  private readonly failures: {
    method: Method
    error: PlatformError
    afterEffect: boolean
    meanwhile?: (state: OrgState) => void
    when?: (args: unknown[]) => boolean
  }[] = []

  constructor(scenario: ScenarioInput, now: () => number) {
    this.state = new OrgState(parseScenario(scenario), now)
    this.jobs = new Jobs(this.state, () => STORE)
  }

  /**
   * The next call of `method` fails with `error` (queued: several calls can fail in turn);
   * `meanwhile` changes the org as it fails (someone else acting at that moment).
   */
  failNext(method: Method, error: PlatformError, meanwhile?: (state: OrgState) => void): void {
    this.failures.push({ method, error, afterEffect: false, meanwhile })
  }

  /** The next call of `method` whose arguments `when` accepts fails with `error`, whatever the order of calls. */
  failNextCallWith(method: Method, when: (args: unknown[]) => boolean, error: PlatformError): void {
    this.failures.push({ method, error, afterEffect: false, when })
  }

  /** The next call of `method` takes effect, but its answer is lost (a timeout after the fact). */
  loseNextAnswer(method: Method, error: PlatformError): void {
    this.failures.push({ method, error, afterEffect: true })
  }

  /** A flow as a read answers it; the read counts (the scenario's `lockAfterReads`) once rendered. */
  private read(flow: FlowState) {
    const answer = FlowSchema.parse(renderFlow(flow, this.state.now()))
    this.state.noteRead(flow)
    return answer
  }

  /** No login here: the org answers from the start. */
  loggedIn(): Promise<void> {
    return Promise.resolve()
  }

  writes(): { method: Method; args: unknown[] }[] {
    const writes: Method[] = ['publish', 'deactivate', 'unlock', 'registerImport', 'uploadFlowFile']
    return this.calls.filter((c) => writes.includes(c.method))
  }

  port(trace: CallTrace): GenesysPort {
    const client = { id: 'test-client', name: 'test-client' }
    const call = async <T>(method: Method, args: unknown[], body: () => T): Promise<T> => {
      this.calls.push({ method, args })
      trace.requests += 1
      const i = this.failures.findIndex((f) => f.method === method && (!f.when || f.when(args)))
      const failure = i >= 0 ? this.failures.splice(i, 1)[0]! : undefined
      failure?.meanwhile?.(this.state)
      if (failure && !failure.afterEffect) throw failure.error
      try {
        const result = body()
        if (failure) throw failure.error
        return result
      } catch (err) {
        if (!(err instanceof PlatformFault)) throw err
        throw new PlatformError({ message: `${method} failed: ${err.message}`, status: err.status, code: err.code })
      }
    }
    const now = () => this.state.now()
    // The platform's permission checks, as the HTTP emulator makes them (a scenario client with `grants`).
    const may = (permission: string, flow?: FlowState) => this.state.require(client, permission, flow)
    const viewable = (flow: FlowState) => this.state.grants.permits(client.id, 'architect:flow:view', flow.division)
    const readable = (id: string) => {
      const flow = this.state.readFlow(id)
      may('architect:flow:view', flow)
      return flow
    }
    return {
      getOrganization: () => call('getOrganization', [], () => this.state.scenario.organization),
      getFlow: (id) => call('getFlow', [id], () => this.read(readable(id))),
      // One call however many ids (the client splits them into requests of 50); unknown and deleted
      // ids are left out, and the answer keeps the order of `ids`, as the client's does.
      lookupFlows: (ids, idForm) =>
        call('lookupFlows', idForm ? [ids, idForm] : [ids], () => {
          const asked = new Map(ids.map((id) => [id.toLowerCase(), id]))
          return [...asked.values()].flatMap((id) => {
            const flow = this.state.flow(id)
            return flow && !flow.deleted && viewable(flow) ? [this.read(flow)] : []
          })
        }),
      findFlowsByName: (name, type) =>
        call('findFlowsByName', [name, type], () =>
          this.state
            .listFlows(name, [type])
            .filter(viewable)
            .map((f) => FlowSchema.parse(renderFlow(f, now())))
        ),
      getFlowVersion: (flowId, versionId) =>
        call('getFlowVersion', [flowId, versionId], () => {
          const flow = readable(flowId)
          const v = flow.versions.get(versionId)
          return v ? FlowVersionSchema.parse(renderVersion(flow, v)) : undefined
        }),
      listFlowVersions: (flowId) =>
        call('listFlowVersions', [flowId], () => {
          const flow = readable(flowId)
          return [...flow.versions.values()].map((v) => FlowVersionSchema.parse(renderVersion(flow, v)))
        }),
      consumedResources: (flowId, version, objectType) =>
        call('consumedResources', [flowId, version, objectType], () => {
          may('architect:dependencyTracking:view')
          return this.state
            .consumedResources(flowId, version, objectType)
            .map((d) => DependencySchema.parse(renderDependency(d)))
        }),
      findDependencyObjects: (name, objectTypes) =>
        call('findDependencyObjects', [name, objectTypes], () => {
          may('architect:dependencyTracking:view')
          return this.state.findObjects(name, objectTypes).map((d) => DependencySchema.parse(renderDependency(d)))
        }),
      publish: (flowId, versionId) =>
        call('publish', [flowId, versionId], () =>
          PublishAnswerSchema.parse(renderOperation(this.state.requestPublish(flowId, versionId, client), now()))
        ),
      unlock: (flowId) =>
        call('unlock', [flowId], () => FlowSchema.parse(renderFlow(this.state.requestUnlock(flowId, client), now()))),
      deactivate: (flowId) =>
        call('deactivate', [flowId], () =>
          FlowSchema.parse(renderFlow(this.state.requestDeactivate(flowId, client), now()))
        ),
      // The jobs of the emulator's org, with the object store's files read straight from memory.
      startExport: (items) =>
        call('startExport', [items], () => {
          may('architect:jobExport:create')
          return this.jobs.startExport({ flows: items.map((i) => ({ flow: { id: i.flowId, version: i.version } })) })
        }),
      getExportJob: (jobId) =>
        call('getExportJob', [jobId], () => {
          may('architect:jobExport:view')
          return this.jobs.exportState(jobId)
        }),
      downloadExport: (url) =>
        call('downloadExport', [url], () => {
          const file = this.jobs.downloads.get(/\/exports\/([0-9a-f]+)\.yaml/.exec(url)?.[1] ?? '')
          if (file === undefined) throw new PlatformError({ message: 'the export download failed', status: 404 })
          return file
        }),
      registerImport: () =>
        call('registerImport', [], () => {
          may('architect:job:create')
          const job = this.jobs.registerImport()
          return { id: job.id, presignedUrl: `${STORE}/uploads/${job.uploadToken}`, headers: job.uploadHeaders }
        }),
      uploadFlowFile: (registration, file) =>
        call('uploadFlowFile', [registration.id], () => {
          const token = registration.presignedUrl.split('/uploads/')[1] ?? ''
          const headers = Object.fromEntries(Object.entries(registration.headers).map(([k, v]) => [k.toLowerCase(), v]))
          const status = this.jobs.upload(token, headers, file)
          if (status !== 200) throw new PlatformError({ message: 'the flow file upload failed', status })
        }),
      getImportJob: (jobId) =>
        call('getImportJob', [jobId], () => {
          may('architect:job:view')
          return this.jobs.importState(jobId)
        }),
      getMyGrants: () =>
        call('getMyGrants', [], () => AuthorizationSubjectSchema.parse(this.state.grants.subject(client)).grants),
      divisionsPermitted: (permission) =>
        call('divisionsPermitted', [permission], () => this.state.grants.divisionsPermitted(client.id, permission)),
      // The emulator's answer, through JSON and the adapter's schema, as the SDK would hand it over.
      queryFlowAggregates: (query) =>
        call('queryFlowAggregates', [query], () => {
          may('analytics:flowAggregate:view')
          return FlowAggregateAnswerSchema.parse(
            JSON.parse(JSON.stringify(flowAggregates(this.state, structuredClone(query))))
          ).results
        }),
      // Through the adapter's schemas, as the SDK client reads them.
      startValidate: (items) =>
        call('startValidate', [items], () => {
          may('architect:jobValidate:create')
          const job = this.jobs.startValidate({
            flows: items.map((i) => ({ flow: { id: i.flowId, version: i.version } }))
          })
          return ValidateJobStartSchema.parse({ id: job.id, status: 'Started', totalFlows: job.items.length })
        }),
      getValidateJob: (jobId) =>
        call('getValidateJob', [jobId], () => {
          may('architect:jobValidate:view')
          return ValidateJobStateSchema.parse(this.jobs.validateState(jobId))
        })
    }
  }
}
