import { readFileSync } from 'node:fs'
import { releasePlanFingerprint } from '../audit/release-record.js'
import { flowRecords } from './run-report.js'
import { commentMarker, renderPlanComment } from './plan-comment.js'
import type { PullRequestCommenter } from './pr-comment.js'

/**
 * Finds this step's comment by its hidden marker and updates it, or creates it. A missing
 * permission is the workflow's to fix: a warning that says which, never a failed promotion.
 * Loaded only when a comment is due, so other runs never load `@actions/github`.
 */
export const commentOnPullRequest: PullRequestCommenter = async (report, config, core, env) => {
  const token = config.githubToken
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  let pullNumber: number | undefined
  try {
    pullNumber = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))?.pull_request?.number
  } catch {
    pullNumber = undefined
  }
  if (!token || !owner || !repo || !pullNumber) {
    core.warning(
      'No pull-request comment: the github-token input, GITHUB_REPOSITORY or the pull request number is missing.'
    )
    return
  }

  const records = flowRecords(report)
  const specs = report.stages.flatMap((s) => s.records.map((r, i) => ({ record: r, spec: s.specs[i]! })))
  const subject = config.manifestPath
    ? `manifest:${config.manifestPath}`
    : `flow:${config.flow?.flowId ?? `${config.flow?.flowType}/${config.flow?.flowName}`}`
  const marker = commentMarker(subject)
  const fingerprint = report.manifest ? releasePlanFingerprint(records) : (records[0]?.planFingerprint ?? null)
  const body = renderPlanComment(marker, specs, fingerprint)

  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' })
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullNumber,
      per_page: 100
    })
    const existing = comments.find((c) => c.body?.includes(marker))
    if (existing) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
      core.info(`Updated the plan comment on pull request #${pullNumber}.`)
    } else {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body })
      core.info(`Commented the plan on pull request #${pullNumber}.`)
    }
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status === 403 || status === 404) {
      core.warning(
        `No pull-request comment: the token may not comment (HTTP ${status}). Give the job \`permissions: pull-requests: write\` ` +
          '(a fork pull request gets a read-only token whatever you set), or set pr-comment: never.'
      )
    } else {
      core.warning(`No pull-request comment: ${(err as Error).message}`)
    }
  }
}
