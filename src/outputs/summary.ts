import { appendFileSync } from 'node:fs'
import type { AuditRecord } from '../audit/record.js'
import { code, escapeCell, escapePre } from './escape.js'
import { renderDiffs, type FlowFiles } from './diff.js'
import { STATUS_ICON, seconds, versionChange } from './format.js'
import { healthGateLines } from './health-gate.js'
import { insightLines } from './insight.js'
import { historyLines } from './history.js'

/** The runner refuses a step summary over 1024 KiB. */
export const MAX_SUMMARY_BYTES = 1024 * 1024

/** What a summary may spend on diffs: half the runner's limit, the rest is the record's. */
const DIFF_BUDGET_BYTES = MAX_SUMMARY_BYTES / 2

const TITLE: Record<string, string> = {
  planned: 'plan',
  'in-sync': 'in sync',
  drifted: 'drifted',
  unchanged: 'already live',
  switched: 'switched',
  'rolled-back': 'rolled back',
  'timed-out': 'timed out',
  failed: 'failed'
}

/** The job summary of one flow's promotion: a readable table, then the whole record collapsed. */
export function renderFlowSummary(record: AuditRecord, diffs: FlowFiles[] = []): string {
  const lines = [
    `### ${STATUS_ICON[record.status]} Genesys Cloud flow promotion: ${TITLE[record.status]}`,
    '',
    '| Flow | Version | Result | Switch latency |',
    '| --- | --- | --- | --- |',
    `| ${flowCell(record)} | ${escapeCell(versionChange(record))} | ${STATUS_ICON[record.status]} ${record.status} | ${seconds(record.timings.switchLatencyMs)} |`,
    ''
  ]
  if (record.error)
    lines.push(
      `> **${record.status === 'rolled-back' ? 'Rolled back' : 'Error'}:** ${escapeCell(record.error.message)}`,
      ''
    )
  for (const note of record.notes) lines.push(`> ${escapeCell(note)}`, '')
  lines.push(...validationLines([record]))
  lines.push(...healthGateLines(record), ...insightLines(record), ...historyLines(record.history))
  if (diffs.length) lines.push(renderDiffs(diffs, DIFF_BUDGET_BYTES, { unit: 'bytes' }).markdown, '')
  lines.push(...checksTable(record), '', ...facts(record), '', auditDetails(record))
  return lines.join('\n')
}

/** Messages the summary shows; the record holds them all. */
const MAX_VALIDATION_LINES = 20

const SEVERITY_ORDER = { error: 0, unknown: 1, warning: 2 } as const
const SEVERITY_ICON = { error: '❌', unknown: '❔', warning: '⚠️' } as const

/**
 * The platform's validation of the records' targets: the verdict, then each message with its flow
 * and version, errors first. Nothing when it was off, or passed without a word.
 */
export function validationLines(records: Pick<AuditRecord, 'validation'>[]): string[] {
  const shown = records.flatMap((r) => (r.validation && r.validation.reason !== 'validate: off' ? [r.validation] : []))
  const seen = new Set<string>()
  const messages = shown
    .flatMap((v) => v.messages)
    .filter((m) => !seen.has(JSON.stringify(m)) && seen.add(JSON.stringify(m)))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  const failed = shown.filter((v) => v.verdict === 'failed').length
  const reasons = [...new Set(shown.filter((v) => v.verdict !== 'passed' && v.reason).map((v) => v.reason!))]
  if (!messages.length && !reasons.length) return []
  const verdict = failed
    ? `❌ failed${records.length > 1 ? ` for ${failed} of ${shown.length} flows` : ''}`
    : shown.some((v) => v.verdict === 'skipped')
      ? '⚠️ skipped'
      : '✅ passed'
  const lines = [
    `**Validation by the platform:** ${verdict}${reasons.length ? `: ${reasons.map(escapeCell).join('; ')}` : ''}`,
    '',
    ...messages.slice(0, MAX_VALIDATION_LINES).map((m) => {
      const where = m.flowName || m.flowId ? `${m.flowName ?? m.flowId} ${m.version ?? ''}`.trim() : 'flow not named'
      return `- ${SEVERITY_ICON[m.severity]} ${escapeCell(m.type ?? 'no type')} · ${escapeCell(where)}: ${escapeCell(m.text)}`
    })
  ]
  if (messages.length > MAX_VALIDATION_LINES)
    lines.push(`- … ${messages.length - MAX_VALIDATION_LINES} more in the audit record (\`validation\`)`)
  return [...lines, '']
}

