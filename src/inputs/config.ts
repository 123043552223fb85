import os from 'node:os'
import path from 'node:path'
import type { z } from 'zod'
import { EnvFallbacks, Inputs } from '../constants.js'
import { InputError } from '../errors.js'
import { AUDIT_FILE_NAME, DEFAULT_REGION, INPUT_DEFAULTS } from './defaults.js'
import {
  RawInputsSchema,
  signingSecretProblem,
  type GatewayConfig,
  type Mode,
  type PrCommentMode,
  type RawInputs,
  type WebhookFormat,
  type WebhookUrl
} from './schema.js'

/** One flow to promote: by id, or by exact name + type. */
export interface FlowSpec {
  flowId?: string
  flowName?: string
  flowType?: string
  targetVersion: string
  expectedCurrentVersion?: string
  rollbackVersion?: string
}

export interface PlatformConfig {
  /** Environment host as the SDK wants it, e.g. `mypurecloud.ie`. */
  region: string
  gateway?: GatewayConfig
  organizationId?: string
  maxRetries: number
  requestTimeoutMs: number
}

export interface WebhookConfig {
  url: WebhookUrl
  format: WebhookFormat
  secret?: string
  authorization?: string
  timeoutMs: number
  failOnError: boolean
}

export interface Config {
  clientId: string
  clientSecret: string
  platform: PlatformConfig
  /** Set for a single-flow run; a manifest run has `manifestPath` instead. */
  flow?: FlowSpec
  manifestPath?: string
  mode: Mode
  autoRollback: boolean
  waitTimeoutMs: number
  pollIntervalMs: number
  changeReference?: string
  reason?: string
  webhook?: WebhookConfig
  auditFile: string
  prComment: PrCommentMode
  githubToken?: string
}

/**
 * Reads every input as the runner passes it, applying the environment fallbacks and the defaults
 * of `action.yml` (a process started by hand gets none from a runner).
 */
export function readRawInputs(getInput: (name: string) => string, env: NodeJS.ProcessEnv): RawInputs {
  const raw = {} as RawInputs
  for (const name of Object.values(Inputs)) {
    const fallbackEnv = (EnvFallbacks as Partial<Record<Inputs, string>>)[name]
    raw[name] =
      getInput(name).trim() || (fallbackEnv ? (env[fallbackEnv] ?? '').trim() : '') || INPUT_DEFAULTS[name] || ''
  }
  raw[Inputs.Region] ||= DEFAULT_REGION
  raw[Inputs.AuditFile] ||= path.join(env.RUNNER_TEMP || os.tmpdir(), AUDIT_FILE_NAME)
  return raw
}

/** Validates the raw inputs, all of them, before anything is sent anywhere. */
export function parseConfig(raw: RawInputs): Config {
  const parsed = RawInputsSchema.safeParse(raw)
  if (!parsed.success) throw firstInputError(parsed.error)
  const i = parsed.data

  if (!i[Inputs.ClientId]) {
    throw new InputError(
      Inputs.ClientId,
      `is required (or set the ${EnvFallbacks[Inputs.ClientId]} environment variable)`
    )
  }
  if (!i[Inputs.ClientSecret]) {
    throw new InputError(
      Inputs.ClientSecret,
      `is required (or set the ${EnvFallbacks[Inputs.ClientSecret]} environment variable)`
    )
  }

  const manifestPath = i[Inputs.Manifest]
  const selectors = [
    i[Inputs.FlowId] && Inputs.FlowId,
    i[Inputs.FlowName] && Inputs.FlowName,
    manifestPath && Inputs.Manifest
  ].filter(Boolean)
  if (selectors.length !== 1) {
    throw new InputError(
      selectors[1] || Inputs.FlowId,
      selectors.length === 0
        ? 'set exactly one of flow-id, flow-name (with flow-type) or manifest'
        : `set exactly one of flow-id, flow-name or manifest, not ${selectors.join(' and ')}`
    )
  }

  let flow: FlowSpec | undefined
  if (manifestPath) {
    for (const single of [Inputs.FlowType, Inputs.ExpectedCurrentVersion, Inputs.RollbackVersion] as const) {
      if (i[single])
        throw new InputError(single, 'is a per-flow setting: with a manifest, set it on the flow in the manifest')
    }
  } else {
    if (i[Inputs.FlowName] && !i[Inputs.FlowType]) {
      throw new InputError(
        Inputs.FlowType,
        'is required with flow-name: the same name can exist for several flow types'
      )
    }
    if (i[Inputs.FlowId] && i[Inputs.FlowType]) {
      throw new InputError(Inputs.FlowType, 'goes with flow-name only; flow-id already names one flow')
    }
    flow = {
      flowId: i[Inputs.FlowId],
      flowName: i[Inputs.FlowName],
      flowType: i[Inputs.FlowType],
      targetVersion: i[Inputs.TargetVersion],
      expectedCurrentVersion: i[Inputs.ExpectedCurrentVersion],
      rollbackVersion: i[Inputs.RollbackVersion]
    }
  }

  return {
    clientId: i[Inputs.ClientId],
    clientSecret: i[Inputs.ClientSecret],
    platform: {
      region: i[Inputs.Region],
      gateway: i[Inputs.GatewayUrl],
      organizationId: i[Inputs.OrganizationId],
      maxRetries: i[Inputs.MaxRetries],
      requestTimeoutMs: i[Inputs.RequestTimeoutSeconds]
    },
    flow,
    manifestPath,
    mode: i[Inputs.Mode],
    autoRollback: i[Inputs.AutoRollback],
    waitTimeoutMs: i[Inputs.WaitTimeoutSeconds],
    pollIntervalMs: i[Inputs.PollIntervalSeconds],
    changeReference: i[Inputs.ChangeReference],
    reason: i[Inputs.Reason],
    webhook: webhookConfig(i),
    auditFile: i[Inputs.AuditFile],
    prComment: i[Inputs.PrComment],
    githubToken: i[Inputs.GithubToken]
  }
}

function webhookConfig(i: z.output<typeof RawInputsSchema>): WebhookConfig | undefined {
  const url = i[Inputs.WebhookUrl]
  const format = i[Inputs.WebhookFormat]
  const secret = i[Inputs.WebhookSecret]
  if (!url) return undefined
  if (format === 'pagerduty') {
    if (!secret)
      throw new InputError(Inputs.WebhookSecret, 'is required with webhook-format pagerduty: it is the routing key')
  } else if (format === 'slack') {
    if (secret)
      throw new InputError(Inputs.WebhookSecret, 'is not used with webhook-format slack: the URL is the secret')
  } else if (secret) {
    const problem = signingSecretProblem(secret)
    if (problem) throw new InputError(Inputs.WebhookSecret, problem)
  }
  return {
    url,
    format,
    secret,
    authorization: i[Inputs.WebhookAuthorization],
    timeoutMs: i[Inputs.WebhookTimeoutSeconds],
    failOnError: i[Inputs.FailOnWebhookError]
  }
}

function firstInputError(error: z.ZodError): InputError {
  const issue = error.issues[0]!
  const input = String(issue.path[0] ?? 'inputs')
  return new InputError(input, issue.message)
}
