import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { startReceiver } from '../../harness/receiver.js'

const noSecrets = { 'flow-id': FLOW_ID, 'client-id': '', 'client-secret': '' }

describe('bundle: a fork pull request, where the runner passes no secrets', () => {
  it('plan: status=skipped, webhook-status=skipped, a summary line saying why, green, nothing sent or written', async () => {
    const github = await startGithubApi()
    const receiver = await startReceiver()
    try {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const run = await runBundle(
          emu.url,
          { ...noSecrets, mode: 'plan', 'webhook-url': receiver.url, 'webhook-events': 'all' },
          { env: pullRequestEnv(github.url, true) }
        )
        assert.equal(run.exitCode, 0, run.stdout)
        assert.equal(run.outputs.status, 'skipped')
        assert.equal(run.outputs['webhook-status'], 'skipped')
        assert.equal(errors(run), '')
        assert.match(run.stdout, /::warning::No Genesys Cloud credentials/)
        assert.match(run.summary, /### ⏭️ Genesys Cloud flow promotion: skipped/)
        assert.match(run.summary, /Plan skipped: this pull request comes from a fork or from Dependabot/)
        assert.match(run.summary, /no audit record was written/)
        assert.equal(existsSync(run.auditFile), false, 'no audit record: no flow was read')
        assert.equal(emu.requests.length, 0)
        assert.equal(github.requests.length, 0)
        assert.equal(receiver.received.length, 0)
      })
    } finally {
      await receiver.close()
      await github.close()
    }
  })

  for (const mode of ['apply', 'check'] as const) {
    it(`${mode}: still an input error`, async () => {
      const github = await startGithubApi()
      try {
        await withEmulator({ flows: [mainIvr()] }, async (emu) => {
          const run = await runBundle(emu.url, { ...noSecrets, mode }, { env: pullRequestEnv(github.url, true) })
          assert.equal(run.exitCode, 1)
          assert.equal(run.outputs.status, 'failed')
          assert.match(errors(run), /Input client-id/)
          assert.equal(emu.requests.length, 0)
        })
      } finally {
        await github.close()
      }
    })
  }
})
