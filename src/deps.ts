import * as core from '@actions/core'
import { onProcessSignals } from './cancel.js'
import { openGenesysSession, type SessionOptions } from './genesys/client.js'
import { RequestBudget } from './genesys/budget.js'
import type { Agents } from './http/agents.js'
import type { ActionCore } from './model/action.js'
import type { Clock } from './model/clock.js'
import type { Config } from './model/config.js'
import type { ReleasePlan } from './model/plan.js'
import type { GenesysSession } from './model/port.js'
import { usableUntil, type TimeBudget } from './model/time-budget.js'
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
    onCancel: onProcessSignals
  }
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
