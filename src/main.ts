import { randomUUID } from 'node:crypto'
import type { Clock } from './clock.js'
import { Outputs } from './constants.js'
import type { ActionCore } from './core.js'
import { CheckFailedError, InputError } from './errors.js'
import type { GenesysPort, GenesysSession } from './genesys/port.js'
import { newCallTrace } from './genesys/port.js'
import { RequestBudget } from './genesys/budget.js'
import type { SessionOptions } from './genesys/client.js'
import { parseConfig, readRawInputs, type Config } from './inputs/config.js'
import { SECRETS_WITHHELD_WARNING, secretsWithheld } from './inputs/fork.js'
import { loadManifest } from './inputs/manifest.js'
import { createAgents } from './net/agents.js'
import { releasePollFloorMs } from './promotion/poll-schedule.js'
import type { Check } from './promotion/outcome.js'
import { toErrorInfo } from './promotion/promote-flow.js'
import { newProgress, runRelease, singleFlowPlan, type ReleasePlan, type StageProgress } from './promotion/release.js'
import type { AuditRecord } from './audit/record.js'
import { buildRunReport, failureMessage, flowRecords, type RunReportInput } from './report/run-report.js'
import { publishReport } from './report/publish.js'
import { escapeCell } from './report/escape.js'
import { writeSummary } from './report/summary.js'
import type { AttemptResult } from './webhook/deliver.js'
import { httpSender } from './webhook/deliver.js'
import { notify } from './webhook/notify.js'
import { wantsComment, type PullRequestCommenter } from './report/pr-comment.js'
import { movingTargetWarning } from './report/plan-comment.js'

/** Everything `run` touches outside itself, passed in (the real ones in `index.ts`, fakes in tests). */
export interface RunDeps {
  core: ActionCore
  env: NodeJS.ProcessEnv
  clock: Clock
  openSession: (options: SessionOptions) => Promise<GenesysSession>
  /** Sends one webhook attempt; defaults to node:http(s) through the run's proxy-aware agents. */
  sendWebhook?: (url: URL, body: string, headers: Record<string, string>, timeoutMs: number) => Promise<AttemptResult>
  /** Posts or updates the sticky PR comment; loaded lazily by `index.ts` (only plans on PRs need it). */
  commentOnPullRequest?: PullRequestCommenter
  /**
   * Registers what to do on SIGINT/SIGTERM: the handler records the run synchronously, then makes
   * one short webhook attempt; the process exits when its promise settles.
   */
  onCancel?: (handler: (signal: string) => Promise<void>) => void
}

/**
 * The action, top to bottom (SPEC.md "What it does"):
 *   1. read and validate every input, before any network call;
 *   2. log in (lazily, on the first call; the token is masked the moment it exists);
 *   3. check the organization, when `organization-id` is set;
 *   4-8. per flow: resolve, snapshot, validate, and in apply mode switch, wait, verify, roll back;
 *   9. build the audit record(s) and 10. post them to the webhook;
 *   then write the audit file, the outputs and the job summary, whatever happened before.
 */
