import type { StructuredPatch } from 'diff'
import { escapeCell, escapePre } from './escape.js'

let jsdiff: typeof import('diff') | undefined

/**
 * Loads jsdiff once. The summary, diffs included, is written synchronously (also from a SIGTERM
 * handler), so a run with a diff to show awaits this before writing it; the others never load it.
 */
export async function loadDiff(): Promise<void> {
  jsdiff ??= await import('diff')
}

/**
 * The version diff of a plan: two exported flow files as a unified diff, collapsed, for the job
 * summary and the PR comment, inside a size budget that every flow of a manifest shares.
 */

/** One flow's two files (Archy YAML), and what to call each side (`live 2.0`, `target 3.0`). */
export interface FlowFiles {
  title: string
  before: string
  after: string
  beforeLabel: string
  afterLabel: string
}

export interface DiffCounts {
  added: number
  removed: number
}

export interface DiffRenderOptions {
  /**
   * What the budget counts: `chars` (UTF-16 code units, never fewer than the characters GitHub
   * counts: the PR comment's limit) or `bytes` (UTF-8: the job summary's limit). Default `chars`.
   */
  unit?: 'chars' | 'bytes'
  /** Markdown, added as it is to the note on a cut: where the whole diff is. */
  whereWhole?: string
}

export interface RenderedDiffs {
  markdown: string
  /** Some diff lines, or whole flows, did not fit the budget. */
  cut: boolean
}

const CONTEXT_LINES = 3

/**
 * jsdiff's cost grows with the square of the changed lines (measured: 5,000 took 4 s, 48,000 over
 * three minutes), so past this many inserted plus removed lines a flow gets a sentence instead of
 * a diff. A diff that long would not fit a PR comment anyway.
 */
const MAX_CHANGED_LINES = 2000

/** A cut block shows at least its file headers, a hunk header and one line, or nothing. */
const MIN_SHOWN_LINES = 4

/** Inserted and removed lines, or undefined when more than MAX_CHANGED_LINES changed. */
export function diffCounts(before: string, after: string): DiffCounts | undefined {
  if (before === after) return { added: 0, removed: 0 }
  if (!jsdiff) throw new Error('diffCounts needs loadDiff() first')
  const patch = computePatch(jsdiff, before, after)
  return patch && countsOf(patch)
}

/** `+12 −3 lines`. */
export function countsLine(counts: DiffCounts): string {
  return `+${thousands(counts.added)} \u2212${thousands(counts.removed)} lines`
}

/**
 * The diffs of several flows within `budget` (what the caller has left of its limit), in order:
 * each flow gets what the ones before it left, cut at a line boundary. A cut ends with a note that
 * says how many lines and which flows are not shown.
 */
export function renderDiffs(
  items: readonly FlowFiles[],
  budget: number,
  options: DiffRenderOptions = {}
): RenderedDiffs {
  const measure = options.unit === 'bytes' ? (s: string) => Buffer.byteLength(s) : (s: string) => s.length
  const pieces = items.map(prepare)
  const all = layout(pieces, budget, measure)
  if (!all.cut) return { markdown: all.parts.join('\n\n'), cut: false }
  // The note's length depends on what was cut, and what is cut on the room the note leaves:
  // reserve what the last note took until one fits. Shorter notes are for tiny budgets.
  for (const detail of ['full', 'no names', 'minimal'] as const) {
    for (let reserve = 0; reserve <= budget;) {
      const shown = layout(pieces, budget - reserve, measure)
      const note = cutNote(shown, detail, options.whereWhole)
      const markdown = [...shown.parts, note].join('\n\n')
      if (measure(markdown) <= budget) return { markdown, cut: true }
      reserve = Math.max(reserve + 1, measure(note) + (shown.parts.length ? 2 : 0))
    }
  }
  return { markdown: '', cut: true }
}

type Piece =
  | { kind: 'sentence'; title: string; text: string }
  | { kind: 'block'; title: string; head: string; lines: string[]; tail: string }

function prepare(item: FlowFiles): Piece {
  const sides = `${escapeCell(item.beforeLabel)} → ${escapeCell(item.afterLabel)}`
  if (item.before === item.after)
    return {
      kind: 'sentence',
      title: item.title,
      text: `${escapeCell(item.title)}: no change in the flow file (${sides}).`
    }
  if (!jsdiff)
    return { kind: 'sentence', title: item.title, text: `${escapeCell(item.title)} (${sides}): the diff was not made.` }
  const patch = computePatch(jsdiff, item.before, item.after)
  if (!patch)
    return {
      kind: 'sentence',
      title: item.title,
      text: `${escapeCell(item.title)} (${sides}): more than ${thousands(MAX_CHANGED_LINES)} lines changed, too many to show as a diff.`
    }
  const hunks = jsdiff.formatPatch(patch, jsdiff.OMIT_HEADERS).split('\n').slice(0, -1)
  return {
    kind: 'block',
    title: item.title,
    head: `<details><summary>${inline(item.title)}: ${inline(item.beforeLabel)} → ${inline(item.afterLabel)} · ${countsLine(countsOf(patch))}</summary>\n\n<pre>`,
    lines: [`--- ${oneLine(item.beforeLabel)}`, `+++ ${oneLine(item.afterLabel)}`, ...hunks].map(preLine),
    tail: '</pre>\n\n</details>'
  }
}

