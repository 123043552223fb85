import { runAction } from '../harness/run-action.js'
import type { Emulator, RequestRecord } from '../emulator/server.js'
import type { ObjectStoreRequest } from '../emulator/object-store.js'

/**
 * The read-only runs' benchmark (issue 15): what a plan and a drift check cost in requests and
 * time. A plan reads the flow and the target version, what the target consumes (dependency
 * tracking), who made the live and the target version, and with the diff the two flow files
 * through export jobs; a check reads the same and exports only when it has to compare content.
 * The export jobs' durations are the emulator's, so every time here is an emulator figure.
 */

/** The kinds of request a plan or a check makes, in the order the tables show them. */
export const READ_KINDS = [
  'login',
  'flow read',
  'version read',
  'dependencies',
  'permissions',
  'validate job',
  'export start',
  'export poll',
  'download',
  'other'
] as const
export type ReadKind = (typeof READ_KINDS)[number]

/** A platform request's kind, by method and path. */
function platformKind({ method, path }: Pick<RequestRecord, 'method' | 'path'>): ReadKind {
  if (method === 'POST' && path === '/oauth/token') return 'login'
  if (method === 'GET' && path.startsWith('/api/v2/architect/dependencytracking/')) return 'dependencies'
  if (method === 'GET' && path.startsWith('/api/v2/authorization/')) return 'permissions'
  if (path.startsWith('/api/v2/flows/validate/jobs')) return 'validate job'
  if (method === 'POST' && path === '/api/v2/flows/export/jobs') return 'export start'
  if (method === 'GET' && path.startsWith('/api/v2/flows/export/jobs/')) return 'export poll'
  if (method === 'GET' && /^\/api\/v2\/flows\/[^/]+\/versions(\/|$)/.test(path)) return 'version read'
  if (method === 'GET' && /^\/api\/v2\/flows\/[^/]+$/.test(path)) return 'flow read'
  return 'other'
}

function objectStoreKind({ method, path }: Pick<ObjectStoreRequest, 'method' | 'path'>): ReadKind {
  return method === 'GET' && path.startsWith('/exports/') ? 'download' : 'other'
}

function countKinds(kinds: ReadKind[]): Record<ReadKind, number> {
  const counts = Object.fromEntries(READ_KINDS.map((k) => [k, 0])) as Record<ReadKind, number>
  for (const kind of kinds) counts[kind] += 1
  return counts
}

export interface ReadRun {
  /** The whole run, process start to exit. */
  runMs: number
  /** From the first request the emulator received to the last (platform or object store). */
  requestSpanMs: number
  /** From the first export job's start to the last download (0 without export jobs). */
  exportMs: number
  platformTotal: number
  objectStoreTotal: number
  /** Both stores' requests by kind (downloads are the object store's, every other kind the platform's). */
  byKind: Record<ReadKind, number>
  status: string
  /** Whether the summary shows a diff of the flow files. */
  diffShown: boolean
  /** Two export jobs or more, the second started before the first one's file was downloaded. */
  exportsOverlap: boolean
}

/**
 * One plan or check through the bundle, against an emulator that has received no request yet.
 * Throws when the run's status is not `expectStatus` or when it wrote anything.
 */
export async function measureRead(
  emu: Emulator,
  inputs: Record<string, string>,
  expectStatus: string
): Promise<ReadRun> {
  const run = await runAction({ inputs, timeoutMs: 120_000 })
  if (run.outputs.status !== expectStatus)
    throw new Error(`expected ${expectStatus}, got ${run.outputs.status}:\n${run.stdout}\n${run.stderr}`)
  if (emu.writes().length) throw new Error(`a ${inputs.mode} wrote to the platform:\n${run.stdout}`)
  const platform = emu.requests
  const store = emu.objectStore.requests
  const times = [...platform.map((r) => r.at), ...store.map((r) => r.at)]
  const exportStarts = platform.filter((r) => platformKind(r) === 'export start')
  const exportStart = exportStarts[0]
  const downloads = store.filter((r) => objectStoreKind(r) === 'download')
  const lastDownload = downloads.at(-1)
  return {
    runMs: run.durationMs,
    requestSpanMs: times.length ? Math.max(...times) - Math.min(...times) : 0,
    exportMs: exportStart && lastDownload ? lastDownload.at - exportStart.at : 0,
    platformTotal: platform.length,
    objectStoreTotal: store.length,
    byKind: countKinds([...platform.map(platformKind), ...store.map(objectStoreKind)]),
    status: run.outputs.status,
    // The diff is shown in a collapsed <pre>.
    diffShown: run.summary.includes('<pre>'),
    exportsOverlap: exportStarts.length >= 2 && downloads.length > 0 && exportStarts[1]!.at < downloads[0]!.at
  }
}
