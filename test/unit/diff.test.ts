import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it/index.js'
import { countsLine, diffCounts, loadDiff, renderDiffs, type FlowFiles } from '../../src/outputs/diff.js'

// GitHub renders raw HTML; as in the free-text reliability test.
const markdown = new MarkdownIt({ html: true, linkify: false })

/** An Archy-like flow file of `tasks` tasks; every `every`th task's prompt carries `salt`. */
function flowFile(tasks: number, salt: string, every: number): string {
  const lines = [
    'inboundCall:',
    '  name: Main IVR',
    '  division: Home',
    '  startUpRef: "/inboundCall/tasks/task[t0]"',
    '  tasks:'
  ]
  for (let i = 0; i < tasks; i++)
    lines.push(
      `    - task:`,
      `        name: Task ${i}`,
      `        refId: t${i}`,
      `        actions:`,
      `          - playAudio:`,
      `              name: Play prompt ${i}`,
      `              audio: Tts("Welcome to step ${i}${i % every === 0 ? ` ${salt}` : ''}")`,
      `          - transferToAcd:`,
      `              name: Transfer ${i}`,
      `              targetQueue:`,
      `                lit:`,
      `                  name: Queue ${i % 17}`
    )
  return `${lines.join('\n')}\n`
}

function flow(title: string, before: string, after: string): FlowFiles {
  return { title, before, after, beforeLabel: 'live 2.0', afterLabel: 'target 3.0' }
}

/** The diff lines as the reader sees them: the <pre>'s text, entities decoded, word joiners removed. */
function preText(md: string): string[] {
  return [...md.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].flatMap((m) => decode(m[1]!).split('\n'))
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '')
}

function shape(tokens: Token[]): string[] {
  return tokens.flatMap((t) => [`${t.type}:${t.tag}`, ...(t.children ? shape(t.children) : [])])
}

function thousands(n: number): string {
  return n.toLocaleString('en-US')
}

