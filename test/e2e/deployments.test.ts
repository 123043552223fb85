import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEPLOYED_SHA, deploymentEnv, seedHistory, startGithubDeployments } from '../../harness/github-deployments.js'
import { startLoopbackServer } from '../../harness/loopback-server.js'
import { runBundle } from '../helpers/bundle.js'
import { FLOW_ID, ORG_ID, mainIvr, withEmulator } from '../helpers/emulator.js'

const RUNNER_TOKEN = 'ghs_runnerProvidedTokenForTests000000'

const inputs = { 'flow-id': FLOW_ID, 'organization-id': ORG_ID, 'deployment-environment': 'genesys-prod' }

describe('bundle: GitHub deployments', () => {
  it('makes the promotion a deployment of the environment, with its history in the record and the summary', async () => {
    const github = await startGithubDeployments()
    try {
      seedHistory(github, 'genesys-prod', Date.now())
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const run = await runBundle(emu.url, inputs, { env: deploymentEnv(github.url) })
        assert.equal(run.exitCode, 0, run.stdout)
        assert.equal(run.outputs.status, 'switched')
        assert.ok(!run.stdout.includes('::warning::'), run.stdout)

        const ours = github.deployments.filter((d) => d.ref === DEPLOYED_SHA)
        assert.equal(ours.length, 1)
        const [deployment] = ours
        assert.equal(run.outputs['deployment-id'], String(deployment!.id))
        assert.equal(deployment!.task, 'deploy:genesys-flow')
        assert.deepEqual(deployment!.payload, {
          organization: { id: ORG_ID, name: (deployment!.payload as any).organization.name },
          auditId: run.outputs['audit-id'],
          flows: [{ id: FLOW_ID, name: 'Main IVR', previous: '2.0', target: '3.0' }]
        })
        assert.deepEqual(
          deployment!.statuses.map((s) => [s.state, s.logUrl]),
          [
            ['in_progress', 'https://github.com/acme/cx-flows/actions/runs/1001'],
            ['success', 'https://github.com/acme/cx-flows/actions/runs/1001']
          ]
        )

        const history = (run.audit as any).history
        assert.deepEqual(
          [history.promotions, history.succeeded, history.successRate, history.recent.length],
          [5, 4, 0.8, 5]
        )
        assert.match(
          run.summary,
          /GitHub environment <code>genesys-prod<\/code>: 4 of 5 promotions succeeded \(\*\*80%\*\*\)/
        )
        assert.match(run.summary, /```mermaid\n[\s\S]*xychart-beta/)

        // Nothing of Genesys reaches GitHub: neither the client secret nor a token the emulator minted.
        const sent = github.requests.map((r) => `${r.authorization} ${r.body}`).join('\n')
        const tokens = emu.issuedTokens()
        assert.ok(tokens.length > 0)
        for (const secret of ['demo-secret', ...tokens])
          assert.ok(!sent.includes(secret), 'a Genesys secret went to GitHub')
        assert.ok(github.requests.every((r) => r.authorization === `token ${RUNNER_TOKEN}`))
      })
    } finally {
      await github.close()
    }
  })

  it('switches with a warning, exit code 0, when GitHub cannot be reached', async () => {
    const closed = await startLoopbackServer((_req, _body, res) => res.end())
    await closed.close()
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, inputs, { env: deploymentEnv(closed.origin) })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.status, 'switched')
      assert.equal(run.outputs['deployment-id'], '')
      assert.match(run.stdout, /::warning::the deployment history was not read: GitHub could not be reached/)
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
    })
  })
})
