// @ts-check
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const REPORT = fileURLToPath(new URL('../../docs/RELIABILITY.md', import.meta.url))

/**
 * A node:test reporter that writes docs/RELIABILITY.md from the rows the reliability tests report
 * as diagnostics. Plain JavaScript because Node loads reporters before `--import` hooks; the
 * rendering itself is TypeScript, loaded through tsx.
 *
 * @param {AsyncIterable<{ type: string, data: { message?: unknown } }>} source
 */
export default async function* reliabilityReporter(source) {
  const { ROW_PREFIX } = await tsImport('./rows.ts', import.meta.url)
  const { renderReliabilityReport } = await tsImport('./report.ts', import.meta.url)
  const rows = []
  for await (const event of source) {
    const message = event.type === 'test:diagnostic' ? String(event.data.message ?? '') : ''
    if (message.startsWith(ROW_PREFIX)) rows.push(JSON.parse(message.slice(ROW_PREFIX.length)))
  }
  // A run without the reliability tests (a file run by hand) leaves the report alone.
  if (!rows.length) return
  writeFileSync(REPORT, renderReliabilityReport(rows))
  yield `reliability report: ${rows.length} rows written to docs/RELIABILITY.md\n`
}
