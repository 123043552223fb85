import { spokenDuration } from '../model/clock.js'
import type { AuditRecord, HealthGateRecord, VersionTrafficRecord } from '../audit/record.js'
import { escapeCell } from './escape.js'

/**
 * The health gate as a duty manager reads it: the verdict and what was done about it in the
 * heading, both versions' calls side by side, and why. Empty when no gate ran.
 */
export function healthGateLines(record: Pick<AuditRecord, 'healthGate' | 'status' | 'rollback'>): string[] {
  const gate = record.healthGate
  if (!gate) return []
  const replaced = gate.replaced
  return [
    `#### ${ICON[gate.verdict ?? 'none']} Health gate: ${headline(gate, record)}`,
    '',
    '| Version | Calls | Failed outcomes | Disconnects | Failure rate |',
    '| --- | --- | --- | --- | --- |',
    row(gate.version, 'new'),
    replaced
      ? row(replaced, replaced.basis === 'before' ? 'replaced, same time before the publish' : 'replaced, alongside')
      : '| replaced version | — | — | — | no baseline: too few calls, or none live before |',
    '',
    [
      `Watched ${spokenDuration((gate.window.watchedSeconds ?? 0) * 1000)} of ${spokenDuration(gate.window.seconds * 1000)}${ENDED[gate.endedEarly ?? 'none']}`,
      `${gate.polls} ${gate.polls === 1 ? 'poll' : 'polls'}${gate.failedPolls ? ` (${gate.failedPolls} failed)` : ''}`,
      gate.allowedFailurePercent === null
        ? undefined
        : `allowed: ${gate.allowedFailurePercent.toFixed(1)}% (${replaced ? "the replaced version's rate" : 'no baseline'} + ${gate.maxFailurePercent} points)`,
      `at least ${gate.minEntries} calls to judge`
    ]
      .filter(Boolean)
      .join(' · '),
    '',
    `> **Why:** ${escapeCell(gate.reason)}`,
    ''
  ]
}

const ICON: Record<string, string> = { passed: '✅', failed: '❌', inconclusive: '⚠️', none: '⏳' }

const ENDED: Record<string, string> = {
  verdict: ' (stopped early: the verdict was clear)',
  'time-budget': ' (cut short by the time budget)',
  'query-refused': ' (flow analytics could not be read)',
  none: ''
}

function headline(gate: HealthGateRecord, record: Pick<AuditRecord, 'status' | 'rollback'>): string {
  const version = escapeCell(gate.version.version)
  if (gate.verdict === null) return 'not decided (the run ended while it watched)'
  if (gate.verdict === 'passed') return `passed: ${version} takes its calls well`
  if (gate.verdict === 'inconclusive') return `inconclusive: nothing was rolled back, ${version} stays live`
  if (gate.onFail === 'warn') return `failed: a warning only (health-gate-on-fail: warn), ${version} stays live`
  if (gate.onFail === 'fail') return `failed: the step fails, ${version} stays live (health-gate-on-fail: fail)`
  if (record.status === 'rolled-back')
    return `failed: rolled back to ${escapeCell(record.rollback.version ?? 'the version before')}`
  return `failed: the rollback did not hold, check the flow now`
}

function row(t: VersionTrafficRecord, role: string): string {
  const rate = t.failurePercent === null ? '—' : `${t.failurePercent.toFixed(1)}%`
  return `| ${escapeCell(t.version)} (${role}) | ${t.entries} | ${t.failedOutcomes} | ${t.disconnects} | ${rate} |`
}
