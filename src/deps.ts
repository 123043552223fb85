import * as core from '@actions/core'
import { onProcessSignals } from './cancel.js'
import { openGenesysSession, type SessionOptions } from './genesys/client.js'
import type { ActionCore } from './model/action.js'
import type { Clock } from './model/clock.js'
import type { GenesysSession } from './model/port.js'
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
