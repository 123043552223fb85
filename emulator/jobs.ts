import { randomBytes, randomUUID } from 'node:crypto'
import { parseAllDocuments, parseDocument } from 'yaml'
import { renderExport } from './export-shape.js'
import { FILE_KEYS } from './flow-file.js'
import { FlowScenarioSchema } from './scenario.js'
import type { OrgState, SparseRef } from './state.js'
import { PlatformFault } from './state.js'

/**
 * Architect export and import jobs (docs/platform.md#architect-export-and-import-jobs): an export
 * job turns flow versions into Archy YAML behind a download URL; an import job hands out an upload
 * URL and the headers the upload must carry, then creates a new version from the file and
 * publishes it. Both URLs point at the object store (`object-store.ts`), another origin.
 */

/**
 * The export of a version's content: as the platform writes it (export-shape.ts: the blocks a file
 * leaves to defaults, the export's key order, strings unquoted), or, with the scenario's
 * `exportRoundTrip`, exactly as it was imported. Either way with a comment with the date, and the
 * version and date as keys under the flow (assumed: nothing public says what the platform writes
 * there; the action leaves exactly these out of its comparison).
 */
function exportedFile(
  content: string,
  version: string,
  at: number,
  options: { roundTrip: boolean; division: string }
): string {
  const date = new Date(at).toISOString()
  const header = `# Exported by the Genesys Cloud emulator on ${date}\n`
  const rendered = renderExport(content, { exportDate: date, exportedVersion: version }, options)
  if (rendered !== undefined) return header + rendered
  // A file that came from an export carries its metadata: the new export's replaces it.
  const lines = content
    .replace(/\n*$/, '\n')
    .split('\n')
    .filter((l) => !/^ {2}(exportDate|exportedVersion):/.test(l) && !/^# Exported by /.test(l))
  const root = lines.findIndex((l) => /^[A-Za-z]\w*:\s*$/.test(l))
  lines.splice(root + 1, 0, `  exportDate: ${JSON.stringify(date)}`, `  exportedVersion: ${JSON.stringify(version)}`)
  return `${header}${lines.join('\n')}`
}

export interface JobMessage {
  dateTime: string
  type: 'Error' | 'Warning' | 'Information'
  text: string
  details?: string
}

export interface ExportJob {
  id: string
  startedAt: number
  durationMs: number
  items: { flowId: string; version: string }[]
  /** Set when the job fails; otherwise the file is made when the job completes. */
  failure?: string
  download?: string
  messages: JobMessage[]
}

export interface ImportJob {
  id: string
  createdAt: number
  durationMs: number
  uploadToken: string
  uploadHeaders: Record<string, string>
  uploadedAt?: number
  file?: string
  status: 'Registered' | 'Started' | 'Success' | 'Failure'
  /** The OAuth client that registered the job: the version it makes is that client's. */
  client?: SparseRef
  command?: 'Create' | 'Update'
  flow?: { id: string; name: string }
  messages: JobMessage[]
}

/** A validate job (a preview API): the versions it checks, and when it ends. */
export interface ValidateJob {
  id: string
  startedAt: number
  durationMs: number
  items: { flowId: string; version: string }[]
}

/** The jobs of one emulated org, and the files behind the object store's URLs. */
export class Jobs {
  readonly exports = new Map<string, ExportJob>()
  readonly imports = new Map<string, ImportJob>()
  readonly validations = new Map<string, ValidateJob>()
  /** Download token → file, for the object store. */
  readonly downloads = new Map<string, string>()

  constructor(
    private readonly org: OrgState,
    private readonly objectStoreOrigin: () => string
  ) {}

  startExport(body: unknown): ExportJob {
    const flows = (body as { flows?: { flow?: { id?: string; version?: string } }[] })?.flows
    if (!Array.isArray(flows) || !flows.length)
      throw new PlatformFault(400, 'bad.request', 'The request body must list the flows to export.')
    const items = flows.map((entry) => {
      const flow = this.org.readFlow(entry?.flow?.id ?? '')
      const version = entry?.flow?.version ?? flow.publishedVersionId ?? flow.checkedInVersionId
      if (!version || !flow.versions.has(version)) throw new PlatformFault(404, 'not.found', 'Flow version not found')
      return { flowId: flow.id, version }
    })
    const failing = items.map((i) => this.org.flows.get(i.flowId)!).find((f) => f.jobs.exportFailure)
    const job: ExportJob = {
      id: randomUUID(),
      startedAt: this.org.now(),
      durationMs: this.org.scenario.exportDurationMs,
      items,
      failure: failing?.jobs.exportFailure,
      messages: []
    }
    this.exports.set(job.id, job)
    return job
  }

  exportState(id: string) {
    const job = this.exports.get(id)
    if (!job) throw new PlatformFault(404, 'not.found', 'Export job not found')
    const done = this.org.now() >= job.startedAt + job.durationMs
    if (done && job.failure && !job.messages.length) job.messages.push(this.message('Error', job.failure))
    if (done && !job.failure && !job.download) {
      const token = randomBytes(16).toString('hex')
      // Several flows in one job download as one file, one YAML document per flow (assumed).
      const files = job.items.map(({ flowId, version }) => {
        const flow = this.org.flows.get(flowId)!
        return exportedFile(flow.versions.get(version)!.content, version, this.org.now(), {
          roundTrip: this.org.scenario.exportRoundTrip,
          division: flow.division.name
        })
      })
      this.downloads.set(token, files.join('---\n'))
      job.download = `${this.objectStoreOrigin()}/exports/${token}.yaml?X-Signature=${randomBytes(8).toString('hex')}`
    }
    return {
      id: job.id,
      status: !done ? 'Started' : job.failure ? 'Failure' : 'Success',
      totalFlows: job.items.length,
      downloadUrl: done && !job.failure ? job.download : undefined,
      messages: job.messages
    }
  }

  /**
   * `POST /api/v2/flows/validate/jobs`: every version must exist (404 otherwise, as an export's);
   * more flows than the scenario's `maxFlows` answer 400; an org without the preview 404.
   */
  startValidate(body: unknown): ValidateJob {
    const settings = this.requireValidate()
    const flows = (body as { flows?: { flow?: { id?: string; version?: string } }[] })?.flows
    if (!Array.isArray(flows) || !flows.length)
      throw new PlatformFault(400, 'bad.request', 'The request body must list the flows to validate.')
    if (flows.length > settings.maxFlows)
      throw new PlatformFault(400, 'bad.request', `A validate job takes at most ${settings.maxFlows} flows.`)
    const items = flows.map((entry) => {
      const flow = this.org.readFlow(entry?.flow?.id ?? '')
      const version = entry?.flow?.version ?? flow.checkedInVersionId
      if (!version || !flow.versions.has(version)) throw new PlatformFault(404, 'not.found', 'Flow version not found')
      return { flowId: flow.id, version }
    })
    const job: ValidateJob = { id: randomUUID(), startedAt: this.org.now(), durationMs: settings.durationMs, items }
    this.validations.set(job.id, job)
    return job
  }

  /**
   * `GET /api/v2/flows/validate/jobs/{id}`: `Started`, then the messages of every version in the
   * order asked. A job ends `Failure` when a version says so, or (`errorsEndAs`) when a message is
   * an error; otherwise `Success`, errors and all.
   */
  validateState(id: string) {
    const settings = this.requireValidate()
    const job = this.validations.get(id)
    if (!job) throw new PlatformFault(404, 'not.found', 'Validate job not found')
    const selfUri = `/api/v2/flows/validate/jobs/${job.id}`
    if (this.org.now() < job.startedAt + job.durationMs) return { id: job.id, status: 'Started', selfUri }
    const dateTime = new Date(job.startedAt + job.durationMs).toISOString()
    const found = job.items.map((item) => ({
      item,
      validation: this.org.flows.get(item.flowId)?.versions.get(item.version)?.validation
    }))
    const messages = found.flatMap(({ item, validation }) =>
      (validation?.messages ?? []).map((m) => ({
        dateTime,
        ...(m.type === undefined ? {} : { type: m.type }),
        text: m.text,
        ...(settings.namesFlows
          ? { details: [{ type: 'Flow', url: `/api/v2/flows/${item.flowId}/versions/${item.version}` }] }
          : {})
      }))
    )
    const failed =
      found.some(({ validation }) => validation?.jobFails) ||
      (settings.errorsEndAs === 'Failure' && messages.some((m) => /error|fatal/i.test(m.type ?? '')))
    return { id: job.id, status: failed ? 'Failure' : 'Success', command: 'Validate', messages, selfUri }
  }

  private requireValidate() {
    const settings = this.org.scenario.validate
    if (!settings.available) throw new PlatformFault(404, 'not.found', 'The requested resource was not found')
    return settings
  }

  /** `client`: the caller's OAuth client, the `createdByClient` of the version the import makes. */
  registerImport(client?: SparseRef): ImportJob {
    const token = randomBytes(16).toString('hex')
    const job: ImportJob = {
      id: randomUUID(),
      createdAt: this.org.now(),
      durationMs: this.org.scenario.importDurationMs,
      uploadToken: token,
      uploadHeaders: { 'Content-Type': 'application/octet-stream', 'x-amz-meta-job': randomBytes(8).toString('hex') },
      status: 'Registered',
      client,
      messages: []
    }
    this.imports.set(job.id, job)
    return job
  }

  /** The object store's PUT: only with exactly the headers the job handed out. */
  upload(token: string, headers: Record<string, string | string[] | undefined>, body: string): 200 | 403 | 404 {
    const job = [...this.imports.values()].find((j) => j.uploadToken === token)
    if (!job) return 404
    const signed = Object.entries(job.uploadHeaders).every(([name, value]) => headers[name.toLowerCase()] === value)
    if (!signed) return 403
    job.file = body
    job.uploadedAt = this.org.now()
    job.status = 'Started'
    return 200
  }

  importState(id: string) {
    const job = this.imports.get(id)
    if (!job) throw new PlatformFault(404, 'not.found', 'Import job not found')
    if (job.status === 'Started' && this.org.now() >= job.uploadedAt! + job.durationMs) this.complete(job)
    return {
      id: job.id,
      status: job.status,
      command: job.command,
      flow: job.flow ? { id: job.flow.id, name: job.flow.name, selfUri: `/api/v2/flows/${job.flow.id}` } : undefined,
      messages: job.messages
    }
  }

  /** Finds the flow by the file's name and type (as the platform does), makes a version, publishes it. */
  private complete(job: ImportJob): void {
    const parsed = parseFlowFile(job.file ?? '')
    if (typeof parsed === 'string') return this.fail(job, parsed)
    const type = Object.entries(FILE_KEYS).find(([, key]) => key === parsed.key)?.[0] ?? parsed.key.toUpperCase()
    const found = [...this.org.flows.values()].find((f) => !f.deleted && f.name === parsed.name && f.type === type)
    // The platform creates a flow it does not find: a renamed file makes a second flow.
    const flow = found ?? this.org.addFlow(FlowScenarioSchema.parse({ name: parsed.name, type, versions: [] }))
    job.command = found ? 'Update' : 'Create'
    job.flow = { id: flow.id, name: flow.name }
    if (flow.jobs.importFailure) return this.fail(job, flow.jobs.importFailure)
    const content = flow.jobs.importLandsDifferent ? landedDifferently(job.file ?? '', parsed.key) : (job.file ?? '')
    this.org.importVersion(flow, content, job.client)
    job.status = 'Success'
    job.messages.push(this.message('Information', `Flow '${flow.name}' was imported and published.`))
  }

  private fail(job: ImportJob, text: string): void {
    job.status = 'Failure'
    job.messages.push(this.message('Error', text))
  }

  private message(type: JobMessage['type'], text: string): JobMessage {
    return { dateTime: new Date(this.org.now()).toISOString(), type, text }
  }
}

/**
 * `importLandsDifferent`: the version holds another value than the file sets, in the first key
 * under the flow besides its name (a key added would pass for a default the platform fills in).
 */
function landedDifferently(file: string, key: string): string {
  const doc = parseDocument(file)
  const body = doc.get(key) as { items?: { key: unknown }[] } | undefined
  const first = body?.items
    ?.map((pair) => String((pair.key as { value?: unknown })?.value ?? pair.key))
    .find((k) => !['name', 'exportDate', 'exportedVersion'].includes(k))
  doc.setIn([key, first ?? 'description'], 'landed differently')
  return doc.toString({ lineWidth: 0 })
}

/** The flow file's top-level key and the flow's name, or why the file is not a flow file. */
function parseFlowFile(text: string): { key: string; name: string } | string {
  const [doc] = parseAllDocuments(text) as { toJS(): unknown; errors: { message: string }[] }[]
  if (!doc || doc.errors.length) return `The flow file is not valid YAML: ${doc?.errors[0]?.message ?? 'empty'}`
  const root = doc.toJS() as Record<string, { name?: unknown }> | null
  const key = root && typeof root === 'object' ? Object.keys(root)[0] : undefined
  const name = key ? root![key]?.name : undefined
  if (!key || typeof name !== 'string') return 'The flow file names no flow type and name at its top.'
  return { key, name }
}
