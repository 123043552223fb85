import { parseFlowFile, withoutExportMetadata } from './flow-file.js'

/**
 * The one comparison of a flow file with what is live (docs/flow-files.md#what-is-compared): it
 * decides `unchanged`, `in-sync`, the verification of an import and of a restore. A real export
 * writes more than the file it came from (its own key order and quoting, the language and settings
 * blocks a file leaves to defaults), so equal text or equal trees cannot be asked for. What is asked:
 * everything the file sets is live, lists item by item; what the live version holds beyond that is
 * taken as what the platform fills in, and listed, so that a reviewer sees it.
 */
export interface ContentComparison {
  /** Everything the file sets is live, and no list item was added or removed. */
  same: boolean
  /** What differs, one line each: a path under the flow and how (`menus[0].menu.audio.tts: another value live`). */
  changes: string[]
  /**
   * What the live version holds beyond the file, as paths under the flow, outermost only (a block
   * the file leaves out is one path, not one per key inside it). Defaults the platform fills in, and
   * keys the file dropped: the two cannot be told apart (docs/flow-files.md#what-is-compared).
   */
  beyond: string[]
}

type Tree = Record<string, unknown>

const isMapping = (value: unknown): value is Tree => !!value && typeof value === 'object' && !Array.isArray(value)
/** `key:` with no value sets nothing: YAML reads it as null. */
const unset = (value: unknown) => value === null || value === undefined

/** Compares `file` (what the repository holds, or an export imported) with `live` (the live version's export). */
export async function compareContent(live: string, file: string): Promise<ContentComparison> {
  let parsed: [Awaited<ReturnType<typeof parseFlowFile>>, Awaited<ReturnType<typeof parseFlowFile>>]
  try {
    parsed = await Promise.all([parseFlowFile(live), parseFlowFile(file)])
  } catch (err) {
    return { same: false, changes: [`the files cannot be compared: ${(err as Error).message}`], beyond: [] }
  }
  const [a, b] = parsed
  if (a.key !== b.key)
    return { same: false, changes: [`the live version is a ${a.key} flow, the file ${b.key}`], beyond: [] }
  const found: ContentComparison = { same: true, changes: [], beyond: [] }
  compare(withoutExportMetadata(a.body), withoutExportMetadata(b.body), '', found)
  found.same = found.changes.length === 0
  return found
}

function compare(live: unknown, file: unknown, path: string, found: ContentComparison): void {
  if (Array.isArray(file)) {
    if (!Array.isArray(live)) return void found.changes.push(`${path}: a list in the file, not live`)
    // An item added or removed shifts the rest: item by item would say more, and less clearly.
    if (live.length !== file.length)
      return void found.changes.push(
        `${path}: ${file.length} ${file.length === 1 ? 'item' : 'items'} in the file, ${live.length} live`
      )
    file.forEach((item, i) => compare(live[i], item, `${path}[${i}]`, found))
    return
  }
  if (isMapping(file)) {
    if (!isMapping(live)) return void found.changes.push(`${path}: a mapping in the file, not live`)
    // In the live version's order: the list of what it holds beyond the file reads like the export.
    for (const [key, value] of Object.entries(live)) {
      if (unset(value)) continue
      const at = path ? `${path}.${key}` : key
      if (unset(file[key])) found.beyond.push(at)
      else compare(value, file[key], at, found)
    }
    for (const [key, value] of Object.entries(file))
      if (!unset(value) && unset(live[key]))
        found.changes.push(`${path ? `${path}.${key}` : key}: set in the file, not live`)
    return
  }
  if (!Object.is(live, file)) found.changes.push(`${path}: another value live`)
}

/**
 * Two exports of versions (a pinned target's and the live one's): the same content when the live
 * one holds the other and nothing beyond it. Both are written by the platform, defaults and all, so
 * a key only one of them holds is content, not a default.
 */
export async function sameExportedContent(live: string, other: string): Promise<boolean> {
  const compared = await compareContent(live, other)
  return compared.same && compared.beyond.length === 0
}

/**
 * The live version laid out as the file: only what the file sets, in the file's key order, lists
 * item by item (items the file does not have kept whole). A diff of this with the file shows what
 * an import would change, not the blocks the platform fills in nor its key order.
 */
export async function liveLaidOutAsFile(live: string, file: string): Promise<string> {
  try {
    const [a, b] = await Promise.all([parseFlowFile(live), parseFlowFile(file)])
    if (a.key !== b.key) return live
    const { stringify } = await import('yaml')
    return stringify(
      { [a.key]: layOut(withoutExportMetadata(a.body), b.body) },
      { lineWidth: 0, aliasDuplicateObjects: false }
    )
  } catch {
    return live
  }
}

function layOut(live: unknown, file: unknown): unknown {
  if (Array.isArray(file) && Array.isArray(live))
    return live.map((item, i) => (i < file.length ? layOut(item, file[i]) : item))
  if (!isMapping(file) || !isMapping(live)) return live
  return Object.fromEntries(
    Object.keys(file)
      .filter((key) => !unset(live[key]) && !unset(file[key]))
      .map((key) => [key, layOut(live[key], file[key])])
  )
}

/** At most `max` paths for a sentence, and how many more there are. */
export function listPaths(paths: readonly string[], max = 8): string {
  const shown = paths.slice(0, max).join(', ')
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown
}
