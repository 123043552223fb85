import type { Clock } from '../../model/clock.js'
import type { DiffMode, HealthGateConfig, Mode, RollbackStrategy, ValidateMode } from '../../model/config.js'
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

/**
 * What the OAuth client may do, learned once for the whole run (the `permissions` check): whether
 * it holds a permission in a division (no division: in any), or undefined when the platform's
 * answer cannot tell.
 */
export interface Clearance {
  /** Where it was learned (an endpoint), or why it could not be; then `holds` always answers undefined. */
  source: string
  known: boolean
  holds(permission: string, divisionId?: string): boolean | undefined
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
  /** Learns the client's permissions on first use, once for every flow of the run; absent, none are checked. */
  clearance?: () => Promise<Clearance>
  /** Awaited once every check has passed, right before the run's first write; the same promise for every flow. */
  beforeFirstWrite?: () => Promise<void>
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
    /** The health gate after each verified switch (apply); absent: off. */
    healthGate?: HealthGateConfig
    /** Set while rolling back: the rollback may use the time kept for it, and is never refused for time. */
    rollingBack?: boolean
  }
}
