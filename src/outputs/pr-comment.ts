import { createHash } from 'node:crypto'
import type { AuditRecord } from '../audit/record.js'
import { releasePlanFingerprint } from '../audit/release-record.js'
import { flowRecords, type RunReport } from '../audit/run-report.js'
import { readGithubEvent } from '../audit/github-context.js'
import type { ActionCore } from '../model/action.js'
import type { Config, RollbackStrategy } from '../model/config.js'
import { CHECKED_IN, olderTargetPlan, type FlowSpec } from '../model/plan.js'
import { code, escapeCell } from './escape.js'
import { NOT_READ, STATUS_ICON, previousVersion, versionsRead, targetLabel } from './format.js'
import { checksTable, flowCell, validationLines } from './summary.js'
import { renderDiffs, type FlowFiles } from './diff.js'
import { diffsFor, insightLines } from './insight.js'

/**
 * The sticky plan comment on a pull request: what apply will do, per flow, found again by a
 * hidden marker and updated in place.
 */

/** Upserts the sticky plan comment on the pull request. */
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

/** GitHub refuses comments over 65536 characters. */
const MAX_COMMENT_LENGTH = 65_536
/** Joins and line breaks between the parts of the comment. */
const COMMENT_MARGIN = 16

/**
 * The hidden marker that finds this step's comment again. One per promoted thing (a flow, or a
 * manifest), so two promotion steps on one pull request keep one comment each.
 */
export function commentMarker(subject: string): string {
  return `<!-- genesys-flow-promote:${createHash('sha256').update(subject).digest('hex').slice(0, 16)} -->`
}

/**
 * What apply will do, in a sentence a reviewer can approve. A target other than the checked-in
 * version goes live as `rollback-strategy` says (olderTargetPlan).
 */
export function applyWillDo(record: AuditRecord, strategy: RollbackStrategy = 'auto'): string {
  const { previous, target } = record.versions
  const flow = escapeCell(record.flow.name ?? record.flow.id ?? 'the flow')
  const file = record.flowFile
  if (file && record.status === 'unchanged')
    return `Nothing: the live version ${escapeCell(previous ?? '?')} has the content of ${escapeCell(file.path)}, so apply will not import it.`
  if (file && record.status === 'planned')
    return (
      `Import ${escapeCell(file.path)} as a new version of ${flow} (live now: ${escapeCell(previousVersion(record))}); the import job publishes it. Then verify by content, ` +
      (previous
        ? `and restore the content of ${escapeCell(previous)} if what is live differs from the file.`
        : 'and report a failure if what is live differs from the file (no version to restore).')
    )
  if (record.status === 'unchanged')
    return `Nothing: ${escapeCell(target ?? '?')} is live already, so apply will not publish.`
  // A drift check's comment (pr-comment: always) says what it found, not what an apply would do.
  if (record.status === 'in-sync') return `In sync: ${escapeCell(target ?? '?')} is live.`
  if (record.status === 'drifted') return `Drifted: ${escapeCell(record.error?.message ?? 'the target is not live')}.`
  if (record.status === 'planned') {
    const rollBack = previous
      ? `and roll back to ${escapeCell(previous)} if the switch does not hold.`
      : 'and report a failure if the switch does not hold (no version to roll back to).'
    if (target && target !== record.snapshot?.checkedInVersion) {
      const unlock = record.unlock ? `Unlock the flow (held by ${escapeCell(record.unlock.heldBy)}). ` : ''
      const on = `${flow} (live now: ${escapeCell(previousVersion(record))})`
      return `${unlock}${olderTargetPlan(escapeCell(target), strategy, on)} Then verify what went live, ${rollBack}`
    }
    const lock = record.unlock ? `Unlock the flow (held by ${escapeCell(record.unlock.heldBy)}), then p` : 'P'
    return (
      `${lock}ublish ${escapeCell(target ?? '?')} on ${flow} (live now: ${escapeCell(previousVersion(record))}), wait for the operation, verify by reading back, ` +
      rollBack
    )
  }
  return `Apply would refuse: ${escapeCell(record.error?.message ?? 'a check failed')}.`
}

/** Advice for a plan whose target can still move between plan and apply. */
export function movingTargetWarning(spec: FlowSpec, record: AuditRecord): string | undefined {
  if (spec.targetVersion !== CHECKED_IN || spec.flowFile || !record.versions.target) return undefined
  const pin = `target-version: "${record.versions.target}"`
  const expect = record.versions.previous ? ` and expected-current-version: "${record.versions.previous}"` : ''
  return `The target is checked-in (${record.versions.target} now): a check-in before apply changes what apply publishes. Pin ${pin}${expect} in the promotion file.`
}

function checkCounts(record: AuditRecord): string {
  const count = (keep: (c: AuditRecord['checks'][number]) => boolean) => record.checks.filter(keep).length
  const skipped = count((c) => c.passed && c.skipped === true)
  const warned = count((c) => c.passed && c.warning === true)
  return [
    `${count((c) => c.passed && !c.skipped)} passed`,
    `${count((c) => !c.passed)} failed`,
    skipped ? `⚠️ ${skipped} skipped` : undefined,
    warned ? `⚠️ ${warned} with a warning` : undefined
  ]
    .filter(Boolean)
    .join(', ')
}

