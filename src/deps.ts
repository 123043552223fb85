import * as core from '@actions/core'
import { githubContext } from './audit/github-context.js'
import { redactDeep, redactionsFor } from './audit/redact.js'
import type { RunFacts } from './audit/record.js'
import { onProcessSignals } from './cancel.js'
import { GithubDeployment } from './deployments/deployment.js'
import type { GithubClient } from './deployments/github-client.js'
import { openGenesysSession, type SessionOptions } from './genesys/client.js'
import { RequestBudget } from './genesys/budget.js'
import type { Agents } from './http/agents.js'
import { ACTION_NAME, ACTION_VERSION, type ActionCore } from './model/action.js'
import type { Clock } from './model/clock.js'
import type { Config } from './model/config.js'
import type { StageProgress } from './model/outcome.js'
import type { ReleasePlan } from './model/plan.js'
import type { GenesysSession } from './model/port.js'
import type { MaskedValues } from './model/secrets.js'
import { RECORD_RESERVE_MS, usableUntil, type TimeBudget } from './model/time-budget.js'
import { commentOnPullRequest, type PullRequestCommenter } from './outputs/pr-comment.js'
import type { AttemptResult } from './webhook/deliver.js'

/** Everything `run` touches outside itself, passed in: the real ones below, fakes in tests. */
export interface RunDeps {
  core: ActionCore
  env: NodeJS.ProcessEnv
  clock: Clock
  openSession: (options: SessionOptions) => Promise<GenesysSession>
  /** Sends one webhook attempt; defaults to node:http(s) through the run's proxy-aware agents. */
  sendWebhook?: (url: URL, body: string, headers: Record<string, string>, timeoutMs: number) => Promise<AttemptResult>
  /** Posts or updates the sticky PR comment; without it, no comment. */
  commentOnPullRequest?: PullRequestCommenter
  /** Makes the GitHub client for `deployment-environment`; without it, no deployment. */
  githubClient?: (token: string, baseUrl: string) => Promise<GithubClient>
  /**
   * Registers what to do on SIGINT/SIGTERM: the handler records the run synchronously, then makes
   * one short webhook attempt; the process exits when its promise settles.
   */
  onCancel?: (handler: (signal: string) => Promise<void>) => void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  random: () => Math.random()
}

/** The runner's toolkit, the SDK over HTTP, real time, node:http webhooks and process signals. */
export function realDeps(): RunDeps {
  return {
    core,
    env: process.env,
    clock: systemClock,
    openSession: openGenesysSession,
    commentOnPullRequest,
    githubClient: octokit,
    onCancel: onProcessSignals
  }
}

/** `@actions/github`'s Octokit (the runner's proxy settings included), loaded only when a deployment is due. */
export async function octokit(token: string, baseUrl: string): Promise<GithubClient> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, { baseUrl, userAgent: `${ACTION_NAME}/${ACTION_VERSION}` })
}

/**
 * The run's GitHub deployment (`deployment-environment`, apply): `begin` is the promotion's
 * `beforeFirstWrite`, `end` runs once it is over and puts the history into the run's facts. Without
 * the input (or outside apply) there is none: no `begin`, and `end` does nothing.
 */
export function githubDeployment(
  deps: Pick<RunDeps, 'githubClient' | 'clock' | 'core' | 'env'>,
  config: Config,
  run: {
    auditId: string
    stages: StageProgress[]
    facts: Omit<RunFacts, 'github'>
    budget: TimeBudget
    masked: MaskedValues
  }
): { begin?: () => Promise<void>; end: (withinMs?: number) => Promise<void> } {
  const { githubClient, env } = deps
  const token = config.githubToken
  if (!config.deploymentEnvironment || !token || config.mode !== 'apply' || !githubClient)
    return { end: async () => undefined }
  const github = githubContext(env)
  const [owner, repo] = (github.repository ?? '').split('/')
  const deployment = new GithubDeployment({
    client: () => githubClient(token, env.GITHUB_API_URL || 'https://api.github.com'),
    environment: config.deploymentEnvironment,
    repository: owner && repo ? { owner, repo } : undefined,
    sha: github.sha,
    runUrl: github.runUrl,
    auditId: run.auditId,
    stages: run.stages,
    facts: run.facts,
    clock: deps.clock,
    log: deps.core,
    staleAfterMs: config.timeBudgetMs,
    until: () => run.budget.endsAt - RECORD_RESERVE_MS,
    // The login's token is masked once minted: the values to keep out are read at each use.
    redact: (value) => redactDeep(value, redactionsFor(config.clientId, run.masked.values))
  })
  return deployment
}

/**
 * Opens the run's session when the promotion first needs it: the run's credentials, one rate budget
 * for every request, and retries that keep the budget's reserves (each flow's port says when it is
 * rolling back). `source`: the source organization's session, with its own login, token and budget.
 */
export function sessionOpener(
  deps: Pick<RunDeps, 'openSession' | 'clock' | 'core'>,
  config: Config,
  run: { plan: ReleasePlan; budget: TimeBudget; agents: Agents; mask: (secret: string) => void }
): (org?: 'source') => Promise<GenesysSession> {
  return (org) => {
    const { clientId, clientSecret, platform } = org === 'source' && config.source ? config.source : config
    return deps.openSession({
      clientId,
      clientSecret,
      platform,
      clock: deps.clock,
      budget: new RequestBudget(run.plan.rateLimitPerMinute, deps.clock),
      agents: run.agents,
      mask: run.mask,
      log: deps.core,
      retryUntil: () => usableUntil(run.budget, false)
    })
  }
}
