import { runAction } from '../harness/run-action.js'
import type { Emulator, RequestRecord } from '../emulator/server.js'
import type { ObjectStoreRequest } from '../emulator/object-store.js'

/**
 * The rollback benchmark's pieces: what kind each request is, and one measured rollback. The
 * emulator's job durations are its own (real jobs' durations are unknown), so every figure made
 * here is an emulator figure and carries the durations it was made with.
 */

/** The kinds of request a rollback makes, in the order the tables show them. */
export const REQUEST_KINDS = [
  'login',
  'flow read',
  'version read',
  'publish',
  'export start',
  'export poll',
  'download',
  'import register',
  'upload',
  'import poll',
  'other'
] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

/** A platform request's kind, by method and path. */
export function platformKind(r: Pick<RequestRecord, 'method' | 'path'>): RequestKind {
  const { method, path } = r
  if (method === 'POST' && path === '/oauth/token') return 'login'
  if (method === 'POST' && path === '/api/v2/flows/actions/publish') return 'publish'
  if (method === 'POST' && path === '/api/v2/flows/export/jobs') return 'export start'
  if (method === 'GET' && path.startsWith('/api/v2/flows/export/jobs/')) return 'export poll'
  if (method === 'POST' && path === '/api/v2/flows/jobs') return 'import register'
  if (method === 'GET' && path.startsWith('/api/v2/flows/jobs/')) return 'import poll'
  if (method === 'GET' && /^\/api\/v2\/flows\/[^/]+\/versions(\/|$)/.test(path)) return 'version read'
  if (method === 'GET' && /^\/api\/v2\/flows\/[^/]+$/.test(path)) return 'flow read'
  return 'other'
}

/** An object-store request's kind: a download of an export, or an upload of a flow file. */
export function objectStoreKind(r: Pick<ObjectStoreRequest, 'method' | 'path'>): RequestKind {
  if (r.method === 'GET' && r.path.startsWith('/exports/')) return 'download'
  if (r.method === 'PUT' && r.path.startsWith('/uploads/')) return 'upload'
  return 'other'
}

export function countKinds(kinds: RequestKind[]): Record<RequestKind, number> {
  const counts = Object.fromEntries(REQUEST_KINDS.map((k) => [k, 0])) as Record<RequestKind, number>
  for (const kind of kinds) counts[kind] += 1
  return counts
}

export interface RollbackRun {
  /** The audit record's `rollback.durationMs`: from the failed verification to the old content verified live. */
  rollbackMs: number
  /** The whole run, process start to exit. */
  runMs: number
  /** Requests after the read that saw the wrong version live, by kind. */
  platform: Record<RequestKind, number>
  objectStore: Record<RequestKind, number>
  platformTotal: number
  objectStoreTotal: number
  /**
   * Where the time went, from the emulator's request arrival times (restores only): the republish
   * attempt and the restore's own flow read and file check (to the import's registration), the
   * import (registration to the poll that saw it end), and the verification by content (to the last
   * download).
   */
  phasesMs?: { republishAndCheck: number; import: number; verify: number }
  /** How late the polls saw the rollback's jobs end: the import's and the verifying export's. */
  jobLagMs?: { import: number; export: number }
  /** The version live at the end, and whether the rollback restored (true) or republished. */
  liveVersion?: string
  restored: boolean
}

/**
 * One rollback through the bundle: the promotion's publish leaves version 1.0 live instead of the
 * target, the action rolls back to 2.0. The emulator must have been started with a flow `flowId`
 * whose first publish does that; `inputs` are the action's.
 */
export async function measureRollback(emu: Emulator, flowId: string, inputs: Record<string, string>) {
  const run = await runAction({ inputs, timeoutMs: 300_000 })
  const audit = run.audit as {
    rollback?: { status?: string; durationMs?: number }
    restore?: { from?: string }
    versions?: { published?: string }
  }
  if (run.outputs.status !== 'rolled-back' || audit.rollback?.durationMs === undefined)
    throw new Error(`the rollback did not happen (status ${run.outputs.status}):\n${run.stdout}\n${run.stderr}`)

  // The failed verification: the read that first showed the promotion's publish complete.
  const promotion = emu.state.flow(flowId)!.history[0]!
  const failedAt = promotion.firstSeenCompleteAt
  if (failedAt === undefined) throw new Error('the emulator saw no read of the completed publish')
  const reads = emu.requests.filter((r) => platformKind(r) === 'flow read' && r.at <= failedAt)
  const failedRead = reads.at(-1)!
  const platform = emu.requests.filter((r) => r.seq > failedRead.seq)
  const store = emu.objectStore.requests.filter((r) => r.at >= failedRead.at)

  const result: RollbackRun = {
    rollbackMs: audit.rollback.durationMs,
    runMs: run.durationMs,
    platform: countKinds(platform.map(platformKind)),
    objectStore: countKinds(store.map(objectStoreKind)),
    platformTotal: platform.length,
    objectStoreTotal: store.length,
    liveVersion: audit.versions?.published,
    restored: audit.restore?.from !== undefined
  }

  const register = platform.find((r) => platformKind(r) === 'import register')
  const importPoll = platform.filter((r) => platformKind(r) === 'import poll').at(-1)
  const exportPoll = platform.filter((r) => platformKind(r) === 'export poll').at(-1)
  const download = store.filter((r) => objectStoreKind(r) === 'download').at(-1)
  if (register && importPoll && exportPoll && download) {
    result.phasesMs = {
      republishAndCheck: register.at - failedRead.at,
      import: importPoll.at - register.at,
      verify: download.at - importPoll.at
    }
    const importJob = [...emu.jobs.imports.values()].at(-1)!
    const exportJob = [...emu.jobs.exports.values()].at(-1)!
    result.jobLagMs = {
      import: importPoll.at - (importJob.uploadedAt! + importJob.durationMs),
      export: exportPoll.at - (exportJob.startedAt + exportJob.durationMs)
    }
  }
  return result
}
