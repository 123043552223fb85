import type { ReleaseRecord } from '../audit/release-record.js'
import { code, escapeCell } from './escape.js'
import { STATUS_ICON, seconds, versionChange } from './format.js'
import { renderDiffs, type FlowFiles } from './diff.js'
import { healthGateLines } from './health-gate.js'
import { insightLines } from './insight.js'
import { historyLines } from './history.js'
import { MAX_SUMMARY_BYTES, auditDetails, checksTable, flowCell, validationLines } from './summary.js'

/** The job summary of a release: one row per flow grouped by stage, then each flow's details. */
export function renderReleaseSummary(release: ReleaseRecord, diffs: FlowFiles[] = [], withRecord = true): string {
  const c = release.counts
  const lines = [
    `### ${STATUS_ICON[release.status]} Genesys Cloud release: ${release.status}${release.atomic ? ' (atomic)' : ''}`,
    '',
    `${c.total} flows: ${c.switched} switched, ${c.unchanged} unchanged, ${c.planned} planned, ${c['rolled-back']} rolled back, ${c['timed-out']} timed out, ${c.failed} failed, ${c.notRun} not run` +
      (release.mode === 'check' ? `, ${c['in-sync']} in sync, ${c.drifted} drifted` : '') +
      (release.successRate === null ? '' : ` · success rate ${(release.successRate * 100).toFixed(1)}%`),
    ''
  ]
  const gated = release.flows.filter((f) => f.healthGate)
  if (gated.length) {
    const count = (v: string | null) => gated.filter((f) => f.healthGate!.verdict === v).length
    lines.push(
      `**Health gate:** ${count('passed')} passed, ${count('failed')} failed, ${count('inconclusive')} inconclusive${count(null) ? `, ${count(null)} not decided` : ''} (each flow's details below)`,
      ''
    )
  }
  if (release.error) lines.push(`> **Error:** ${escapeCell(release.error.message)}`, '')
  // A note every flow carries is about the run (the webhook skipped for a plan): once, up here.
  const shared = (release.flows[0]?.notes ?? []).filter((note) => release.flows.every((f) => f.notes.includes(note)))
  for (const note of shared) lines.push(`> ${escapeCell(note)}`, '')
  lines.push(...validationLines(release.flows))
  lines.push('| Stage | Flow | Version | Result | Switch latency |', '| --- | --- | --- | --- | --- |')
  for (const stage of release.stages) {
    for (const flow of release.flows.filter((f) => f.stage === stage.name)) {
      lines.push(
        `| ${escapeCell(stage.name)} | ${flowCell(flow)} | ${escapeCell(versionChange(flow))} | ${STATUS_ICON[flow.status]} ${flow.status} | ${seconds(flow.timings.switchLatencyMs)} |`
      )
    }
    for (const label of stage.notRun)
      lines.push(`| ${escapeCell(stage.name)} | ${escapeCell(label)} | — | ⏭️ not run | — |`)
  }
  lines.push(
    '',
    `**Mode:** ${release.mode} · **Requests:** ${release.requests} · **Webhook:** ${release.webhook.status} · **Release id:** ${code(release.releaseId)}` +
      (release.planFingerprint ? ` · **Plan fingerprint:** ${code(release.planFingerprint)}` : '') +
      (release.github.runUrl
        ? ` · **Run:** [${escapeCell(release.github.runId ?? 'run')}](${encodeURI(release.github.runUrl)})`
        : ''),
    '',
    ...historyLines(release.history)
  )
  for (const flow of release.flows) {
    const title = `${STATUS_ICON[flow.status]} ${escapeCell(flow.stage)} / ${escapeCell(flow.flow.name ?? flow.flow.id ?? '?')}: ${flow.status}`
    const body = [
      ...(flow.error
        ? [`**${flow.status === 'rolled-back' ? 'Rolled back' : 'Error'}:** ${escapeCell(flow.error.message)}`, '']
        : []),
      ...flow.notes.filter((note) => !shared.includes(note)).flatMap((note) => [`> ${escapeCell(note)}`, '']),
      ...healthGateLines(flow),
      ...insightLines(flow),
      ...checksTable(flow)
    ]
    lines.push(`<details><summary>${title}</summary>\n\n${body.join('\n')}\n\n</details>`)
  }
  if (diffs.length) lines.push('', renderDiffs(diffs, MAX_SUMMARY_BYTES / 2, { unit: 'bytes' }).markdown)
  if (withRecord) lines.push('', auditDetails(release))
  return lines.join('\n')
}
