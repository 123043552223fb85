import { createHash } from 'node:crypto'
import type { AuditRecord } from '../audit/record.js'
import type { FlowSpec } from '../inputs/config.js'
import { CHECKED_IN } from '../promotion/validate.js'
import { code, escapeCell } from './escape.js'
import { STATUS_ICON } from './format.js'
import { checksTable, flowCell } from './summary.js'

/** GitHub refuses comments over 65536 characters. */
export const MAX_COMMENT_LENGTH = 65_536

/**
 * The hidden marker that finds this step's comment again. One per promoted thing (a flow, or a
 * manifest), so two promotion steps on one pull request keep one comment each.
 */
export function commentMarker(subject: string): string {
  return `<!-- genesys-flow-promote:${createHash('sha256').update(subject).digest('hex').slice(0, 16)} -->`
}

/** What apply will do, in a sentence a reviewer can approve. */
export function applyWillDo(record: AuditRecord): string {
  const { previous, target } = record.versions
  const flow = escapeCell(record.flow.name ?? record.flow.id ?? 'the flow')
  if (record.status === 'unchanged')
    return `Nothing: ${escapeCell(target ?? '?')} is live already, so apply will not publish.`
  if (record.status === 'planned') {
    return (
      `Publish ${escapeCell(target ?? '?')} on ${flow} (live now: ${escapeCell(previous ?? 'none')}), wait for the operation, verify by reading back, ` +
      (previous
        ? `and roll back to ${escapeCell(previous)} if the switch does not hold.`
        : 'and report a failure if the switch does not hold (no version to roll back to).')
    )
  }
  return `Apply would refuse: ${escapeCell(record.error?.message ?? 'a check failed')}.`
}

/** Advice for a plan whose target can still move between plan and apply. */
export function movingTargetWarning(spec: FlowSpec, record: AuditRecord): string | undefined {
  if (spec.targetVersion !== CHECKED_IN || !record.versions.target) return undefined
  const pin = `target-version: "${record.versions.target}"`
  const expect = record.versions.previous ? ` and expected-current-version: "${record.versions.previous}"` : ''
  return `The target is checked-in (${record.versions.target} now): a check-in before apply changes what apply publishes. Pin ${pin}${expect} in the promotion file.`
}

export function renderPlanComment(
  marker: string,
  entries: { spec: FlowSpec; record: AuditRecord }[],
  fingerprint: string | null
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
      `| ${flowCell(record)} | ${escapeCell(record.versions.previous ?? 'none')} → ${escapeCell(record.versions.target ?? '?')} | ${STATUS_ICON[record.status]} ${record.status} |`
    )
  }
  lines.push('')
  for (const { spec, record } of entries) {
    const warning = movingTargetWarning(spec, record)
    lines.push(
      `**${escapeCell(record.flow.name ?? record.flow.id ?? '?')}: what apply will do.** ${applyWillDo(record)}`,
      ...(warning ? ['', `> ⚠️ ${escapeCell(warning)}`] : []),
      '',
      `<details><summary>Checks (${record.checks.filter((c) => c.passed).length} passed, ${record.checks.filter((c) => !c.passed).length} failed)</summary>`,
      '',
      ...checksTable(record),
      '',
      '</details>',
      ''
    )
  }
  if (fingerprint)
    lines.push(
      `Plan fingerprint: ${code(fingerprint)}. Apply publishes the same change only if nothing moved: pin \`expected-current-version\` so it refuses otherwise.`
    )
  const first = entries[0]?.record
  if (first?.github.runUrl)
    lines.push(
      '',
      `[Run ${escapeCell(first.github.runId ?? '')}](${encodeURI(first.github.runUrl)}) · audit ${code(first.releaseId ?? first.auditId)}`
    )
  const body = lines.join('\n')
  return body.length <= MAX_COMMENT_LENGTH
    ? body
    : `${body.slice(0, MAX_COMMENT_LENGTH - 200)}\n\n_Truncated: the full plan is in the job summary._`
}
