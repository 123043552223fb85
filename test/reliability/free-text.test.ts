import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it/index.js'
import { run } from '../../src/main.js'
import { commentOnPullRequest } from '../../src/outputs/pr-comment.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeCore } from '../helpers/fake-core.js'
import { FakeGenesys } from '../helpers/fake-genesys.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { mainIvr } from '../helpers/emulator.js'
import { reportRow } from './rows.js'

/**
 * Property: free text (a flow's name, the change reference, the reason) full of markdown, HTML and
 * control characters is valid, passes through unchanged to the audit record and the webhook, and
 * reads as text in the job summary and the PR comment: the document has the same structure as with
 * plain text, and its text shows the value.
 */

const SEED = 11
const RUNS = 40
// GitHub renders raw HTML and tables; links are not auto-detected here (GitHub's autolinks make a
// URL clickable, which is still the URL as text).
const markdown = new MarkdownIt({ html: true, linkify: false })

const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '</td></tr></table>',
        '<details open>',
        '<!-- ',
        ' -->',
        '**bold**',
        '__under__',
        '*',
        '_',
        '`',
        '```',
        '~~gone~~',
        '$x^2$',
        '| cell |',
        '[link](https://evil.invalid)',
        '![img](https://evil.invalid/i.png)',
        '@octocat',
        '@acme/reviewers',
        '#1',
        '&amp;',
        '&lt;',
        '\\',
        '> quote',
        '- item',
        '\u0000',
        '\u0007',
        '\u001b[2J',
        '\u007f',
        '\r',
        '\n',
        '\t',
        '\r\n::error::injected'
      ),
      fc.string({ maxLength: 4 })
    ),
    { minLength: 1, maxLength: 10 }
  )
  .map((parts) => `x${parts.join('')}x`)

/** What the reader sees for a value: controls as their pictures, line breaks as spaces. */
function asRead(text: string): string {
  return text
    .replace(/\r?\n|\r|\t/g, ' ')
    .replace(/\p{Cc}/gu, (c) => {
      const code = c.charCodeAt(0)
      return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd'
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/** The document's shape: every token's type and tag, without text (text may differ, shape may not). */
function shape(tokens: Token[]): string[] {
  return tokens.flatMap((t) => [`${t.type}:${t.tag}`, ...(t.children ? shape(t.children) : [])])
}

/** The text a reader sees, joined, with the word joiner that keeps `@name` from notifying removed. */
function visibleText(tokens: Token[]): string {
  const parts: string[] = []
  const walk = (list: Token[]) => {
    for (const t of list) {
      if (t.type === 'text' || t.type === 'code_inline') parts.push(t.content)
      if (t.children) walk(t.children)
    }
  }
  walk(tokens)
  return parts
    .join(' ')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
}

let github: Awaited<ReturnType<typeof startGithubApi>>
before(async () => (github = await startGithubApi()))
after(() => github.close())

interface Rendered {
  summary: string
  comment: string
  webhookBody: Record<string, any>
  audit: Record<string, any>
}

/** A plan on a pull request, by flow name, with the webhook captured. */
async function planWith(name: string, changeReference: string, reason: string): Promise<Rendered> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'free-text-'))
  const summaryFile = path.join(dir, 'summary.md')
  writeFileSync(summaryFile, '')
  const clock = new FakeClock()
  const genesys = new FakeGenesys({ flows: [mainIvr({ name })] }, clock.now)
  const bodies: string[] = []
  github.comments.splice(0)
  const core = new FakeCore({
    'client-id': 'c',
    'client-secret': 's',
    region: 'us-east-1',
    'flow-name': name,
    'flow-type': 'inboundcall',
    mode: 'plan',
    'change-reference': changeReference,
    reason,
    'webhook-url': 'https://hooks.example.invalid/change',
    'webhook-format': 'json',
    'webhook-events': 'all',
    'audit-file': path.join(dir, 'audit.json'),
    'github-token': 'ghs_x'
  })
  await run({
    core,
    env: { RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summaryFile, ...pullRequestEnv(github.url) },
    clock,
    openSession: async () => genesys,
    sendWebhook: async (_url, body) => {
      bodies.push(body)
      return { status: 204 }
    },
    commentOnPullRequest
  })
  assert.equal(core.outputs.status, 'planned', core.text())
  return {
    summary: readFileSync(summaryFile, 'utf8'),
    comment: github.comments.at(-1)?.body ?? '',
    webhookBody: JSON.parse(bodies[0] ?? '{}'),
    audit: JSON.parse(readFileSync(path.join(dir, 'audit.json'), 'utf8'))
  }
}

describe('reliability: generated hostile free text', () => {
  it('flow names, change references and reasons pass through and render as text', async (t) => {
    const plain = await planWith('Plain name', 'Plain reference', 'Plain reason')
    const plainShape = {
      summary: shape(markdown.parse(plain.summary, {})),
      comment: shape(markdown.parse(plain.comment, {}))
    }
    const failures: string[] = []
    await fc
      .assert(
        fc.asyncProperty(hostile, hostile, hostile, async (name, changeReference, reason) => {
          const r = await planWith(name, changeReference, reason)
          const problems: string[] = []
          for (const [where, text] of [
            ['summary', r.summary],
            ['PR comment', r.comment]
          ] as const) {
            const tokens = markdown.parse(text, {})
            if (
              JSON.stringify(shape(tokens)) !==
              JSON.stringify(where === 'summary' ? plainShape.summary : plainShape.comment)
            )
              problems.push(`the ${where} changed shape`)
            if (!visibleText(tokens).includes(asRead(name)))
              problems.push(`the ${where} does not show the flow name as text`)
          }
          if (!visibleText(markdown.parse(r.summary, {})).includes(asRead(changeReference)))
            problems.push('the summary does not show the change reference as text')
          if (r.webhookBody.data?.flow?.name !== name) problems.push('the webhook changed the flow name')
          if (r.webhookBody.data?.changeReference !== changeReference)
            problems.push('the webhook changed the change reference')
          if (r.webhookBody.data?.reason !== reason) problems.push('the webhook changed the reason')
          if (r.audit.reason !== reason || r.audit.flow?.name !== name)
            problems.push('the audit record changed the text')
          if (problems.length) failures.push(...problems)
          assert.deepEqual(problems, [])
        }),
        { seed: SEED, numRuns: RUNS }
      )
      .catch((err) => failures.push(String(err)))
    reportRow(t, {
      kind: 'free-text',
      id: 'name-reference-reason',
      field: "flow-name (the flow's own name), change-reference, reason",
      generated: RUNS,
      expected:
        'passes through unchanged to the audit record and the webhook; the summary and the PR comment keep their markdown structure and show the text',
      held: failures.length === 0
    })
    assert.deepEqual(failures.slice(0, 3), [])
  })
})
