import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import MarkdownIt from 'markdown-it'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'

const BILLING = { name: 'Billing', type: 'QUEUE', id: 'b1111111-0000-4000-8000-000000000001', deleted: true }

/** A flow file of `lines` menu entries; the prompts of those `changed` picks say `say` instead of "Welcome". */
function flowFile(say: string, lines: number, extra = '', changed = (_i: number) => true): string {
  const menus = Array.from(
    { length: lines },
    (_, i) =>
      `    - prompt${i}: ${JSON.stringify(`${changed(i) ? say : 'Welcome'} ${i} ${'to the contact centre '.repeat(3)}`)}`
  )
  return `inboundCall:\n  name: "Main IVR"\n${extra}  menus:\n${menus.join('\n')}\n`
}

describe('bundle: what a plan shows (dependencies, diff, authors)', () => {
  it('a deleted queue: the plan fails naming it, apply refuses with zero writes', async () => {
    await withEmulator({ flows: [mainIvr({ dependencies: { '3.0': [BILLING] } })] }, async (emu) => {
      const plan = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan' })
      assert.equal(plan.exitCode, 1)
      assert.equal(plan.outputs.status, 'failed')
      assert.match(plan.stdout, /::error::failed: 3\.0 consumes what no longer exists: QUEUE "Billing"/)
      const apply = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(apply.outputs.status, 'failed')
      assert.match(apply.summary, /QUEUE &quot;Billing&quot; \(id b1111111-0000-4000-8000-000000000001\)/)
      assert.equal(emu.writes().length, 0)
    })
  })

  it('a 403 on dependency tracking: the plan passes, the check is skipped with the permission named', async () => {
    const scenario = {
      flows: [mainIvr({ dependencies: { '3.0': [BILLING] } })],
      faults: [
        {
          match: { path: '/api/v2/architect/dependencytracking/*' },
          status: 403,
          code: 'missing.permissions',
          times: 0
        }
      ]
    }
    await withEmulator(scenario, async (emu) => {
      const plan = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan' })
      assert.equal(plan.exitCode, 0, plan.stdout)
      assert.equal(plan.outputs.status, 'planned')
      assert.match(
        plan.summary,
        /\| dependencies \| ⚠️ skipped \| not checked: the OAuth client lacks architect:dependencyTracking:view/
      )
    })
  })

  it('on a pull request: the changed lines in the comment and the summary; who made each version', async () => {
    const github = await startGithubApi()
    try {
      const content = { '2.0': flowFile('Welcome', 5), '3.0': flowFile('Welcome', 5).replace('Welcome 2', 'Hello 2') }
      await withEmulator(
        { flows: [mainIvr({ content, creators: { '3.0': { user: { id: 'u-7', name: 'Dana' } } } })] },
        async (emu) => {
          const run = await runBundle(
            emu.url,
            { 'flow-id': FLOW_ID, mode: 'plan' },
            { env: pullRequestEnv(github.url) }
          )
          assert.equal(run.exitCode, 0, run.stdout)
          const comment = github.comments[0]!.body
          for (const text of [comment, run.summary]) {
            assert.match(text, /^- {4}- prompt2: "Welcome 2 to the/m)
            assert.match(text, /^\+ {4}- prompt2: "Hello 2 to the/m)
            assert.match(text, /target 3\.0: user Dana \(u-7\)/)
          }
          assert.match(comment, /live 2\.0 → target 3\.0 · \+1 −1 lines/, 'export metadata is not a change')
          assert.equal(emu.writes().length, 0, 'export jobs are reads')
        }
      )
    } finally {
      await github.close()
    }
  })

  it('a 200 KB flow file: the diff is cut with a note, the comment stays under GitHub’s limit, hostile text stays text', async () => {
    const github = await startGithubApi()
    try {
      const hostile = '  description: "<script>alert(1)</script> </pre></details> @org/admins <!-- |x| `y`"\n'
      // A third of 2,100 lines change: within what the diff computes, far over what a comment holds.
      const content = {
        '2.0': flowFile('Welcome', 2100),
        '3.0': flowFile('Goodbye', 2100, hostile, (i) => i % 3 === 0)
      }
      assert.ok(content['3.0'].length > 200_000, `${content['3.0'].length} characters`)
      await withEmulator({ flows: [mainIvr({ content })] }, async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan' }, { env: pullRequestEnv(github.url) })
        assert.equal(run.exitCode, 0, run.stdout)
        const comment = github.comments[0]!.body
        assert.ok(comment.length <= 65_536, `the comment has ${comment.length} characters`)
        assert.match(comment, /Diff cut to fit the size limit/)
        for (const text of [comment, run.summary]) {
          const html = new MarkdownIt({ html: true }).render(text)
          assert.ok(!/<script/i.test(html), 'no script element')
          assert.ok(!html.includes('@org/admins'), 'the mention is defused')
          assert.ok(text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the hostile line is shown, as text')
          assert.ok(text.includes('@\u2060org/admins'), 'the mention is shown, defused')
        }
      })
    } finally {
      await github.close()
    }
  })
})

describe('bundle: mode check (drift)', () => {
  it('in-sync, drifted, and in-sync after a restore, with zero writes', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const inSync = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'check', 'target-version': '2.0' })
      assert.equal(inSync.exitCode, 0, inSync.stdout)
      assert.equal(inSync.outputs.status, 'in-sync')
      const drifted = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'check' })
      assert.equal(drifted.exitCode, 1)
      assert.equal(drifted.outputs.status, 'drifted')
      assert.match(drifted.stdout, /::error::drifted: 2\.0 is live, not 3\.0 \(live since /)
      assert.equal(emu.writes().length, 0)

      // A restore puts 1.0's content live as 4.0: a check against 1.0 is in sync.
      const restored = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '1.0' })
      assert.equal(restored.outputs['published-version'], '4.0')
      const writes = emu.writes().length
      const afterRestore = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'check', 'target-version': '1.0' })
      assert.equal(afterRestore.outputs.status, 'in-sync', afterRestore.stdout)
      assert.match(afterRestore.stdout, /^live 4\.0 holds 1\.0 · in-sync in [\d.]+ s$/m)
      // Against 3.0 it has drifted, and the message says whose content 4.0 holds.
      const restoredDrift = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'check', 'target-version': '3.0' })
      assert.equal(restoredDrift.outputs.status, 'drifted')
      assert.match(restoredDrift.stdout, /::error::drifted: 4\.0 is live, with the content of 1\.0, not 3\.0/)
      assert.equal(emu.writes().length, writes)
    })
  })

  it('a manifest: every flow checked, the release drifted when one is', async () => {
    const second = '5d3a2f7e-2222-4c4c-9a9a-0123456789ab'
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-')), 'flows.yml')
    writeFileSync(
      file,
      `flows:\n  - { flow-id: ${FLOW_ID}, target-version: "2.0" }\n  - { flow-id: ${second}, target-version: "1.0" }\n`
    )
    await withEmulator({ flows: [mainIvr(), { ...mainIvr(), id: second, name: 'Second' }] }, async (emu) => {
      const run = await runBundle(emu.url, { manifest: file, mode: 'check' })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'drifted')
      const release = run.audit as { flows: { status: string }[]; counts: Record<string, number> }
      assert.deepEqual(
        release.flows.map((f) => f.status),
        ['in-sync', 'drifted']
      )
      assert.deepEqual([release.counts['in-sync'], release.counts.drifted], [1, 1])
      assert.equal(emu.writes().length, 0)
    })
  })
})
