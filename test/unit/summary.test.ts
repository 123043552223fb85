import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { escapeCell } from '../../src/outputs/escape.js'
import { MAX_SUMMARY_BYTES, fitSummary, renderFlowSummary, writeSummary } from '../../src/outputs/summary.js'
import { renderReleaseSummary } from '../../src/outputs/release-summary.js'
import { buildReleaseRecord } from '../../src/audit/release-record.js'
import type { AuditRecord } from '../../src/audit/record.js'
import { sampleRecord } from '../helpers/records.js'

/** A flow the run never read: the login failed before any flow read. */
const neverRead = sampleRecord((o) => {
  o.status = 'failed'
  o.flow = undefined
  o.snapshot = undefined
  o.versions = {}
  o.operation = undefined
  o.publishRequestedAt = undefined
  o.error = { message: 'login failed: the host api.genesys.invalid could not be resolved' }
})

function release(records: AuditRecord[], mode: 'apply' | 'plan' = 'apply') {
  return buildReleaseRecord({
    releaseId: 'rel-1',
    startedAt: 0,
    now: 1_000,
    atomic: false,
    facts: { mode, region: 'mypurecloud.com', oauthClientId: 'client-1', github: {} },
    stages: [{ name: 'inbound', records, notRun: [] }],
    runRequests: 0,
    runCorrelationIds: []
  })
}

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

  it('shows "not read" for the versions of a flow the run never read, "none" for a flow read with nothing live', () => {
    const md = renderFlowSummary(neverRead)
    assert.match(md, /\| \(unresolved\) `?.*\| not read \| ❌ failed \|/)
    assert.doesNotMatch(md.split('<details>')[0]!, /none/)
    const nothingLive = renderFlowSummary(
      sampleRecord((o) => {
        o.status = 'failed'
        o.snapshot = {}
        o.versions = { target: '3.0' }
        o.error = { message: 'the switch failed' }
      })
    )
    assert.match(nothingLive, /\| none → 3\.0 \(live: none\) \| ❌ failed \|/)
    const releaseMd = renderReleaseSummary(release([sampleRecord(), neverRead]), [], false)
    assert.match(releaseMd, /\| inbound \| \(unresolved\)[^|]*\| not read \| ❌ failed \|/)
    assert.match(releaseMd, /\| inbound \| Main IVR[^|]*\| 2\.0 → 3\.0 \| ✅ switched \|/)
  })

  it('shows a note every flow of a release carries once, above the table; other notes in their flow', () => {
    const note = 'Webhook skipped: plans post no event'
    const a = sampleRecord((o) => {
      o.status = 'planned'
      o.notes = [note, 'only on a']
    })
    const b = sampleRecord((o) => {
      o.status = 'planned'
      o.notes = [note]
    })
    const md = renderReleaseSummary(release([a, b], 'plan'), [], false)
    assert.equal(md.split(note).length - 1, 1, md)
    assert.ok(md.indexOf(note) < md.indexOf('| Stage |'))
    assert.match(md, /<details><summary>[^<]*Main IVR: planned<\/summary>\n\n> only on a/)
  })
})

describe('job summary: validation by the platform', () => {
  const message = (severity: 'error' | 'warning' | 'unknown', text: string, type: string = severity) => ({
    flowId: '5d3a2f7e-1111-4c4c-9a9a-0123456789ab',
    flowName: 'Main IVR',
    version: '3.0',
    type,
    severity,
    text
  })

  it('lists errors first, escaped, naming the flow and version', () => {
    const md = renderFlowSummary(
      sampleRecord((o) => {
        o.validation = {
          verdict: 'failed',
          jobs: [{ id: 'job-1', status: 'Success' }],
          messages: [
            message('warning', 'Prompt *Welcome* has no fallback', 'Warning'),
            message('error', '<img src=x onerror=alert(1)> | @octocat', 'Error')
          ]
        }
      })
    )
    const lines = md.split('\n')
    const error = lines.indexOf('- ❌ Error · Main IVR 3.0: &lt;img src=x onerror=alert(1)&gt; &#124; @\u2060octocat')
    const warning = lines.indexOf('- ⚠️ Warning · Main IVR 3.0: Prompt \\*Welcome\\* has no fallback')
    assert.ok(error > 0 && warning > error, md)
    assert.match(md, /\*\*Validation by the platform:\*\* ❌ failed\n/)
  })

  it('says why it was skipped, shows nothing when it passed without a word or was off, and caps what it lists', () => {
    const skipped = renderFlowSummary(
      sampleRecord((o) => {
        o.validation = { verdict: 'skipped', reason: 'HTTP 404 <not.found>', jobs: [], messages: [] }
      })
    )
    assert.match(skipped, /\*\*Validation by the platform:\*\* ⚠️ skipped: HTTP 404 &lt;not\.found&gt;/)
    for (const validation of [
      { verdict: 'passed' as const, jobs: [{ id: 'job-1', status: 'Success' }], messages: [] },
      { verdict: 'skipped' as const, reason: 'validate: off', jobs: [], messages: [] }
    ])
      assert.doesNotMatch(renderFlowSummary(sampleRecord((o) => (o.validation = validation))), /Validation by/)
    const many = renderFlowSummary(
      sampleRecord((o) => {
        o.validation = {
          verdict: 'passed',
          jobs: [],
          messages: Array.from({ length: 23 }, (_, i) => message('warning', `warning ${i}`, 'Warning'))
        }
      })
    )
    assert.equal(many.split('\n').filter((l) => l.startsWith('- ⚠️ Warning')).length, 20)
    assert.match(many, /- … 3 more in the audit record \(`validation`\)/)
  })

  it('shows a release’s messages once, with the flow each names', () => {
    const shared = {
      ...message('warning', 'applies to no flow in particular', 'Warning'),
      flowId: null,
      flowName: null,
      version: null
    }
    const flows = ['Main IVR', 'Billing IVR'].map((name) =>
      sampleRecord((o) => {
        o.flow = { ...o.flow!, name }
        o.validation = {
          verdict: name === 'Billing IVR' ? 'failed' : 'passed',
          jobs: [{ id: 'job-1', status: 'Success' }],
          messages: [
            shared,
            ...(name === 'Billing IVR' ? [{ ...message('error', 'no queue', 'Error'), flowName: name }] : [])
          ]
        }
      })
    )
    const md = renderReleaseSummary(release(flows))
    assert.match(md, /\*\*Validation by the platform:\*\* ❌ failed for 1 of 2 flows/)
    assert.match(
      md,
      /- ❌ Error · Billing IVR 3\.0: no queue\n- ⚠️ Warning · flow not named: applies to no flow in particular\n/
    )
  })
})
