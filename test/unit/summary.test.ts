import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { escapeCell } from '../../src/outputs/escape.js'
import { MAX_SUMMARY_BYTES, fitSummary, renderFlowSummary, writeSummary } from '../../src/outputs/summary.js'
import { sampleRecord } from '../helpers/records.js'

describe('job summary', () => {
  it('shows flow, from → to, result, latency, checks, retries, correlation ids and the run link', () => {
    const md = renderFlowSummary(sampleRecord())
    assert.match(md, /Main IVR · inboundcall/)
    assert.match(md, /\| 2\.0 → 3\.0 \| ✅ switched \| 1\.50 s \|/)
    assert.match(md, /\| flow found \| ✅ pass \| Main IVR \|/)
    assert.match(md, /\*\*Retries:\*\* 1 \(waited 2\.00 s\)/)
    assert.match(md, /<code>c1<\/code> <code>c2<\/code>/)
    assert.match(md, /\[42\]\(https:\/\/github\.com\/acme\/cx-flows\/actions\/runs\/42\)/)
    assert.match(md, /<details><summary>Audit record \(JSON\)<\/summary>/)
  })

  it('renders a hostile flow name as text', () => {
    const md = renderFlowSummary(
      sampleRecord((o) => {
        o.flow!.name = '<script>alert(1)</script> | [x](https://evil.invalid)'
      })
    )
    assert.doesNotMatch(md, /<script>/)
    assert.match(md, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &#124; \\\[x\\\]\(https:\/\/evil\.invalid\)/)
    const table = md.split('\n').find((l) => l.includes('alert'))!
    assert.equal(table.split('|').length, 6, 'the name must not add table columns')
  })

  it('escapes what markdown and HTML would interpret', () => {
    assert.equal(escapeCell('a|b\nc <b> & `x`'), 'a&#124;b c &lt;b&gt; &amp; \\`x\\`')
    assert.equal(escapeCell('~~old~~ $x$'), '\\~\\~old\\~\\~ \\$x\\$')
  })

  it('shows control characters as their pictures and keeps @mentions from notifying', () => {
    assert.equal(escapeCell('a\u001b[2Jb\u0000\u007f'), 'a\u241b\\[2Jb\u2400\u2421')
    assert.equal(escapeCell('ping @acme/reviewers, mail a@b'), 'ping @\u2060acme/reviewers, mail a@\u2060b')
  })

  it('shows the error and the rollback of a failed switch', () => {
    const md = renderFlowSummary(
      sampleRecord((o) => {
        o.status = 'rolled-back'
        o.versions.published = '2.0'
        o.rollback = { attempted: true, version: '2.0', status: 'restored' }
        o.error = { message: 'the publish of 3.0 left version 1.0 live instead; rolled back' }
      })
    )
    assert.match(md, /↩️ Genesys Cloud flow promotion: rolled back/)
    assert.match(md, /2\.0 → 3\.0 \(live: 2\.0\)/)
    assert.match(md, /\*\*Rollback:\*\* to 2\.0: restored/)
  })

  it('drops the collapsed record before going over the runner limit', () => {
    const huge = 'x'.repeat(MAX_SUMMARY_BYTES + 10)
    const fitted = fitSummary(huge, () => 'short')
    assert.match(fitted, /^short/)
    assert.ok(Buffer.byteLength(fitted) <= MAX_SUMMARY_BYTES)
  })

  it('appends to GITHUB_STEP_SUMMARY, and logs instead where there is none', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sum-')), 'summary.md')
    writeFileSync(file, 'before\n')
    const logged: string[] = []
    writeSummary('hello', { GITHUB_STEP_SUMMARY: file }, { info: (m) => logged.push(m) })
    assert.equal(readFileSync(file, 'utf8'), 'before\nhello\n')
    assert.equal(logged.length, 0)
    writeSummary('hello', {}, { info: (m) => logged.push(m) })
    assert.match(logged[0]!, /GITHUB_STEP_SUMMARY is not set/)
    assert.equal(logged[1], 'hello')
  })
})
