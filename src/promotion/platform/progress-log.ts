import type { Check, FlowOutcome } from '../../model/outcome.js'
import { flowLabel } from '../../model/plan.js'
import type { Log } from './context.js'

/**
 * The step log a person follows: what each flow is doing, in the same words for one flow and for a
 * release. A release's lines start with `[n/N] <flow name>`, because its flows run concurrently
 * and groups do not nest; a single flow's lines need no prefix.
 */

/** How a flow is named in the log: its name once read, else what the inputs named it by. */
export function flowName(outcome: FlowOutcome): string {
  return outcome.flow?.name ?? outcome.spec.flowName ?? flowLabel(outcome.spec)
}

/**
 * `log` whose lines cannot start a workflow command: the runner reads any stdout line that begins
 * with `::` as one, and platform text in a line (a flow's name, a validation message) may hold a
 * newline. Warnings and debug lines are escaped by the toolkit already.
 */
export function commandSafeLog(log: Log): Log {
  return {
    info: (m) => log.info(m.replace(/^(\s*)::/gm, '$1 ::')),
    warning: (m) => log.warning(m),
    debug: (m) => log.debug(m),
    startGroup: log.startGroup && ((name) => log.startGroup!(name.replace(/[\r\n]+/g, ' '))),
    endGroup: log.endGroup && (() => log.endGroup!())
  }
}

/** `log`, every line prefixed `[n/N] <flow name> · ` (the name read when the line is written). */
export function prefixedLog(log: Log, outcome: FlowOutcome, n: number, total: number): Log {
  const prefix = (message: string) => `[${n}/${total}] ${flowName(outcome)} · ${message}`
  return {
    info: (m) => log.info(prefix(m)),
    warning: (m) => log.warning(prefix(m)),
    debug: (m) => log.debug(prefix(m))
  }
}

/** One line per check, as it passed, failed or was skipped. */
export function logChecks(log: Log, checks: Check[]): void {
  for (const check of checks) {
    const mark = check.skipped ? '⚠ skipped' : check.passed ? (check.warning ? '✓ ⚠' : '✓') : '✗'
    log.info(`${mark} ${check.name}: ${check.detail}`)
  }
}

/**
 * The line a flow ends with: `2.0 → 3.0 · switched in 1.4 s` (prefixed in a release), `live 4.0
 * holds 2.0 · in-sync` when nothing moves, and no versions for a flow never read (a failed login).
 */
export function logFinished(log: Log, outcome: FlowOutcome, tookMs: number): void {
  const status = outcome.status ?? 'not run'
  const versions = versionsLine(outcome, status)
  const line = `${versions ? `${versions} · ` : ''}${status} in ${(tookMs / 1000).toFixed(1)} s`
  const failed = status === 'failed' || status === 'timed-out' || status === 'rolled-back' || status === 'drifted'
  if (failed) log.warning(`${line}: ${outcome.error?.message ?? 'no reason recorded'}`)
  else log.info(line)
}

/** Statuses where nothing moved: the line says what is live, and the target when that has another name. */
const STILL: ReadonlySet<string> = new Set(['in-sync', 'drifted', 'unchanged'])

function versionsLine(outcome: FlowOutcome, status: string): string | undefined {
  // Never read (the login, the lookup or the organization check failed first): no version is known.
  if (!outcome.snapshot) return undefined
  const { previous, target, published } = outcome.versions
  const to = outcome.spec.flowFile ? (published !== previous ? published : outcome.spec.flowFile.path) : target
  const live = previous ?? 'none'
  if (!STILL.has(status)) return `${live} → ${to ?? '?'}`
  if (to === undefined || to === previous) return `live ${live}`
  return status === 'drifted' ? `live ${live}, target ${to}` : `live ${live} holds ${to}`
}
