import type { FlowSpec } from './plan.js'

/** The run's settings, parsed from the action's inputs before anything is sent anywhere. */

export const MODES = ['apply', 'plan', 'check'] as const
/** When to show the flow file's diff: auto is on in plans, and in checks that find drift. */
export const DIFF_MODES = ['auto', 'always', 'never'] as const
export const WEBHOOK_FORMATS = ['cloudevents', 'json', 'pagerduty', 'slack'] as const
export const PR_COMMENT_MODES = ['on-plan', 'always', 'never'] as const
/** Which runs post a webhook event: apply and check runs (changes and drift), or plans too. */
export const WEBHOOK_EVENTS = ['apply', 'all'] as const
export const ROLLBACK_STRATEGIES = ['auto', 'republish', 'restore'] as const
/** What a failed health gate does: roll back, fail the step with the new version live, or warn. */
export const HEALTH_GATE_ON_FAIL = ['rollback', 'fail', 'warn'] as const
/** Whether the platform validates what the run would publish: skipped with a warning, or required, or not asked. */
export const VALIDATE_MODES = ['auto', 'required', 'off'] as const

export type Mode = (typeof MODES)[number]
export type DiffMode = (typeof DIFF_MODES)[number]
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number]
export type WebhookEvents = (typeof WEBHOOK_EVENTS)[number]
export type PrCommentMode = (typeof PR_COMMENT_MODES)[number]
/**
 * How a version other than the checked-in one goes live: publishing its id (which public evidence
 * says may change nothing), restoring its content through export and import jobs, or the first then
 * the second.
 */
export type RollbackStrategy = (typeof ROLLBACK_STRATEGIES)[number]
export type HealthGateOnFail = (typeof HEALTH_GATE_ON_FAIL)[number]

/**
 * The health gate (`health-gate-*`): after a verified switch, the new version's calls are watched
 * for `windowMs` against the version it replaced (docs/platform.md#health-gate).
 */
export interface HealthGateConfig {
  windowMs: number
  /** Fewer entries than this in the window: `inconclusive`, never a rollback. */
  minEntries: number
  /** Percentage points of failed entries allowed above the replaced version's rate. */
  maxFailurePercent: number
  onFail: HealthGateOnFail
}
export type ValidateMode = (typeof VALIDATE_MODES)[number]

/** `gateway-url` split the way the SDK's gateway setting wants it. */
export interface GatewayConfig {
  protocol: 'http' | 'https'
  host: string
  port: number
  path: string
}

export interface WebhookUrl {
  href: string
  origin: string
}

/** Which setting chose the platform's host: an OAuth client exists only in the region that made it. */
export type HostSource =
  'region' | 'GENESYSCLOUD_REGION' | 'default region' | 'gateway-url' | 'source-region' | 'source-gateway-url'

export interface PlatformConfig {
  /** Environment host as the SDK wants it, e.g. `mypurecloud.ie`. */
  region: string
  /** Whether `region` or GENESYSCLOUD_REGION named it: through `gateway-url` alone it is the SDK's default, which nobody chose. */
  regionGiven: boolean
  hostSource: HostSource
  gateway?: GatewayConfig
  organizationId?: string
  maxRetries: number
  requestTimeoutMs: number
}

export interface WebhookConfig {
  url: WebhookUrl
  format: WebhookFormat
  /** `webhook-secret` as given: the signing secret, or PagerDuty's routing key. */
  secret?: string
  /** The HMAC key decoded from a `whsec_` secret, for the formats that are signed. */
  signingKey?: Buffer
  authorization?: string
  timeoutMs: number
  failOnError: boolean
  events: WebhookEvents
}

/**
 * The organization flows are promoted from (`source-*` inputs): its own login, token and rate
 * budget, used for reads only. `platform.organizationId` is `source-organization-id`.
 */
export interface SourceConfig {
  clientId: string
  clientSecret: string
  platform: PlatformConfig
}

export interface Config {
  clientId: string
  clientSecret: string
  platform: PlatformConfig
  /** Set when flows come from another organization: each flow is exported there and imported here. */
  source?: SourceConfig
  /** Set for a single-flow run; a manifest run has `manifestPath` instead. */
  flow?: FlowSpec
  manifestPath?: string
  /** `substitutions` as given: a YAML mapping, parsed with the flow files. */
  substitutions?: string
  mode: Mode
  diff: DiffMode
  /** `redact-keys`: patterns added to the built-in secret key names, in the form they are compared in. */
  redactKeys: string[]
  autoRollback: boolean
  rollbackStrategy: RollbackStrategy
  /** Unlock a flow someone else holds, right before its first write (a pinned target only). */
  forceUnlock: boolean
  /** `validate`: the platform's validate jobs before the first write, and in plan. */
  validate: ValidateMode
  /** `time-budget-minutes`: the whole run ends within it. */
  timeBudgetMs: number
  waitTimeoutMs: number
  pollIntervalMs: number
  /** `health-gate-seconds` above 0: the gate's settings; absent: off. */
  healthGate?: HealthGateConfig
  changeReference?: string
  reason?: string
  webhook?: WebhookConfig
  auditFile: string
  prComment: PrCommentMode
  githubToken?: string
  /** `deployment-environment`: each apply run that writes is a GitHub deployment there (with `githubToken`). */
  deploymentEnvironment?: string
}
