import os from 'node:os'
import path from 'node:path'
import type { z } from 'zod'
import { EnvFallbacks, Inputs } from '../model/action.js'
import type { Config, PlatformConfig, SourceConfig, WebhookConfig } from '../model/config.js'
import { InputError } from '../model/errors.js'
import { CHECKED_IN, type FlowSpec } from '../model/plan.js'
import { timeBudget, usableUntil } from '../model/time-budget.js'
import { AUDIT_FILE_NAME, DEFAULT_REGION, INPUT_DEFAULTS } from './defaults.js'
import { flowSelectionProblem, toFlowSpec } from './flow-spec.js'
import { RawInputsSchema, type RawInputs } from './schema.js'
import { parseSigningSecret } from './signing-secret.js'

/**
 * Reads every input as the runner passes it, applying the environment fallbacks and the defaults
 * of `action.yml` (a process started by hand gets none from a runner).
 */
export function readRawInputs(getInput: (name: string) => string, env: NodeJS.ProcessEnv): RawInputs {
  const raw = {} as RawInputs
  // Tools that run the action outside a runner (GitHub's local-action) pass action.yml's defaults
  // as written: an expression nobody expanded is no value (it made a folder named `${{ runner.temp }}`).
  const given = (name: Inputs) => {
    const value = getInput(name).trim()
    return /\$\{\{[^}]*\}\}/.test(value) ? '' : value
  }
  for (const name of Object.values(Inputs)) {
    const fallbackEnv = (EnvFallbacks as Partial<Record<Inputs, string>>)[name]
    raw[name] = given(name) || (fallbackEnv ? (env[fallbackEnv] ?? '').trim() : '') || INPUT_DEFAULTS[name] || ''
  }
  raw.hostSource = given(Inputs.Region) ? 'region' : raw[Inputs.Region] ? EnvFallbacks[Inputs.Region] : 'default region'
  // Through a gateway the region only names the org's in the record; without one, no region is
  // guessed: the client secret would go to a region nobody chose (parseConfig refuses).
  if (raw[Inputs.GatewayUrl]) raw[Inputs.Region] ||= DEFAULT_REGION
  raw[Inputs.AuditFile] ||= path.join(env.RUNNER_TEMP || os.tmpdir(), AUDIT_FILE_NAME)
  return raw
}