export function flowCell(record: AuditRecord): string {
  const name = record.flow.name ? escapeCell(record.flow.name) : '(unresolved)'
  const type = record.flow.type ? ` · ${escapeCell(record.flow.type)}` : ''
  const id = record.flow.id ? ` ${code(record.flow.id)}` : ''
  return `${name}${type}${id}`
}

function checkResult(check: AuditRecord['checks'][number]): string {
  if (!check.passed) return '❌ fail'
  if (check.skipped) return '⚠️ skipped'
  return check.warning ? '⚠️ pass' : '✅ pass'
}

export function checksTable(record: AuditRecord): string[] {
  if (!record.checks.length) return ['_No checks ran._']
  return [
    '| Check | Result | Detail |',
    '| --- | --- | --- |',
    ...record.checks.map((c) => `| ${escapeCell(c.name)} | ${checkResult(c)} | ${escapeCell(c.detail)} |`)
  ]
}

function facts(record: AuditRecord): string[] {
  const items = [
    `**Mode:** ${record.mode}`,
    // Through a gateway alone, the record's region is the gateway's URL: no region was given.
    `**${/^[a-z]+:\/\//i.test(record.region) ? 'Gateway' : 'Region'}:** ${escapeCell(record.region)}`,
    record.organization ? `**Org:** ${escapeCell(record.organization.name ?? record.organization.id)}` : undefined,
    `**Requests:** ${record.requests}`,
    `**Retries:** ${record.retries.count} (waited ${seconds(record.retries.waitedMs)})`,
    record.operation
      ? `**Operation:** ${code(record.operation.id)}${record.operation.actionStatus ? ` ${escapeCell(record.operation.actionStatus)}` : ''}`
      : undefined,
    record.rollback.attempted
      ? `**Rollback:** to ${escapeCell(record.rollback.version ?? '?')}: ${record.rollback.status}`
      : undefined,
    `**Webhook:** ${record.webhook.status}${record.webhook.httpStatus ? ` (HTTP ${record.webhook.httpStatus}, ${record.webhook.attempts} attempt${record.webhook.attempts === 1 ? '' : 's'})` : ''}`,
    record.planFingerprint ? `**Plan fingerprint:** ${code(record.planFingerprint)}` : undefined,
    `**Audit id:** ${code(record.auditId)}`,
    record.changeReference ? `**Change:** ${escapeCell(record.changeReference)}` : undefined,
    record.github.runUrl
      ? `**Run:** [${escapeCell(record.github.runId ?? 'run')}](${encodeURI(record.github.runUrl)})`
      : undefined
  ].filter(Boolean)
  const ids = record.correlationIds
  return [
    items.join(' · '),
    '',
    ids.length
      ? `<details><summary>Correlation ids (${ids.length})</summary>\n\n${ids.map((id) => code(id)).join(' ')}\n\n</details>`
      : '_No correlation ids: no platform call was answered._'
  ]
}

export function auditDetails(record: unknown): string {
  return `<details><summary>Audit record (JSON)</summary>\n\n<pre lang="json"><code>${escapePre(JSON.stringify(record, null, 2))}</code></pre>\n\n</details>\n`
}

/** Keeps a summary under the runner's limit by dropping the collapsed JSON first. */
export function fitSummary(markdown: string, fallbackWithoutRecord: () => string): string {
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown
  const shorter = `${fallbackWithoutRecord()}\n\n_The full record is too large for the job summary: read it from the audit file or the \`audit\` output._\n`
  return Buffer.byteLength(shorter) <= MAX_SUMMARY_BYTES ? shorter : shorter.slice(0, MAX_SUMMARY_BYTES / 2)
}

/**
 * Appends to the job summary; where the runner provides none (old GHES, a process started by
 * hand) the summary goes to the log instead of failing the step.
 */
export function writeSummary(markdown: string, env: NodeJS.ProcessEnv, log: { info(message: string): void }): void {
  const file = env.GITHUB_STEP_SUMMARY
  if (file) {
    try {
      appendFileSync(file, `${markdown}\n`)
      return
    } catch (err) {
      log.info(`Could not write the job summary (${(err as Error).message}); it follows here instead.`)
    }
  } else {
    log.info('GITHUB_STEP_SUMMARY is not set (a runner without job summaries): the summary follows here.')
  }
  log.info(markdown)
}