export async function run(deps: RunDeps): Promise<void> {
  const { core, env, clock } = deps
  const startedAt = clock.now()

  // 1. Inputs.
  const raw = readRawInputs((name) => core.getInput(name), env)
  if (secretsWithheld(raw, env)) {
    core.warning(SECRETS_WITHHELD_WARNING)
    core.setOutput(Outputs.WebhookStatus, 'skipped')
    return
  }
  let config: Config
  let plan: ReleasePlan
  try {
    config = parseConfig(raw)
    maskSecrets(core, config)
    plan = config.manifestPath ? await loadManifest(config.manifestPath, env) : singleFlowPlan(config.flow!)
  } catch (err) {
    if (!(err instanceof InputError)) throw err
    // Nothing was sent anywhere, so there is no promotion to record; a workflow can still branch on status.
    core.setOutput(Outputs.Status, 'failed')
    core.setOutput(Outputs.WebhookStatus, 'skipped')
    writeSummary(
      `### ❌ Genesys Cloud flow promotion: input error\n\n${escapeCell(`Input ${err.message}`)}\n\nNothing was sent anywhere.\n`,
      env,
      core
    )
    core.setFailed(`Input ${err.message}`)
    return
  }

  const auditId = randomUUID()
  const stages = newProgress(plan, startedAt)
  const runTrace = newCallTrace()
  const facts: RunReportInput['facts'] = {
    mode: config.mode,
    // Through a gateway, say so: the record must not claim a region the calls never reached.
    region: config.platform.gateway
      ? `${config.platform.region} via ${gatewayOrigin(config.platform.gateway)}`
      : config.platform.region,
    oauthClientId: config.clientId,
    changeReference: config.changeReference,
    reason: config.reason
  }
  const buildReport = () =>
    buildRunReport({
      auditId,
      plan,
      stages,
      runTrace,
      facts,
      env,
      now: clock.now(),
      manifest: !!config.manifestPath,
      startedAt
    })

  const agents = createAgents(env, (secret) => core.setSecret(secret))
  const send = deps.sendWebhook ?? httpSender(agents)
  const notifyAll = (records: AuditRecord[], webhook = config.webhook, maxAttempts?: number) =>
    Promise.all(
      records.map(async (record) => {
        const result = await notify(record, webhook, { clock, send, log: (m) => core.info(m), maxAttempts })
        record.webhook = { status: result.status, httpStatus: result.httpStatus, attempts: result.attempts }
        if (result.status === 'failed') {
          const message = `Webhook delivery failed for ${record.auditId}: ${'reason' in result ? result.reason : ''}`
          if (webhook?.failOnError) core.error(message)
          else core.warning(`${message}. The promotion is unaffected (fail-on-webhook-error is false).`)
        }
      })
    )

  let reported = false
  deps.onCancel?.(async (signal) => {
    if (reported) return
    reported = true
    markCancelled(stages, signal, clock.now(), !!config.manifestPath)
    const report = buildReport()
    // Recorded first: the runner may kill the step at any moment from here on.
    publishReport(report, config, core, env, clock.now())
    if (!config.webhook) return
    // The runner kills the step 7.5 s after SIGINT and 2.5 s after SIGTERM: one short attempt each.
    const timeoutMs = Math.min(config.webhook.timeoutMs, signal === 'SIGINT' ? 5_000 : 2_000)
    const records = flowRecords(report)
    await notifyAll(records, { ...config.webhook, timeoutMs }, 1)
    publishReport(report, config, core, env, clock.now(), { summary: false })
    const delivered = records.filter((r) => r.webhook.status === 'delivered').length
    writeSummary(
      `**Webhook after the cancellation:** ${delivered} of ${records.length} delivered (one attempt each).\n`,
      env,
      core
    )
  })

  // 2-8. Promote.
  try {
    const session = await deps.openSession({
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      platform: config.platform,
      clock,
      budget: new RequestBudget(plan.rateLimitPerMinute, clock),
      agents,
      mask: (secret) => core.setSecret(secret)
    })
    const orgCheck = await checkOrganization(config, session.port(runTrace), facts)
    for (const outcome of stages.flatMap((s) => s.outcomes)) if (orgCheck) outcome.checks.push(orgCheck)
    await runRelease(plan, stages, (outcome) => ({
      genesys: session.port(outcome.trace),
      clock,
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m), debug: (m) => core.debug(m) },
      settings: {
        mode: config.mode,
        autoRollback: config.autoRollback,
        waitTimeoutMs: config.waitTimeoutMs,
        pollIntervalMs: Math.max(config.pollIntervalMs, releasePollFloorMs(plan.concurrency, plan.rateLimitPerMinute)),
        maxRetries: config.platform.maxRetries,
        clientId: config.clientId
      }
    }))
  } catch (err) {
    failUnfinished(stages, err, clock.now())
  }

  // 9. Audit records; 10. one webhook event per flow; then file, outputs and summary.
  if (reported) return
  const report = buildReport()
  for (const record of flowRecords(report)) await notifyAll([record])
  agents.close()
  if (reported) return
  reported = true
  publishReport(report, config, core, env, clock.now())
  if (config.mode === 'plan') {
    for (const stage of report.stages) {
      stage.records.forEach((record, i) => {
        const warning = movingTargetWarning(stage.specs[i]!, record)
        if (warning) core.warning(warning)
      })
    }
  }
  if (deps.commentOnPullRequest && wantsComment(config, env)) await deps.commentOnPullRequest(report, config, core, env)

  const failure = failureMessage(report)
  const webhookFailed = config.webhook?.failOnError && flowRecords(report).some((r) => r.webhook.status === 'failed')
  if (failure) core.setFailed(failure)
  else if (webhookFailed)
    core.setFailed('The webhook delivery failed and fail-on-webhook-error is true; the promotion itself succeeded')
}

