import type { PullRequestCommenter } from './pr-comment.js'

export const commentOnPullRequest: PullRequestCommenter = async () => {}