/** Validates the raw inputs, all of them, before anything is sent anywhere. */
export function parseConfig(raw: RawInputs): Config {
  // jitless: a run parses each schema a few times, and zod's generated fast path costs more to build than it saves.
  const parsed = RawInputsSchema.safeParse(
    { ...raw, [Inputs.Region]: raw[Inputs.Region] || DEFAULT_REGION },
    { jitless: true }
  )
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
  if (selectors.length !== 1 && !(selectors.length === 0 && i[Inputs.FlowFile])) {
    throw new InputError(
      selectors[1] || Inputs.FlowId,
      selectors.length === 0
        ? 'set exactly one of flow-id, flow-name (with flow-type), flow-file or manifest'
        : `set exactly one of flow-id, flow-name or manifest, not ${selectors.join(' and ')}`
    )
  }

  const flowFilePath = i[Inputs.FlowFile]
  if (flowFilePath && manifestPath)
    throw new InputError(Inputs.FlowFile, 'does not go with manifest: give each flow its flow-file in the manifest')
  if (flowFilePath && i[Inputs.TargetVersion] !== CHECKED_IN)
    throw new InputError(Inputs.TargetVersion, 'does not go with flow-file: the file is what goes live')

  const source = sourceConfig(i)
  if (source) refuseWhatSourceDecides(i)

  let flow: FlowSpec | undefined
  if (manifestPath) {
    for (const single of [
      Inputs.FlowType,
      Inputs.ExpectedCurrentVersion,
      Inputs.RollbackVersion,
      Inputs.SourceVersion
    ] as const) {
      if (i[single])
        throw new InputError(single, 'is a per-flow setting: with a manifest, set it on the flow in the manifest')
    }
  } else {
    flow = toFlowSpec({ ...i, [Inputs.FlowFile]: flowFilePath })
    const problem = flowSelectionProblem(flow, flowFilePath)
    if (problem) throw new InputError(problem.input, problem.message)
  }
  // Checked last so that every other input error shows first; the placeholder above only lets the
  // schema run. No region is guessed: the client secret would go where nobody chose.
  if (!raw[Inputs.Region])
    throw new InputError(
      Inputs.Region,
      `is required: set region (e.g. us-east-1 or mypurecloud.ie), the ${EnvFallbacks[Inputs.Region]} environment variable, or gateway-url`
    )

  if (i[Inputs.DeploymentEnvironment] && !i[Inputs.GithubToken])
    throw new InputError(
      Inputs.DeploymentEnvironment,
      "is set but github-token is empty: the deployment needs a token with deployments: write (the default, ${{ github.token }}, has it with the job's permissions: deployments: write)"
    )

  requireWaitWithinBudget(
    i[Inputs.WaitTimeoutSeconds],
    i[Inputs.TimeBudgetMinutes],
    i[Inputs.Mode],
    !!i[Inputs.WebhookUrl],
    i[Inputs.PollIntervalSeconds] + i[Inputs.RequestTimeoutSeconds],
    i[Inputs.HealthGateSeconds]
  )

  const platform: PlatformConfig = {
    region: i[Inputs.Region],
    regionGiven: raw.hostSource !== 'default region',
    hostSource: i[Inputs.GatewayUrl] ? Inputs.GatewayUrl : (raw.hostSource ?? Inputs.Region),
    gateway: i[Inputs.GatewayUrl],
    organizationId: i[Inputs.OrganizationId],
    maxRetries: i[Inputs.MaxRetries],
    requestTimeoutMs: i[Inputs.RequestTimeoutSeconds]
  }
  return {
    clientId: i[Inputs.ClientId],
    clientSecret: i[Inputs.ClientSecret],
    platform,
    source: source && { ...source, platform: { ...platform, ...source.platform } },
    flow,
    manifestPath,
    substitutions: i[Inputs.Substitutions],
    mode: i[Inputs.Mode],
    diff: i[Inputs.Diff],
    redactKeys: i[Inputs.RedactKeys],
    autoRollback: i[Inputs.AutoRollback],
    rollbackStrategy: i[Inputs.RollbackStrategy],
    forceUnlock: i[Inputs.ForceUnlock],
    validate: i[Inputs.Validate],
    timeBudgetMs: i[Inputs.TimeBudgetMinutes],
    waitTimeoutMs: i[Inputs.WaitTimeoutSeconds],
    pollIntervalMs: i[Inputs.PollIntervalSeconds],
    healthGate: i[Inputs.HealthGateSeconds]
      ? {
          windowMs: i[Inputs.HealthGateSeconds],
          minEntries: i[Inputs.HealthGateMinEntries],
          maxFailurePercent: i[Inputs.HealthGateMaxFailurePercent],
          onFail: i[Inputs.HealthGateOnFail]
        }
      : undefined,
    changeReference: i[Inputs.ChangeReference],
    reason: i[Inputs.Reason],
    webhook: webhookConfig(i),
    auditFile: i[Inputs.AuditFile],
    prComment: i[Inputs.PrComment],
    githubToken: i[Inputs.GithubToken],
    deploymentEnvironment: i[Inputs.DeploymentEnvironment]
  }
}

const SOURCE_INPUTS = [
  Inputs.SourceClientId,
  Inputs.SourceClientSecret,
  Inputs.SourceRegion,
  Inputs.SourceGatewayUrl,
  Inputs.SourceOrganizationId,
  Inputs.SourceVersion
] as const

/**
 * The source organization, when any `source-*` input is set: its own OAuth client, and a region or
 * gateway named for it. Neither is guessed nor taken from the target: the source's client secret
 * would go where nobody chose. Retries and timeouts are the run's.
 */