function computePatch(
  { structuredPatch }: typeof import('diff'),
  before: string,
  after: string
): StructuredPatch | undefined {
  // With one side empty the diff is one insertion or deletion and costs nothing: no cap.
  return before && after
    ? structuredPatch('', '', before, after, undefined, undefined, {
        context: CONTEXT_LINES,
        maxEditLength: MAX_CHANGED_LINES
      })
    : structuredPatch('', '', before, after, undefined, undefined, { context: CONTEXT_LINES })
}

function countsOf(patch: StructuredPatch): DiffCounts {
  const counts = { added: 0, removed: 0 }
  for (const hunk of patch.hunks)
    for (const line of hunk.lines) {
      if (line.startsWith('+')) counts.added++
      else if (line.startsWith('-')) counts.removed++
    }
  return counts
}

interface Layout {
  parts: string[]
  shownLines: number
  totalLines: number
  omitted: string[]
  cut: boolean
}

function layout(pieces: readonly Piece[], room: number, measure: (s: string) => number): Layout {
  const out: Layout = { parts: [], shownLines: 0, totalLines: 0, omitted: [], cut: false }
  let left = room
  const push = (part: string) => {
    left -= measure(part) + (out.parts.length ? 2 : 0)
    out.parts.push(part)
  }
  for (const piece of pieces) {
    const separator = out.parts.length ? 2 : 0
    if (piece.kind === 'sentence') {
      if (measure(piece.text) + separator <= left) push(piece.text)
      else out.omitted.push(piece.title)
      continue
    }
    const { head, lines, tail } = piece
    out.totalLines += lines.length
    const whole = `${head}${lines.join('\n')}${tail}`
    if (measure(whole) + separator <= left) {
      push(whole)
      out.shownLines += lines.length
      continue
    }
    // Whole lines only, so no entity is split and the closing tags always follow.
    let room = left - separator - measure(head) - measure(tail) - measure(moreLines(lines.length))
    let shown = 0
    while (shown < lines.length && measure(lines[shown]!) + 1 <= room) room -= measure(lines[shown++]!) + 1
    if (shown >= Math.min(MIN_SHOWN_LINES, lines.length)) {
      push(`${head}${lines.slice(0, shown).join('\n')}\n${moreLines(lines.length - shown)}${tail}`)
      out.shownLines += shown
    } else {
      out.omitted.push(piece.title)
    }
  }
  out.cut = out.omitted.length > 0 || out.shownLines < out.totalLines
  return out
}

function moreLines(count: number): string {
  return `… ${thousands(count)} more lines not shown`
}

function cutNote(shown: Layout, detail: 'full' | 'no names' | 'minimal', whereWhole: string | undefined): string {
  if (detail === 'minimal') return '_Diff cut to fit the size limit._'
  const parts: string[] = []
  if (shown.shownLines < shown.totalLines)
    parts.push(
      `${thousands(shown.totalLines - shown.shownLines)} of ${thousands(shown.totalLines)} diff lines not shown`
    )
  if (shown.omitted.length)
    parts.push(
      detail === 'full'
        ? `no room for ${shown.omitted.map((title) => escapeCell(title)).join(', ')}`
        : `no room for ${thousands(shown.omitted.length)} flow${shown.omitted.length === 1 ? '' : 's'}`
    )
  return `_Diff cut to fit the size limit:_ ${parts.join('; ')}.${whereWhole ? ` ${whereWhole}` : ''}`
}

/**
 * One diff line as text inside <pre>: the line's own characters, escaped for HTML only (a table
 * cell's escaping would join the lines), controls visible, mentions and issue references inert.
 */
function preLine(line: string): string {
  return inert(escapePre(visible(line)))
}

/** Text in the <summary> line: HTML, not markdown, and a line break there would end the block. */
function inline(text: string): string {
  return preLine(oneLine(text))
}

function oneLine(text: string): string {
  return text.replace(/\r?\n|\r|\t/g, ' ')
}

/**
 * Control characters as their Unicode pictures, as escape.ts shows them in table cells, except the
 * tab, which <pre> shows as the space it is. Bidirectional overrides and zero-width characters
 * too, as `<U+202E>`: a reviewer must see why a changed line looks unchanged or reads backwards.
 */
function visible(text: string): string {
  return text
    .replace(/\p{Cc}/gu, (c) => {
      const code = c.charCodeAt(0)
      if (c === '\t') return c
      return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd'
    })
    .replace(
      /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g,
      (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`
    )
}

/**
 * A word joiner after `@` and `#` before a name or a number, as escapeCell does: GitHub must not
 * notify `@user` or `@org/team`, nor link `#123`. `@@ -1,3 +1,4 @@` stays as it is.
 */
function inert(text: string): string {
  return text.replace(/@(?=[\w-])/g, '@\u2060').replace(/#(?=\d)/g, '#\u2060')
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
