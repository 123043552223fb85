import { randomUUID } from 'node:crypto'
import { readGithubEvent } from './audit/github-context.js'
import { redactionsFor } from './audit/redact.js'
import { buildRunReport, flowRecords, runFacts, stepFailure, withWebhookResults } from './audit/run-report.js'
import { RecordOnce, cancellationHandler } from './cancel.js'
import { githubDeployment, realDeps, sessionOpener, type RunDeps } from './deps.js'
import { createAgents } from './http/agents.js'
import { readRawInputs } from './inputs/config.js'
import { SECRETS_WITHHELD_SUMMARY, SECRETS_WITHHELD_WARNING, secretsWithheld } from './inputs/fork.js'
import { readInputs } from './inputs/read.js'
import { InputError } from './model/errors.js'
import { newProgress } from './model/outcome.js'
import { declaredSecrets } from './model/plan.js'
import { newCallTrace } from './model/port.js'
import { MaskedValues } from './model/secrets.js'
import { RECORD_RESERVE_MS, runBudget } from './model/time-budget.js'
import { loadDiffRendering } from './outputs/insight.js'
import { movingTargetWarnings, wantsComment } from './outputs/pr-comment.js'
import { writeInputError, writeReport, writeSkipped } from './outputs/write-report.js'
import { promote } from './promotion/promote.js'
import { httpSender } from './webhook/deliver.js'
import { notifyEach, webhookSkipReason } from './webhook/notify.js'

/**
 * The action, top to bottom:
 *   1. read and validate every input before any request, and mask every secret;
 *   2. promote: log in (lazily; the token is masked the moment it exists), check the organization,
 *      then per flow resolve, snapshot, check and, in apply mode, switch, wait, verify, roll back;
 *   3. build the audit records and post one webhook event per flow;
 *   4. write the audit file, the outputs, the job summary and the PR comment, whatever happened.
 * A cancellation records the run itself (`cancel.ts`); the record is written once either way.
 */
export async function run(deps: RunDeps = realDeps()): Promise<void> {
  const { core, env, clock } = deps
  const startedAt = clock.now()

  // 1. Inputs. Every value masked is also kept out of the records, summary, outputs, comment and events.
  const raw = readRawInputs((name) => core.getInput(name), env)
  if (secretsWithheld(raw, readGithubEvent(env)))
    return writeSkipped(SECRETS_WITHHELD_WARNING, SECRETS_WITHHELD_SUMMARY, core, env)
  const masked = new MaskedValues((secret) => core.setSecret(secret))
  const inputs = await readInputs(raw, env, masked.mask).catch((err: unknown) => {
    if (err instanceof InputError) return writeInputError(err, core, env)
    throw err
  })
  if (!inputs) return
  const { config, plan } = inputs
  const budget = runBudget(startedAt, config)

  // 2. Promote, every flow's outcome recorded as it goes (and the GitHub deployment around the writes, if asked).
  const stages = newProgress(plan, startedAt)
  const runState = { auditId: randomUUID(), plan, stages, runTrace: newCallTrace(), facts: runFacts(config), startedAt }
  // A plan with webhook-events: apply posts nothing: each record says so, and why.
  const webhookSkipped = webhookSkipReason(config.webhook, config.mode)
  const buildReport = () =>
    buildRunReport({
      ...runState,
      env,
      now: clock.now(),
      manifest: !!config.manifestPath,
      redactions: redactionsFor(config.clientId, masked.values, declaredSecrets(plan)),
      redactKeys: config.redactKeys,
      note: webhookSkipped
    })
  const agents = createAgents(env, masked.mask)
  const send = deps.sendWebhook ?? httpSender(agents)
  const notify = (records: ReturnType<typeof flowRecords>, webhook = config.webhook, cancelled = false) =>
    notifyEach(records, webhook, { clock, send, until: budget.endsAt - RECORD_RESERVE_MS }, { log: core, cancelled })
  const record = new RecordOnce()
  const deployment = githubDeployment(deps, config, { ...runState, budget, masked })
  const onCancelled = { core, env, config, clock, stages, buildReport, notify, webhookSkipped, deployment }
  deps.onCancel?.(cancellationHandler(record, onCancelled))
  await promote({
    ...runState,
    budget,
    clock,
    config,
    log: core,
    onOrganization: (org) => (runState.facts.organization = org.id ? { id: org.id, name: org.name } : undefined),
    openSession: sessionOpener(deps, config, { plan, budget, agents, mask: masked.mask }),
    beforeFirstWrite: deployment.begin
  })
  await deployment.end()

  // 3. Records and webhook events (none once a cancellation has recorded the run).
  if (record.taken) return
  const built = buildReport()
  const report = withWebhookResults(built, await notify(flowRecords(built)))
  agents.close()

  // 4. File, outputs, summary, comment; then the step's verdict.
  if (report.diffs.length) await loadDiffRendering()
  if (!record.take()) return
  writeReport(report, config, core, env, clock.now())
  if (config.mode === 'plan') for (const warning of movingTargetWarnings(report)) core.warning(warning)
  if (deps.commentOnPullRequest && wantsComment(config, env)) await deps.commentOnPullRequest(report, config, core, env)
  const failure = stepFailure(report, config)
  if (failure) core.setFailed(failure)
}