export function renderPlanComment(
  marker: string,
  entries: { spec: FlowSpec; record: AuditRecord }[],
  fingerprint: string | null,
  diffs: FlowFiles[] = [],
  strategy: RollbackStrategy = 'auto'
): string {
  const lines = [
    marker,
    `### Genesys Cloud promotion plan`,
    '',
    '| Flow | Live now → target | Plan |',
    '| --- | --- | --- |'
  ]
  for (const { record } of entries) {
    lines.push(
      `| ${flowCell(record)} | ${escapeCell(versionsRead(record) ? `${previousVersion(record)} → ${targetLabel(record)}` : NOT_READ)} | ${STATUS_ICON[record.status]} ${record.status} |`
    )
  }
  lines.push('')
  // A release is applied whole or not at all: one failing flow refuses every write.
  const failing = entries.filter((e) => e.record.status === 'failed').length
  const refused = entries.length > 1 && failing > 0
  if (entries.length > 1)
    lines.push(
      refused
        ? `**Apply would refuse the release: ${failing} of ${entries.length} flows ${failing === 1 ? 'fails its' : 'fail their'} checks, so nothing would be written.**`
        : `**Apply would promote the release: ${entries.filter((e) => e.record.status === 'planned').length} of ${entries.length} flows change, stage by stage; each is read again right before its write.**`,
      ''
    )
  for (const { spec, record } of entries) {
    const warning = movingTargetWarning(spec, record)
    const willDo =
      refused && record.status !== 'failed'
        ? 'Nothing: another flow of the release fails its checks, and the release is applied whole or not at all.'
        : applyWillDo(record, strategy)
    lines.push(
      `**${escapeCell(record.flow.name ?? record.flow.id ?? '?')}: what apply will do.** ${willDo}`,
      ...(warning ? ['', `> ⚠️ ${escapeCell(warning)}`] : []),
      '',
      ...validationLines([record]),
      ...insightLines(record),
      `<details><summary>Checks (${checkCounts(record)})</summary>`,
      '',
      ...checksTable(record),
      '',
      '</details>',
      ''
    )
  }
  const tail: string[] = []
  if (fingerprint)
    tail.push(
      `Plan fingerprint: ${code(fingerprint)}. Apply publishes the same change only if nothing moved: pin \`expected-current-version\` so it refuses otherwise.`
    )
  const first = entries[0]?.record
  if (first?.github.runUrl)
    tail.push(
      '',
      `[Run ${escapeCell(first.github.runId ?? '')}](${encodeURI(first.github.runUrl)}) · audit ${code(first.releaseId ?? first.auditId)}`
    )
  // The diffs share what the comment's limit leaves; the job summary has room for more.
  if (diffs.length) {
    const room = MAX_COMMENT_LENGTH - [...lines, ...tail].join('\n').length - COMMENT_MARGIN
    const rendered = renderDiffs(diffs, Math.max(0, room), { whereWhole: 'The job summary has more room.' })
    if (rendered.markdown) lines.push(rendered.markdown, '')
  }
  const body = [...lines, ...tail].join('\n')
  return body.length <= MAX_COMMENT_LENGTH
    ? body
    : `${body.slice(0, MAX_COMMENT_LENGTH - 200)}\n\n_Truncated: the full plan is in the job summary._`
}

/**
 * Finds this step's comment by its hidden marker and updates it, or creates it. A missing
 * permission is the workflow's to fix: a warning that says which, never a failed promotion.
 * `@actions/github` is loaded only when a comment is due: other runs never load it.
 */
export const commentOnPullRequest: PullRequestCommenter = async (report, config, core, env) => {
  const token = config.githubToken
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const pullNumber = readGithubEvent(env).pullRequestNumber
  if (!token || !owner || !repo || !pullNumber) {
    const missing = [
      token ? undefined : 'the github-token input is empty',
      owner && repo ? undefined : 'GITHUB_REPOSITORY (owner/name) is not set',
      pullNumber ? undefined : 'the event payload (GITHUB_EVENT_PATH) has no pull-request number'
    ].filter(Boolean)
    core.warning(`No pull-request comment: ${missing.join('; ')}.`)
    return
  }

  const records = flowRecords(report)
  const specs = report.stages.flatMap((s) => s.records.map((r, i) => ({ record: r, spec: s.specs[i]! })))
  const subject = config.manifestPath
    ? `manifest:${config.manifestPath}`
    : `flow:${config.flow?.flowId ?? `${config.flow?.flowType}/${config.flow?.flowName}`}`
  const marker = commentMarker(subject)
  const fingerprint = report.manifest ? releasePlanFingerprint(records) : (records[0]?.planFingerprint ?? null)
  const body = renderPlanComment(marker, specs, fingerprint, diffsFor(report, records), config.rollbackStrategy)

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

/** The moving-target advice of every flow of a plan, for the step log. */
export function movingTargetWarnings(report: RunReport): string[] {
  return report.stages.flatMap((stage) =>
    stage.records.flatMap((record, i) => movingTargetWarning(stage.specs[i]!, record) ?? [])
  )
}