/** Every opened element closed, in a document within `budget`. */
function assertWellFormed(md: string, budget: number): void {
  assert.ok(md.length <= budget, `${md.length} > ${budget}`)
  for (const tag of ['details', 'summary', 'pre'])
    assert.equal(md.split(`<${tag}>`).length, md.split(`</${tag}>`).length, `<${tag}> unbalanced`)
  // No entity cut in half: every & starts one of the entities the escaping writes.
  assert.doesNotMatch(md, /&(?!amp;|lt;|gt;|quot;|#39;|#124;)/)
}

before(loadDiff)

describe('flow file diff', () => {
  it('shows a changed line as - and + inside <pre>, with three lines of context and the labels', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n'
    const after = before.replace('line 10\n', 'line ten\n')
    const { markdown: md, cut } = renderDiffs([flow('Main IVR', before, after)], 65_536)
    assert.equal(cut, false)
    assert.match(md, /^<details><summary>Main IVR: live 2\.0 → target 3\.0 · \+1 −1 lines<\/summary>\n\n<pre>/)
    assert.deepEqual(preText(md), [
      '--- live 2.0',
      '+++ target 3.0',
      '@@ -7,7 +7,7 @@',
      ' line 7',
      ' line 8',
      ' line 9',
      '-line 10',
      '+line ten',
      ' line 11',
      ' line 12',
      ' line 13'
    ])
    assert.ok(md.endsWith('</pre>\n\n</details>'))
    assert.deepEqual(diffCounts(before, after), { added: 1, removed: 1 })
    assert.equal(countsLine({ added: 1234, removed: 3 }), '+1,234 −3 lines')
  })

  it('says "no change" for identical files, without a block', () => {
    const file = flowFile(5, '', 1)
    const { markdown: md, cut } = renderDiffs([flow('Main IVR', file, file)], 65_536)
    assert.equal(cut, false)
    assert.doesNotMatch(md, /<pre>|<details>/)
    assert.equal(md, 'Main IVR: no change in the flow file (live 2.0 → target 3.0).')
    assert.deepEqual(diffCounts(file, file), { added: 0, removed: 0 })
  })

  it('cuts the diff of a 200 KB flow file at a line boundary to the budget, with the counts in a note', () => {
    const before = flowFile(650, 'old', 2)
    const after = flowFile(650, 'new', 2)
    assert.ok(before.length > 200_000, `${before.length}`)
    const total =
      createTwoFilesPatch('live 2.0', 'target 3.0', before, after, undefined, undefined, {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY
      }).split('\n').length - 1
    const full = renderDiffs([flow('Main IVR', before, after)], Infinity)
    assert.ok(full.markdown.length > 60_000, 'the whole diff must not fit, or nothing is tested')
    assert.equal(preText(full.markdown).length, total)

    const { markdown: md, cut } = renderDiffs([flow('Main IVR', before, after)], 60_000, {
      whereWhole: 'The whole diff is in the job summary.'
    })
    assert.equal(cut, true)
    assertWellFormed(md, 60_000)
    const lines = preText(md)
    const marker = lines.pop()!
    const shown = lines.length
    assert.deepEqual(lines, preText(full.markdown).slice(0, shown), 'a prefix of the whole diff, in whole lines')
    assert.equal(marker, `… ${thousands(total - shown)} more lines not shown`)
    assert.ok(
      md.endsWith(
        `</pre>\n\n</details>\n\n_Diff cut to fit the size limit:_ ${thousands(total - shown)} of ${thousands(total)} diff lines not shown. The whole diff is in the job summary.`
      ),
      md.slice(-300)
    )
    // Little of the budget is left unused: less than one more line would take.
    assert.ok(60_000 - md.length < 120, `${60_000 - md.length} characters unused`)
    const diffs = diffCounts(before, after)!
    assert.match(md, new RegExp(`· ${countsLine(diffs).replace('+', '\\+')}</summary>`))
    assert.equal(diffs.added, Math.ceil(650 / 2))
  })

  it('shares the budget between flows in order and names a flow that got no room', () => {
    const items = [
      flow('Main IVR', flowFile(60, 'a', 3), flowFile(60, 'b', 3)),
      flow('After hours', flowFile(60, 'c', 3), flowFile(60, 'd', 3)),
      flow('Billing', flowFile(60, 'e', 3), flowFile(60, 'f', 3))
    ]
    const alone = items.map((item) => renderDiffs([item], Infinity).markdown)
    const budget = alone[0]!.length + 2 + Math.floor(alone[1]!.length / 2)
    const { markdown: md, cut } = renderDiffs(items, budget)
    assert.equal(cut, true)
    assertWellFormed(md, budget)
    assert.ok(md.startsWith(`${alone[0]}\n\n<details><summary>After hours:`), 'the first flow whole, then the second')
    assert.doesNotMatch(md, /<summary>Billing/)
    const blocks = md.split('<pre>').length - 1
    assert.equal(blocks, 2)
    const lines = alone.map((a) => preText(a).length)
    const shownOfSecond = preText(md).length - lines[0]! - 1
    assert.ok(shownOfSecond > 0 && shownOfSecond < lines[1]!)
    assert.ok(
      md.endsWith(
        `_Diff cut to fit the size limit:_ ${thousands(lines[1]! - shownOfSecond + lines[2]!)} of ${thousands(lines[0]! + lines[1]! + lines[2]!)} diff lines not shown; no room for Billing.`
      ),
      md.slice(-300)
    )
    assert.ok(budget - md.length < 120, `${budget - md.length} characters unused`)
  })

  it('stays within any budget, whole lines and closed tags, in characters or in bytes', () => {
    const items = [
      flow('Ünïcode 🎉', flowFile(8, 'é🎉<&>', 2), flowFile(8, 'ü🎉"', 3)),
      flow('Same', 'x\n', 'x\n'),
      flow('Third', flowFile(6, 'a', 2), flowFile(6, 'b', 2))
    ]
    const whole = renderDiffs(items, Infinity).markdown
    const budgets = [...Array(Math.ceil(whole.length / 13)).keys()].map((i) => i * 13)
    for (let budget = whole.length - 80; budget <= whole.length + 10; budget++) budgets.push(budget)
    for (const budget of budgets) {
      const chars = renderDiffs(items, budget)
      assertWellFormed(chars.markdown, budget)
      assert.equal(chars.cut, budget < whole.length)
      const bytes = renderDiffs(items, budget, { unit: 'bytes' })
      assert.ok(Buffer.byteLength(bytes.markdown) <= budget)
      assertWellFormed(bytes.markdown, budget)
    }
    assert.equal(renderDiffs(items, 40).markdown, '_Diff cut to fit the size limit._')
    assert.equal(renderDiffs(items.slice(1, 2), 55).markdown, '_Diff cut to fit the size limit:_ no room for Same.')
  })

  it('renders hostile flow content as text: no element, no mention, controls visible', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '</pre></details><img src=x onerror=alert(1)>',
      '<!-- hidden',
      'owner: @acme/reviewers and @octocat, see #123',
      '| cell | `code` ```fence',
      'nul\u0000esc\u001b[2Jdel\u007fbidi\u202eevil\u200bzw',
      'already &amp; &lt;b&gt; &#64;x',
      '@@ -1,1 +1,1 @@ not a hunk'
    ]
    const before = `name: plain\n${hostile.map((h) => `old: ${h}`).join('\n')}\nend: true\n`
    const after = `name: plain\n${hostile.map((h) => `new: ${h}`).join('\n')}\nend: true\n`
    const title = '<b>Main</b> @octocat #7 \u001b'
    const { markdown: md } = renderDiffs(
      [{ title, before, after, beforeLabel: 'live <1>', afterLabel: 'target @me' }],
      65_536
    )
    const plain = renderDiffs([flow('Main IVR', 'a: 1\nb: 2\n', 'a: 1\nb: 3\n')], 65_536).markdown

    const tokens = markdown.parse(md, {})
    assert.deepEqual(shape(tokens), shape(markdown.parse(plain, {})), 'the same document as plain text')
    // The only tags are the block's own.
    assert.doesNotMatch(md.replace(/<\/?(details|summary|pre)>/g, ''), /</)
    assert.doesNotMatch(markdown.render(md), /<script|<img|<!--/i)
    assert.doesNotMatch(md, /[^\P{Cc}\n]|[\u202e\u200b]/u, 'no control or invisible character left')

    // What a reader sees: the flow file's characters, controls as pictures, and no mention or reference.
    const seen = (text: string) =>
      text
        .replaceAll('\u0000', '\u2400')
        .replaceAll('\u001b', '\u241b')
        .replaceAll('\u007f', '\u2421')
        .replaceAll('\u202e', '<U+202E>')
        .replaceAll('\u200b', '<U+200B>')
    assert.deepEqual(preText(md), [
      '--- live <1>',
      '+++ target @me',
      '@@ -1,10 +1,10 @@',
      ' name: plain',
      ...hostile.map((h) => `-old: ${seen(h)}`),
      ...hostile.map((h) => `+new: ${seen(h)}`),
      ' end: true'
    ])
    const summary = md.match(/<summary>(.*)<\/summary>/)![1]!
    assert.equal(decode(summary), '<b>Main</b> @octocat #7 \u241b: live <1> → target @me · +8 −8 lines')
    assert.doesNotMatch(md, /@[\w-]/, 'an @ directly before a name notifies')
    assert.doesNotMatch(md, /#\d/, 'a # directly before a number links an issue')
    assert.match(md, /@@ -1,10 \+1,10 @@/, 'the hunk header stays as it is')
    assert.match(md, /&amp;amp; &amp;lt;b&amp;gt; &amp;#\u206064;x/, 'entities in the file show as written')
  })

  it('gives up on a diff too costly to compute, quickly, with a sentence instead', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n')
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join('\n')
    const started = Date.now()
    const { markdown: md } = renderDiffs([flow('Main IVR', before, after)], 65_536)
    assert.ok(Date.now() - started < 5000)
    assert.equal(md, 'Main IVR (live 2.0 → target 3.0): more than 2,000 lines changed, too many to show as a diff.')
    assert.equal(diffCounts(before, after), undefined)
    // One side empty costs nothing: shown whatever its length.
    assert.deepEqual(diffCounts('', after), { added: 3000, removed: 0 })
  })
})
