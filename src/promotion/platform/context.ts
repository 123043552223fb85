import type { Clock } from '../../model/clock.js'
import type { DiffMode, Mode, RollbackStrategy } from '../../model/config.js'
import type { Dependency, GenesysPort, Organization } from '../../model/port.js'
import type { TimeBudget } from '../../model/time-budget.js'

export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** The runner's collapsible groups; a prefixed log (a release's flows) has none. */
  startGroup?(name: string): void
  endGroup?(): void
}

/** The organization flows are taken from (`source-*` inputs): read through a session of its own, never written. */
export interface SourceContext {
  genesys: GenesysPort
  organization: Organization
  /** The target's answers to searches by name (`type`, NUL, `name`): a release's flows often share what they consume. */
  searches: Map<string, Promise<Dependency[]>>
}

/** What every promotion step is given: the platform, time, a log, and the run's settings. */
export interface PromotionContext {
  genesys: GenesysPort
  /** Set when flows come from another organization: `genesys` is then the target. */
  source?: SourceContext
  clock: Clock
  log: Log
  settings: {
    mode: Mode
    diff: DiffMode
    autoRollback: boolean
    rollbackStrategy: RollbackStrategy
    /** A flow someone else holds is unlocked right before its first write (never in a plan). */
    forceUnlock: boolean
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
