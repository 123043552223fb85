/**
 * The record's `history` section: how the promotions into one GitHub environment have ended, this
 * run included. Built from GitHub's deployments of our task (`deployments/`); pure.
 */

/** How a promotion ended, in GitHub's words for a deployment; `in_progress` still runs and is not counted. */
export type PromotionOutcome = 'success' | 'failure' | 'error' | 'in_progress'

/** One promotion as the history shows it: newest first in `recent`. */
export interface HistoryEntry {
  /** When its deployment was created (ISO 8601). */
  time: string
  /** The names (or ids) of the flows it promoted, from the deployment's payload. */
  flows: string[]
  outcome: PromotionOutcome
  /** From its `in_progress` status to its final one; null when GitHub has not both. */
  latencyMs: number | null
  /** The run that made it (the statuses' `log_url`). */
  runUrl: string | null
}

export interface HistoryRecord {
  /** `deployment-environment`. */
  environment: string
  /** This run's GitHub deployment; null when GitHub did not create it (the warning says why). */
  deploymentId: number | null
  /** Promotions counted: ended ones, this run included; null when the earlier ones could not be read. */
  promotions: number | null
  succeeded: number | null
  /** `succeeded / promotions`, 0..1 with 4 decimals; null when the earlier ones could not be read. */
  successRate: number | null
  /** The last 10, newest first, this run included. */
  recent: HistoryEntry[]
}

const RECENT_PROMOTIONS = 10

/**
 * The section from this run and the earlier promotions (undefined: GitHub did not answer). A
 * promotion still running is shown but not counted: it has no outcome yet.
 */
export function buildHistoryRecord(
  environment: string,
  deploymentId: number | undefined,
  current: HistoryEntry,
  earlier: HistoryEntry[] | undefined
): HistoryRecord {
  const all = [current, ...(earlier ?? [])].sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
  const counted = all.filter((entry) => entry.outcome !== 'in_progress')
  const succeeded = counted.filter((entry) => entry.outcome === 'success').length
  const known = earlier !== undefined
  return {
    environment,
    deploymentId: deploymentId ?? null,
    promotions: known ? counted.length : null,
    succeeded: known ? succeeded : null,
    successRate: known && counted.length ? Math.round((succeeded / counted.length) * 10_000) / 10_000 : null,
    recent: (known ? all : [current]).slice(0, RECENT_PROMOTIONS)
  }
}
