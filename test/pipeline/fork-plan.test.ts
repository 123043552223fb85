import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { pullRequestEnv } from '../helpers/github-api.js'
import { runPipeline } from '../helpers/pipeline.js'

/** A `pull_request` run from a fork (or Dependabot's): GitHub passes it no secrets, and the API is never called. */
function forkEnv(by: 'fork' | 'dependabot'): NodeJS.ProcessEnv {
  const env = pullRequestEnv('http://127.0.0.1:9', by === 'fork')
  return by === 'fork' ? env : { ...env, GITHUB_ACTOR: 'dependabot[bot]' }
}

const noSecrets = { 'flow-id': FLOW_ID, 'client-id': '', 'client-secret': '' }

describe('pipeline: a plan on a fork or Dependabot pull request, without secrets', () => {
  for (const by of ['fork', 'dependabot'] as const) {
    it(`${by}: status and webhook-status skipped, the summary says why, green, nothing sent or written`, async () => {
      let webhooks = 0
      let comments = 0
      const run = await runPipeline(
        { ...noSecrets, mode: 'plan', 'webhook-url': 'https://itsm.example.invalid/hook', 'webhook-events': 'all' },
        { flows: [mainIvr()] },
        {
          env: forkEnv(by),
          deps: {
            sendWebhook: async () => ((webhooks += 1), { status: 204 }),
            commentOnPullRequest: async () => void (comments += 1)
          }
        }
      )
      assert.equal(run.core.failed, undefined)
      assert.equal(run.core.outputs.status, 'skipped')
      assert.equal(run.core.outputs['webhook-status'], 'skipped')
      assert.equal(run.core.outputs.changed, 'false')
      assert.match(run.core.text('warning'), /^No Genesys Cloud credentials: GitHub does not pass secrets/)
      assert.match(
        run.summary,
        /^### ⏭️ Genesys Cloud flow promotion: skipped\n\nPlan skipped: .*fork or from Dependabot/
      )
      assert.match(run.summary, /no flow was read, so no audit record was written and no webhook was sent/)
      assert.equal(run.audit, undefined, 'no audit record')
      assert.equal(run.sessionsOpened, 0)
      assert.equal(webhooks, 0)
      assert.equal(comments, 0)
    })
  }

  for (const mode of ['apply', 'check'] as const) {
    it(`${mode} without credentials stays an input error`, async () => {
      const run = await runPipeline({ ...noSecrets, mode }, { flows: [mainIvr()] }, { env: forkEnv('fork') })
      assert.match(run.core.failed ?? '', /^Input client-id/)
      assert.equal(run.core.outputs.status, 'failed')
      assert.equal(run.sessionsOpened, 0)
    })
  }

  it('a plan with credentials on a fork runs as usual', async () => {
    const run = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      { flows: [mainIvr()] },
      {
        env: forkEnv('fork')
      }
    )
    assert.equal(run.core.outputs.status, 'planned')
  })
})
