import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { commentOnPullRequest } from '../../src/outputs/pr-comment.js'
import { mainIvr } from '../helpers/emulator.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { runPipeline, type PipelineRun } from '../helpers/pipeline.js'

/** A checkout with one flow file that uses the partner key, and a manifest that lists it. */
function workspace(): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flow-file-pipeline-'))
  writeFileSync(
    path.join(dir, 'main.yaml'),
    'inboundCall:\n  name: Main IVR\n  description: "Key {{partnerApiKey}} for {{queue}}"\n'
  )
  writeFileSync(path.join(dir, 'release.yaml'), 'flows:\n  - flow-file: main.yaml\n')
  return { GITHUB_WORKSPACE: dir }
}

/** What a reader sees of a run: the outputs, the summary, the log and the comment. */
function shown(run: PipelineRun, comment = ''): Record<string, string> {
  return { outputs: JSON.stringify(run.core.outputs), summary: run.summary, log: run.core.text(), comment }
}

function assertReadable(texts: Record<string, string>): void {
  for (const [where, text] of Object.entries(texts)) {
    assert.ok(!text.includes('<masked>'), `${where} holds <masked>: ${text.slice(0, 300)}`)
    assert.ok(!text.includes('undefined'), `${where} holds undefined: ${text.slice(0, 300)}`)
  }
}

describe('pipeline: a flow file with an empty secret stand-in (a plan job without the secret)', () => {
  const substitutions = 'queue: Support\npartnerApiKey: {secret: ""}\n'

  it('plans and checks with readable outputs, summary and comment; the drifted check fails with drifted', async () => {
    const env = workspace()
    const github = await startGithubApi()
    try {
      const plan = await runPipeline(
        { 'flow-file': 'main.yaml', substitutions, mode: 'plan', diff: 'never', 'github-token': 'ghs_test' },
        { flows: [mainIvr()] },
        { env: { ...env, ...pullRequestEnv(github.url) }, deps: { commentOnPullRequest } }
      )
      assert.equal(plan.core.failed, undefined)
      assert.equal(plan.core.outputs.status, 'planned')
      assert.ok(!plan.core.secrets.includes(''), 'the empty stand-in is no mask')
      assert.match(plan.summary, /Genesys Cloud flow promotion: /)
      assert.match(plan.summary, /\| 2\.0 → main\.yaml \| 📝 planned \|/)
      const comment = github.comments[0]?.body ?? ''
      assert.match(comment, /📝 planned/)
      assertReadable(shown(plan, comment))

      const check = await runPipeline(
        { 'flow-file': 'main.yaml', substitutions, mode: 'check' },
        { flows: [mainIvr()] },
        { env }
      )
      assert.equal(check.core.outputs.status, 'drifted')
      assert.match(
        check.core.failed ?? 'the step did not fail',
        /^drifted: 2\.0 is live, with other content than main\.yaml/
      )
      assertReadable(shown(check))
    } finally {
      await github.close()
    }
  })

  it('a release: the plan is planned, the drifted check fails with drifted', async () => {
    const env = workspace()
    const plan = await runPipeline(
      { manifest: 'release.yaml', substitutions, mode: 'plan' },
      { flows: [mainIvr()] },
      { env }
    )
    assert.equal(plan.core.failed, undefined)
    assert.equal(plan.core.outputs.status, 'planned')
    assert.match(plan.summary, /Genesys Cloud release: planned/)
    assertReadable(shown(plan))

    const check = await runPipeline(
      { manifest: 'release.yaml', substitutions, mode: 'check' },
      { flows: [mainIvr()] },
      { env }
    )
    assert.equal(check.core.outputs.status, 'drifted')
    assert.match(check.core.failed ?? 'the step did not fail', /^drift check failed: 1 of 1 flows drifted/)
    assertReadable(shown(check))
  })
})
