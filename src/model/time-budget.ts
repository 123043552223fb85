import type { Config } from './config.js'

/**
 * `time-budget-minutes`: the whole run, retries and waits included, ends within it. Part of it is
 * kept back: for the record and the webhook at the end, and in apply for rolling back what was
 * switched. A new write starts only when what is left covers the reserve and that write's own
 * worst wait; every wait and every retry ends where the time it may use ends.
 */
export interface TimeBudget {
  /** When the budget ends. */
  endsAt: number
  /** Kept for the record and the webhook: no step of the promotion uses it. */
  finalReserveMs: number
  /** Kept as well for rolling back (apply): only a rollback uses it. */
  rollbackReserveMs: number
}

/** Written after the budget's end at most: the request in flight when it ends. */
export const RECORD_RESERVE_MS = 5_000

/** The webhook's own bound (`webhook/deliver.ts`): every attempt within 120 s. */
export const WEBHOOK_RESERVE_MS = 120_000

/**
 * The budget of a run that starts at `startedAt`. The reserves never take more than half of it, so
 * that a small budget (tests use 0.1 minutes) still leaves the promotion time to act.
 */
export function timeBudget(
  startedAt: number,
  budgetMs: number,
  options: { webhook: boolean; rollbackWaitMs: number }
): TimeBudget {
  const half = budgetMs / 2
  const finalReserveMs = Math.min(half, RECORD_RESERVE_MS + (options.webhook ? WEBHOOK_RESERVE_MS : 0))
  const rollbackReserveMs = Math.min(half - finalReserveMs, options.rollbackWaitMs)
  return { endsAt: startedAt + budgetMs, finalReserveMs, rollbackReserveMs }
}

/** When the time a step may use ends: a rollback may use the rollback reserve, nothing the final one. */
export function usableUntil(budget: TimeBudget, rollingBack: boolean): number {
  return budget.endsAt - budget.finalReserveMs - (rollingBack ? 0 : budget.rollbackReserveMs)
}

/** Thrown when the time budget cannot cover what comes next: `code` budget.exhausted. */
export class BudgetExhaustedError extends Error {
  readonly code = 'budget.exhausted'
  constructor(message: string) {
    super(message)
    this.name = 'BudgetExhaustedError'
  }
}

/** What a job needs besides the step: checkout, setup, the artifact upload. */
export const JOB_MARGIN_MINUTES = 5

/** The rate budget's window: a request may wait this long for its turn (`genesys/budget.ts`). */
export const RATE_WINDOW_MS = 61_000

/**
 * The longest a step can take with budget `budgetMs`: the budget, then at most the one request in
 * flight when it ends, which may have waited its turn in the rate limit (no retry, wait or new
 * request starts past it), then writing the record.
 */
export function worstCaseMs(budgetMs: number, requestTimeoutMs: number, webhookTimeoutMs: number): number {
  return budgetMs + RATE_WINDOW_MS + Math.max(requestTimeoutMs, webhookTimeoutMs) + RECORD_RESERVE_MS
}

/** The `timeout-minutes` a job that runs the action with budget `budgetMinutes` should have. */
export function jobTimeoutMinutes(budgetMinutes: number): number {
  return Math.ceil(budgetMinutes) + JOB_MARGIN_MINUTES
}

/** The run's budget from its inputs: the webhook's reserve when there is one, a rollback's wait in apply. */
export function runBudget(
  startedAt: number,
  config: Pick<Config, 'timeBudgetMs' | 'webhook' | 'mode' | 'waitTimeoutMs'>
): TimeBudget {
  return timeBudget(startedAt, config.timeBudgetMs, {
    webhook: config.webhook !== undefined,
    rollbackWaitMs: config.mode === 'apply' ? config.waitTimeoutMs : 0
  })
}
