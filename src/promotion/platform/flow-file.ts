import { createHash } from 'node:crypto'

/**
 * Archy's flow files (YAML), as export jobs answer them and import jobs take them
 * (docs/platform.md#architect-export-and-import-jobs): the top-level key is the flow's type,
 * and under it `name:` the flow's name.
 */

/**
 * Keys an export writes under the flow that say when and from which version it was made, not what
 * the flow does: content is compared without them (flow-content.ts). Assumed (docs/platform.md):
 * nothing public says what the platform writes there.
 */
const EXPORT_METADATA = new Set(['exportDate', 'exportedVersion'])

export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}

/** The flow file's top-level key (the flow's type) and the mapping under it; throws when it has none. */
export async function parseFlowFile(text: string): Promise<{ key: string; body: Record<string, unknown> }> {
  const { parse: parseYaml } = await import('yaml')
  const root = parseYaml(text) as unknown
  const key = root && typeof root === 'object' && !Array.isArray(root) ? Object.keys(root)[0] : undefined
  const body = key ? (root as Record<string, unknown>)[key] : undefined
  if (!key || !body || typeof body !== 'object' || Array.isArray(body))
    throw new Error('the flow file names no flow type at its top')
  return { key, body: body as Record<string, unknown> }
}

/** The flow a file names: its type's key and its name. */
export async function flowNamedBy(text: string): Promise<{ key: string; name: string | undefined }> {
  const { key, body } = await parseFlowFile(text)
  return { key, name: typeof body.name === 'string' ? body.name : undefined }
}

/**
 * The file as an import should get it: without the export's metadata, and naming the flow `name`
 * when given (a file from before a rename would land on another flow).
 */
export async function forImport(text: string, name?: string, drop: readonly string[] = []): Promise<string> {
  const { parseDocument } = await import('yaml')
  const doc = parseDocument(text)
  const key = (await parseFlowFile(text)).key
  for (const unwanted of [...EXPORT_METADATA, ...drop]) doc.deleteIn([key, unwanted])
  if (name !== undefined) doc.setIn([key, 'name'], name)
  // No folding of long lines: the file keeps its lines (a diff must show them, not new ones).
  return doc.toString({ lineWidth: 0 })
}

/**
 * The file as a reviewer should diff it: without the export's metadata and the comment before the
 * document (an export's date), so that only what the flow does differs. A file that is not a flow
 * file is diffed as it is.
 */
export async function forDiff(text: string): Promise<string> {
  try {
    // The comment lines before the document are the export's own (its date), not the flow's.
    return await forImport(text.replace(/^(?:#[^\n]*\n)+/, ''))
  } catch {
    return text
  }
}

/**
 * Both sides of a flow file's diff written by one YAML writer: a file from the repository quotes and
 * lays out what an export writes otherwise, and only content should differ. Comments go too.
 */
export async function forContentDiff(text: string): Promise<string> {
  try {
    const { key, body } = await parseFlowFile(text)
    const { stringify } = await import('yaml')
    // Shared values are written out in full: a diff shows content, not YAML anchors.
    return stringify({ [key]: withoutExportMetadata(body) }, { lineWidth: 0, aliasDuplicateObjects: false })
  } catch {
    return text
  }
}

/** The flow's content without the keys an export writes about itself. */
export function withoutExportMetadata(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([k]) => !EXPORT_METADATA.has(k)))
}
