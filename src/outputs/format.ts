import type { FlowStatus } from '../model/outcome.js'

export const STATUS_ICON: Record<FlowStatus, string> = {
  switched: '✅',
  unchanged: '☑️',
  planned: '📝',
  'rolled-back': '↩️',
  'timed-out': '⏱️',
  failed: '❌',
  'in-sync': '🟢',
  drifted: '🟠'
}

export function seconds(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—'
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`
}

/** What a version cell shows for a flow the run never read (it failed or was cancelled first). */
export const NOT_READ = 'not read'

/** The parts of a record a version cell needs: the versions, and whether the flow was read at all. */
export interface VersionFacts {
  versions: { previous: string | null; target: string | null; published: string | null }
  status: FlowStatus
  /** Null when the flow was never read: its versions are unknown, not absent. */
  snapshot: unknown
  /** A flow file's target is the file until the import makes it a version. */
  flowFile?: { path: string } | null
}

/** The target as a reader names it: its id, or the flow file not yet imported. */
export function targetLabel(record: Pick<VersionFacts, 'versions' | 'flowFile'>): string {
  return record.versions.target ?? record.flowFile?.path ?? '?'
}

/** Whether the run read the flow: only then does a missing version mean "none live". */
export function versionsRead(record: Pick<VersionFacts, 'snapshot'>): boolean {
  return record.snapshot !== null && record.snapshot !== undefined
}

/** What was live before the run: its id, `none` when nothing was, `not read` when the run never read the flow. */
export function previousVersion(record: Pick<VersionFacts, 'versions' | 'snapshot'>): string {
  return record.versions.previous ?? (versionsRead(record) ? 'none' : NOT_READ)
}

/** `2.0 → 3.0`, with what is live after when that differs; `not read` for a flow the run never read. */
export function versionChange(record: VersionFacts): string {
  if (!versionsRead(record)) return NOT_READ
  const { previous, target, published } = record.versions
  const from = previous ?? 'none'
  const to = targetLabel(record)
  const base = `${from} → ${to}`
  if (record.status === 'planned') return base
  // A restore puts the target's content live under a new id: say which.
  const asTarget = published === target || published === null
  if ((record.status === 'switched' || record.status === 'unchanged') && asTarget) return base
  return `${base} (live: ${published ?? 'none'})`
}
