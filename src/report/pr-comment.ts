import type { ActionCore } from '../core.js'
import type { Config } from '../inputs/config.js'
import type { RunReport } from './run-report.js'

/** Upserts the sticky plan comment on the pull request (see `pr-comment-github.ts`). */
export type PullRequestCommenter = (
  report: RunReport,
  config: Config,
  core: ActionCore,
  env: NodeJS.ProcessEnv
) => Promise<void>

/** A pull-request event, and `pr-comment` asks for a comment in this mode. */
export function wantsComment(config: Config, env: NodeJS.ProcessEnv): boolean {
  const onPullRequest = env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target'
  if (!onPullRequest || config.prComment === 'never') return false
  return config.prComment === 'always' || config.mode === 'plan'
}
