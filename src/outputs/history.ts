import type { HistoryEntry, HistoryRecord } from '../audit/history.js'
import { code, escapeCell } from './escape.js'
import { seconds } from './format.js'

const OUTCOME: Record<HistoryEntry['outcome'], string> = {
  success: '✅ success',
  failure: '❌ failure',
  error: '⚠️ error',
  in_progress: '⏳ in progress'
}

/** The chart's bars: one series per kind of outcome, so each bar takes its series' colour. */
const SERIES: { outcomes: HistoryEntry['outcome'][]; colour: string; mark: string }[] = [
  { outcomes: ['success'], colour: '#1a7f37', mark: '✓' },
  { outcomes: ['failure', 'error'], colour: '#cf222e', mark: '✗' },
  { outcomes: ['in_progress'], colour: '#9a6700', mark: '…' }
]

/**
 * The summary's history of the deployment environment: the success rate, the recent promotions as
 * a table (the form that always renders) and as a Mermaid chart of latency per promotion, each bar
 * coloured and its label marked by the outcome. The chart holds only times, marks and numbers.
 */
export function historyLines(history: HistoryRecord | null): string[] {
  if (!history) return []
  const environment = code(history.environment)
  const deployment =
    history.deploymentId === null ? 'no deployment (see the warnings)' : `deployment ${history.deploymentId}`
  const rate =
    history.successRate === null
      ? 'the earlier promotions could not be read'
      : `${history.succeeded} of ${history.promotions} ${history.promotions === 1 ? 'promotion' : 'promotions'} succeeded (**${formatRate(history.successRate)}**)`
  const lines = [
    `#### GitHub environment ${environment}: ${rate}`,
    '',
    `This run: ${deployment}.`,
    '',
    '| Time | Flows | Outcome | Latency | Run |',
    '| --- | --- | --- | --- | --- |',
    ...history.recent.map(
      (e) =>
        `| ${when(e.time)} | ${escapeCell(e.flows.join(', ') || '—')} | ${OUTCOME[e.outcome]} | ${seconds(e.latencyMs)} | ${link(e.runUrl)} |`
    ),
    ''
  ]
  if (history.recent.length > 1) lines.push(...latencyChart(history.recent), '')
  return lines
}

/** `0.8` → `80%`; `0.6667` → `66.67%`. */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`
}

function latencyChart(recent: HistoryEntry[]): string[] {
  const oldestFirst = [...recent].reverse()
  const label = (e: HistoryEntry) =>
    `"${e.time.slice(5, 16).replace('T', ' ')} ${SERIES.find((s) => s.outcomes.includes(e.outcome))!.mark}"`
  const used = SERIES.filter((s) => oldestFirst.some((e) => s.outcomes.includes(e.outcome)))
  const bars = used.map(
    (s) =>
      `  bar [${oldestFirst.map((e) => (s.outcomes.includes(e.outcome) ? ((e.latencyMs ?? 0) / 1000).toFixed(2) : '0')).join(', ')}]`
  )
  const palette = used.map((s) => s.colour).join(', ')
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    '  title "Latency per promotion (s), oldest first: ✓ succeeded, ✗ failed"',
    `  x-axis [${oldestFirst.map(label).join(', ')}]`,
    '  y-axis "seconds"',
    ...bars,
    '```'
  ]
}

/** `2026-11-28 10:00 UTC` */
function when(iso: string): string {
  return `${escapeCell(iso.slice(0, 16).replace('T', ' '))} UTC`
}

/** A link to an http(s) URL, its parentheses encoded so it cannot end the link early; `—` otherwise. */
function link(url: string | null): string {
  if (!url) return '—'
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '—'
    return `[run](${parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`
  } catch {
    return '—'
  }
}
