import type { Clock } from '../../model/clock.js'
import type { DiffMode, Mode, RollbackStrategy, ValidateMode } from '../../model/config.js'
import type { GenesysPort } from '../../model/port.js'
import type { TimeBudget } from '../../model/time-budget.js'

export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** The runner's collapsible groups; a prefixed log (a release's flows) has none. */
  startGroup?(name: string): void
  endGroup?(): void
}

/** What every promotion step is given: the platform, time, a log, and the run's settings. */
export interface PromotionContext {
  genesys: GenesysPort
  clock: Clock
  log: Log
  settings: {
    mode: Mode
    diff: DiffMode
    autoRollback: boolean
    rollbackStrategy: RollbackStrategy
    /** A flow someone else holds is unlocked right before its first write (never in a plan). */
    forceUnlock: boolean
    /** `validate`; absent (a context built by hand, as the probe's) validates nothing. */
    validate?: ValidateMode
    waitTimeoutMs: number
    pollIntervalMs: number
    maxRetries: number
    /** Our own OAuth client id: a lock held by it is ours, not someone else's. */
    clientId: string
    /** `time-budget-minutes`: when the run must end, and what it keeps back. */
    budget?: TimeBudget
    /** Set while rolling back: the rollback may use the time kept for it, and is never refused for time. */
    rollingBack?: boolean
  }
}
