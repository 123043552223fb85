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
