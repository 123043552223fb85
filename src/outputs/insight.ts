import type { AuditRecord, EntityRecord, VersionAuthorRecord } from '../audit/record.js'
import type { RunReport } from '../audit/run-report.js'
import { hideSecretValues, loadYamlForHiding } from '../audit/secret-values.js'
import { code, escapeCell } from './escape.js'
import { loadDiff, type FlowFiles } from './diff.js'

/**
 * What a plan or a drift check shows beside the version ids: what changes in the dependencies,
 * who made each version, what is live (checks); where a flow came from (across organizations);
 * and the diffs' input, from the run report.
 */

function who(author: VersionAuthorRecord | null): string {
  if (!author) return 'unknown'
  const by = author.createdBy ?? author.createdByClient
  const kind = author.createdBy ? 'user' : 'OAuth client'
  const name = by ? `${kind} ${describe(by)}` : 'unknown'
  const checkedIn =
    author.dateCheckedIn && author.dateCheckedIn !== author.dateCreated ? `, checked in ${author.dateCheckedIn}` : ''
  return `${name}${author.dateCreated ? `, ${author.dateCreated}` : ''}${checkedIn}`
}

function describe(entity: EntityRecord): string {
  if (entity.name && entity.id) return `${entity.name} (${entity.id})`
  return entity.name ?? entity.id ?? '(not named by the platform)'
}

/** Markdown lines for one flow's record: empty when it carries none of these facts. */
export function insightLines(record: AuditRecord): string[] {
  const lines: string[] = []
  if (record.source) {
    const { organization, flowId, version, contentSha256 } = record.source
    lines.push(
      `**From:** ${escapeCell(organization.name ?? 'the source organization')}${organization.id ? ` ${code(organization.id)}` : ''}, flow ${flowId ? code(flowId) : '(not found)'}, version ${escapeCell(version ?? '(not chosen)')}${contentSha256 ? `, content ${code(contentSha256)}` : ''}`
    )
  }
  if (record.live) {
    const { version, since, publishedBy } = record.live
    lines.push(
      `**Live:** ${escapeCell(version ?? 'nothing')}${since ? ` since ${escapeCell(since)}` : ''}${publishedBy ? `, published by ${escapeCell(describe(publishedBy))}` : ''}`
    )
  }
  if (record.unlock?.unlocked) {
    const { heldBy, checkedIn, published } = record.unlock
    const made = [
      checkedIn ? `checked in the holder's draft as ${escapeCell(checkedIn)}` : 'checked nothing in',
      published ? `put ${escapeCell(published)} live` : undefined
    ].filter(Boolean)
    lines.push(`**Unlocked** (force-unlock), held by ${escapeCell(heldBy)}: the unlock ${made.join(' and ')}.`)
  }
  if (record.authors) {
    const { live, target } = record.authors
    const made = [
      live ? `live ${escapeCell(live.version)}: ${escapeCell(who(live))}` : undefined,
      target ? `target ${escapeCell(target.version)}: ${escapeCell(who(target))}` : undefined
    ].filter(Boolean)
    if (made.length) lines.push(`**Made by:** ${made.join(' · ')}`)
  }
  if (record.dependencies) {
    const { added, removed } = record.dependencies
    if (!added.length && !removed.length)
      lines.push('**Dependencies:** the target consumes what the live version does.')
    if (added.length) lines.push(`**Consumes, new in the target:** ${added.map(escapeCell).join(', ')}`)
    if (removed.length) lines.push(`**No longer consumed:** ${removed.map(escapeCell).join(', ')}`)
  }
  return lines.flatMap((line) => [line, ''])
}

/** Loads what showing a diff takes (YAML to hide secrets, jsdiff): only runs with a diff to show pay for it. */
export async function loadDiffRendering(): Promise<void> {
  await Promise.all([loadYamlForHiding(), loadDiff()])
}

/** Each diff's files with their secret values hidden, made once: the summary and the comment both ask. */
const hidden = new WeakMap<RunReport['diffs'][number], FlowFiles>()

/**
 * The run's diffs for the records given, in their order. Every diff is made from these files: both
 * sides hidden alike, before any line is compared, so a changed secret shows as its key and two marks.
 */
export function diffsFor(report: RunReport, records: AuditRecord[]): FlowFiles[] {
  return records.flatMap((record) => {
    const diff = report.diffs.find((d) => d.auditId === record.auditId)
    if (!diff) return []
    let files = hidden.get(diff)
    if (!files) {
      files = {
        title: diff.title,
        before: hideSecretValues(diff.live.file, report.secretHiding),
        after: hideSecretValues(diff.target.file, report.secretHiding),
        beforeLabel: `live ${diff.live.version}`,
        afterLabel: `target ${diff.target.version}`
      }
      hidden.set(diff, files)
    }
    return [files]
  })
}
