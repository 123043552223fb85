import { readFileSync } from 'node:fs'
import type { GithubContext, GithubEvent } from '../model/github.js'

/** Where the run came from, read from the runner's environment (no @actions/github needed). */
export function githubContext(env: NodeJS.ProcessEnv): GithubContext {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY || undefined
  const runId = env.GITHUB_RUN_ID || undefined
  const attempt = Number(env.GITHUB_RUN_ATTEMPT)
  return {
    repository,
    runId,
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : undefined,
    runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    actor: env.GITHUB_ACTOR || undefined,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined
  }
}

interface PullRequestPayload {
  pull_request?: {
    number?: unknown
    head?: { repo?: { fork?: boolean; full_name?: string } }
    base?: { repo?: { full_name?: string } }
  }
}

/** The parts of the event payload (`GITHUB_EVENT_PATH`) the run uses; nothing when it cannot be read. */
export function readGithubEvent(env: NodeJS.ProcessEnv): GithubEvent {
  let payload: PullRequestPayload
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as PullRequestPayload
  } catch {
    payload = {}
  }
  const pullRequest = payload?.pull_request
  const head = pullRequest?.head?.repo
  const fromFork = head?.fork === true || (!!head?.full_name && head.full_name !== pullRequest?.base?.repo?.full_name)
  return {
    pullRequestNumber: typeof pullRequest?.number === 'number' ? pullRequest.number : undefined,
    secretsWithheld: env.GITHUB_EVENT_NAME === 'pull_request' && (env.GITHUB_ACTOR === 'dependabot[bot]' || fromFork)
  }
}