/** Credentials for the wrong org must never touch it: checked before anything else. */
async function checkOrganization(
  config: Config,
  genesys: GenesysPort,
  facts: RunReportInput['facts']
): Promise<Check | undefined> {
  const expected = config.platform.organizationId
  if (!expected) return undefined
  const org = await genesys.getOrganization()
  facts.organization = { id: org.id, name: org.name }
  if (org.id.toLowerCase() !== expected.toLowerCase()) {
    const message = `the credentials belong to organization ${org.name ?? ''} (${org.id}), not ${expected}: nothing was read or changed`
    throw new CheckFailedError(message, { name: 'organization', passed: false, detail: message })
  }
  return { name: 'organization', passed: true, detail: `${org.name ?? org.id} (${org.id})` }
}

/** A failure outside any one flow (login, organization) is every unfinished flow's failure. */
function failUnfinished(stages: StageProgress[], err: unknown, now: number): void {
  const error = toErrorInfo(err)
  for (const outcome of stages.flatMap((s) => s.outcomes)) {
    if (outcome.status) continue
    outcome.status = 'failed'
    outcome.error = error
    outcome.finishedAt = now
    if (err instanceof CheckFailedError && err.check) outcome.checks.push(err.check)
  }
}

function markCancelled(stages: StageProgress[], signal: string, now: number, manifest: boolean): void {
  for (const outcome of stages.flatMap((s) => s.outcomes)) {
    if (outcome.finishedAt !== undefined) continue
    // A release's flows that never started stay "not run"; a single flow always gets its record.
    if (manifest && outcome.trace.requests === 0) continue
    const pending = outcome.operation
      ? ` while operation ${outcome.operation.id} was running: it may still complete`
      : ''
    outcome.status = 'failed'
    outcome.error = { message: `cancelled by ${signal}${pending}`, code: 'cancelled' }
    outcome.finishedAt = now
  }
}

function gatewayOrigin(gateway: NonNullable<Config['platform']['gateway']>): string {
  return `${gateway.protocol}://${gateway.host}${gateway.port > 0 ? `:${gateway.port}` : ''}${gateway.path}`
}

/** Every secret the inputs carry is masked before anything can print it. */
function maskSecrets(core: ActionCore, config: Config): void {
  core.setSecret(config.clientSecret)
  const webhook = config.webhook
  if (webhook) {
    core.setSecret(webhook.url.href)
    if (webhook.secret) core.setSecret(webhook.secret)
    if (webhook.authorization) {
      core.setSecret(webhook.authorization)
      const credential = webhook.authorization.split(/\s+/).slice(1).join(' ')
      if (credential) core.setSecret(credential)
    }
  }
  if (config.githubToken) core.setSecret(config.githubToken)
}
