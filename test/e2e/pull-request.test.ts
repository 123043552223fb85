import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'

describe('bundle: plan on a pull request', () => {
  it('creates one sticky comment, then updates it instead of adding another', async () => {
    const github = await startGithubApi()
    try {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const env = pullRequestEnv(github.url)
        const first = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan' }, { env })
        assert.equal(first.exitCode, 0, first.stdout)
        assert.equal(github.comments.length, 1)
        assert.match(github.comments[0]!.body, /^<!-- genesys-flow-promote:[0-9a-f]{16} -->/)
        assert.match(github.comments[0]!.body, /\| 2\.0 → 3\.0 \| 📝 planned \|/)
        assert.match(github.comments[0]!.body, /Publish 3\.0 on Main IVR \(live now: 2\.0\).*roll back to 2\.0/)
        assert.ok(github.comments[0]!.body.includes(first.outputs['plan-fingerprint']!))
        assert.match(
          first.stdout,
          /::warning::The target is checked-in \(3\.0 now\).*Pin target-version: "3\.0" and expected-current-version: "2\.0"/
        )
        assert.equal(
          github.requests.find((r) => r.method === 'POST')?.authorization,
          'token ghs_runnerProvidedTokenForTests000000'
        )

        const second = await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan', 'target-version': '1.0' }, { env })
        assert.equal(second.exitCode, 0)
        assert.equal(github.comments.length, 1, 'the comment was duplicated')
        assert.match(github.comments[0]!.body, /2\.0 → 1\.0/)
        assert.deepEqual(
          github.requests.map((r) => r.method),
          ['GET', 'POST', 'GET', 'PATCH']
        )
        assert.equal(emu.writes().length, 0)
      })
    } finally {
      await github.close()
    }
  })

  it('warns with the permission to add on 403, and the step stays green', async () => {
    const github = await startGithubApi({ forbid: true })
    try {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const run = await runBundle(
          emu.url,
          { 'flow-id': FLOW_ID, mode: 'plan', 'target-version': '3.0' },
          { env: pullRequestEnv(github.url) }
        )
        assert.equal(run.exitCode, 0)
        assert.equal(run.outputs.status, 'planned')
        assert.match(run.stdout, /::warning::No pull-request comment: .*HTTP 403.*permissions: pull-requests: write/)
      })
    } finally {
      await github.close()
    }
  })

  it('renders a hostile flow name as text', async () => {
    const github = await startGithubApi()
    try {
      await withEmulator({ flows: [mainIvr({ name: '<script>alert(1)</script> | x' })] }, async (emu) => {
        await runBundle(emu.url, { 'flow-id': FLOW_ID, mode: 'plan' }, { env: pullRequestEnv(github.url) })
        const body = github.comments[0]!.body
        assert.doesNotMatch(body, /<script>/)
        assert.match(body, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &#124; x/)
        const row = body.split('\n').find((l) => l.includes('alert') && l.startsWith('|'))!
        assert.equal(row.split('|').length, 5, 'the name must not add table columns')
      })
    } finally {
      await github.close()
    }
  })

  it('on a fork, without secrets: green, a warning, and no request anywhere', async () => {
    const github = await startGithubApi()
    try {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const run = await runBundle(
          emu.url,
          { 'flow-id': FLOW_ID, mode: 'plan', 'client-id': '', 'client-secret': '' },
          { env: pullRequestEnv(github.url, true) }
        )
        assert.equal(run.exitCode, 0)
        assert.equal(run.outputs.status, 'skipped')
        assert.equal(run.outputs['webhook-status'], 'skipped')
        assert.match(
          run.stdout,
          /::warning::No Genesys Cloud credentials: GitHub does not pass secrets to workflows triggered from forks/
        )
        assert.equal(emu.requests.length, 0)
        assert.equal(github.requests.length, 0)
      })
    } finally {
      await github.close()
    }
  })

  it('plan then apply of the same pinned change: equal fingerprints; a stale pin refuses with zero writes', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const pinned = { 'flow-id': FLOW_ID, 'target-version': '3.0', 'expected-current-version': '2.0' }
      const plan = await runBundle(emu.url, { ...pinned, mode: 'plan' })
      emu.state.flow(FLOW_ID)!.publishedVersionId = '1.0'
      const stale = await runBundle(emu.url, pinned)
      assert.equal(stale.exitCode, 1)
      assert.match(stale.stdout, /expected 2\.0 to be live, but 1\.0 is: the flow moved since the plan/)
      assert.equal(emu.writes().length, 0)
      emu.state.flow(FLOW_ID)!.publishedVersionId = '2.0'
      const apply = await runBundle(emu.url, pinned)
      assert.equal(apply.outputs.status, 'switched')
      assert.equal(apply.outputs['plan-fingerprint'], plan.outputs['plan-fingerprint'])
    })
  })
})

describe('bundle: our client id stays out of what the run shows', () => {
  it('a plan whose live version our client made shows its fingerprint, and no output carries the id', async () => {
    const github = await startGithubApi()
    try {
      const ours = { id: 'demo-client', name: 'Release pipeline' }
      const flow = mainIvr({
        lastOperation: { actionName: 'PUBLISH', client: ours },
        creators: { '2.0': { client: ours } }
      })
      await withEmulator({ flows: [flow] }, async (emu) => {
        const run = await runBundle(
          emu.url,
          { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
          { env: pullRequestEnv(github.url) }
        )
        assert.equal(run.exitCode, 0, run.stdout)
        const comment = github.comments[0]!.body
        assert.match(comment, /live 2\.0: OAuth client this action \(sha256:[0-9a-f]{12}\)/)
        for (const [where, text] of [
          ['comment', comment],
          ['summary', run.summary],
          ['outputs', JSON.stringify(run.outputs)]
        ] as const) {
          assert.ok(!text.includes('demo-client'), `the client id is in the ${where}`)
        }
        assert.match((run.audit as { oauthClientId: string }).oauthClientId, /^sha256:[0-9a-f]{12}$/)
      })
    } finally {
      await github.close()
    }
  })
})
