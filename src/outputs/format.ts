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

export function versionChange(
  previous: string | null,
  target: string | null,
  published: string | null,
  status: FlowStatus
): string {
  const from = previous ?? 'none'
  const to = target ?? '?'
  const base = `${from} → ${to}`
  if (status === 'planned') return base
  // A restore puts the target's content live under a new id: say which.
  const asTarget = published === target || published === null
  if ((status === 'switched' || status === 'unchanged') && asTarget) return base
  return `${base} (live: ${published ?? 'none'})`
}
