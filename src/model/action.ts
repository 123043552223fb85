/** Every input name of `action.yml`, in one place. */
export enum Inputs {
  ClientId = 'client-id',
  ClientSecret = 'client-secret',
  Region = 'region',
  GatewayUrl = 'gateway-url',
  OrganizationId = 'organization-id',
  SourceClientId = 'source-client-id',
  SourceClientSecret = 'source-client-secret',
  SourceRegion = 'source-region',
  SourceGatewayUrl = 'source-gateway-url',
  SourceOrganizationId = 'source-organization-id',
  SourceVersion = 'source-version',
  FlowId = 'flow-id',
  FlowName = 'flow-name',
  FlowType = 'flow-type',
  TargetVersion = 'target-version',
  FlowFile = 'flow-file',
  Substitutions = 'substitutions',
  ExpectedCurrentVersion = 'expected-current-version',
  RollbackVersion = 'rollback-version',
  AutoRollback = 'auto-rollback',
  RollbackStrategy = 'rollback-strategy',
  ForceUnlock = 'force-unlock',
  Validate = 'validate',
  Mode = 'mode',
  Diff = 'diff',
  RedactKeys = 'redact-keys',
  TimeBudgetMinutes = 'time-budget-minutes',
  WaitTimeoutSeconds = 'wait-timeout-seconds',
  HealthGateSeconds = 'health-gate-seconds',
  HealthGateMinEntries = 'health-gate-min-entries',
  HealthGateMaxFailurePercent = 'health-gate-max-failure-percent',
  HealthGateOnFail = 'health-gate-on-fail',
  PollIntervalSeconds = 'poll-interval-seconds',
  MaxRetries = 'max-retries',
  RequestTimeoutSeconds = 'request-timeout-seconds',
  Manifest = 'manifest',
  ChangeReference = 'change-reference',
  Reason = 'reason',
  WebhookUrl = 'webhook-url',
  WebhookSecret = 'webhook-secret',
  WebhookAuthorization = 'webhook-authorization',
  WebhookFormat = 'webhook-format',
  WebhookTimeoutSeconds = 'webhook-timeout-seconds',
  FailOnWebhookError = 'fail-on-webhook-error',
  WebhookEvents = 'webhook-events',
  AuditFile = 'audit-file',
  PrComment = 'pr-comment',
  GithubToken = 'github-token',
  DeploymentEnvironment = 'deployment-environment'
}

/** Every output name of `action.yml`, in one place. */
export enum Outputs {
  Status = 'status',
  Changed = 'changed',
  FlowId = 'flow-id',
  FlowName = 'flow-name',
  PreviousVersion = 'previous-version',
  TargetVersion = 'target-version',
  PublishedVersion = 'published-version',
  LatencyMs = 'latency-ms',
  AuditId = 'audit-id',
  Audit = 'audit',
  AuditFile = 'audit-file',
  PlanFingerprint = 'plan-fingerprint',
  BackupFile = 'backup-file',
  HealthGate = 'health-gate',
  WebhookStatus = 'webhook-status',
  DeploymentId = 'deployment-id'
}

/** Environment variables read as fallbacks for inputs (the names the Genesys CLI and Terraform use). */
export const EnvFallbacks = {
  [Inputs.ClientId]: 'GENESYSCLOUD_OAUTHCLIENT_ID',
  [Inputs.ClientSecret]: 'GENESYSCLOUD_OAUTHCLIENT_SECRET',
  [Inputs.Region]: 'GENESYSCLOUD_REGION'
} as const

/** The part of `@actions/core` the action uses: passed in, so tests need no module mocking. */
export interface ActionCore {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  setFailed(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  notice(message: string): void
  debug(message: string): void
  startGroup(name: string): void
  endGroup(): void
}

export const ACTION_NAME = 'genesys-flow-promote'
/** Kept equal to package.json's version by a test; sent in the webhook's user-agent. */
export const ACTION_VERSION = '1.0.0'
