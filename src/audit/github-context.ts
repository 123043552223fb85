/** Where the run came from, read from the runner's environment (no @actions/github needed). */
export interface GithubContext {
  repository?: string
  runId?: string
  runAttempt?: number
  runUrl?: string
  actor?: string
  sha?: string
  ref?: string
  eventName?: string
  workflow?: string
}

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