function sourceConfig(
  i: z.output<typeof RawInputsSchema>
): (Omit<SourceConfig, 'platform'> & { platform: Partial<PlatformConfig> }) | undefined {
  const given = SOURCE_INPUTS.find((name) => i[name] !== undefined)
  if (!given) return undefined
  const clientId = i[Inputs.SourceClientId]
  const clientSecret = i[Inputs.SourceClientSecret]
  if (!clientId)
    throw new InputError(
      Inputs.SourceClientId,
      `is required with ${given}: the source organization is read with an OAuth client of its own`
    )
  if (!clientSecret) throw new InputError(Inputs.SourceClientSecret, 'is required with source-client-id')
  const region = i[Inputs.SourceRegion]
  const gateway = i[Inputs.SourceGatewayUrl]
  if (!region && !gateway)
    throw new InputError(
      Inputs.SourceRegion,
      "is required with source-client-id (or source-gateway-url): the source's region is neither guessed nor taken from the target's, since its client secret would go where nobody chose"
    )
  const target = i[Inputs.OrganizationId]
  const organizationId = i[Inputs.SourceOrganizationId]
  if (target && organizationId && target.toLowerCase() === organizationId.toLowerCase())
    throw new InputError(
      Inputs.SourceOrganizationId,
      'is organization-id: a promotion across organizations reads one and writes another; to promote within one, leave out the source-* inputs'
    )
  return {
    clientId,
    clientSecret,
    platform: {
      region: region ?? DEFAULT_REGION,
      regionGiven: region !== undefined,
      hostSource: gateway ? Inputs.SourceGatewayUrl : Inputs.SourceRegion,
      gateway,
      organizationId
    }
  }
}

/**
 * With a source, the flow is found by name and type in both organizations, and what goes live is
 * the source's version: inputs that pick a flow by id or a version here do not apply.
 */
function refuseWhatSourceDecides(i: z.output<typeof RawInputsSchema>): void {
  if (i[Inputs.FlowId])
    throw new InputError(
      Inputs.FlowId,
      'does not go with a source organization: a flow has another id in each organization; name it with flow-name and flow-type (or in a manifest), and it is found by name in both'
    )
  if (i[Inputs.FlowFile])
    throw new InputError(
      Inputs.FlowFile,
      "does not go with a source organization: the source's version is what goes live"
    )
  if (i[Inputs.TargetVersion] !== CHECKED_IN)
    throw new InputError(
      Inputs.TargetVersion,
      "does not go with a source organization: source-version picks the source's version (by default the one published there)"
    )
}

/**
 * In apply, a publish starts only when the budget left covers its wait, and the health gate's
 * watch after it, besides the reserves: more than the budget ever leaves would refuse every write,
 * after all the reads.
 */
function requireWaitWithinBudget(
  waitMs: number,
  budgetMs: number,
  mode: string,
  webhook: boolean,
  /** What the reads before a write take at least: a poll and a request. */
  readsMs: number,
  gateMs: number
): void {
  if (mode !== 'apply') return
  const budget = timeBudget(0, budgetMs, { webhook, rollbackWaitMs: waitMs })
  const usable = usableUntil(budget, false) - readsMs
  const s = (ms: number) => `${Math.round(ms / 100) / 10} s`
  const kept = `of ${s(budgetMs)}, after ${s(budgetMs - usable)} kept for a rollback, the record and the webhook`
  if (waitMs > usable)
    throw new InputError(
      Inputs.WaitTimeoutSeconds,
      `is ${s(waitMs)}, more than time-budget-minutes leaves for a publish's wait (${s(usable)} ${kept}): lower it or raise time-budget-minutes`
    )
  if (waitMs + gateMs > usable)
    throw new InputError(
      Inputs.HealthGateSeconds,
      `is ${s(gateMs)}: with the publish's wait (wait-timeout-seconds, ${s(waitMs)}) that is more than time-budget-minutes leaves (${s(usable)} ${kept}): lower it or raise time-budget-minutes`
    )
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
  }
  let signingKey: Buffer | undefined
  if (secret && format !== 'pagerduty') {
    try {
      signingKey = parseSigningSecret(secret)
    } catch (err) {
      throw new InputError(Inputs.WebhookSecret, (err as Error).message)
    }
  }
  return {
    url,
    format,
    secret,
    signingKey,
    authorization: i[Inputs.WebhookAuthorization],
    timeoutMs: i[Inputs.WebhookTimeoutSeconds],
    failOnError: i[Inputs.FailOnWebhookError],
    events: i[Inputs.WebhookEvents]
  }
}

function firstInputError(error: z.ZodError): InputError {
  const issue = error.issues[0]!
  const input = String(issue.path[0] ?? 'inputs')
  return new InputError(input, issue.message)
}
