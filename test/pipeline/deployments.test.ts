import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { DEPLOYED_SHA, deploymentEnv, seedHistory, startGithubDeployments } from '../../harness/github-deployments.js'
import { startLoopbackServer } from '../../harness/loopback-server.js'
import { generatedRelease } from '../../harness/release-scenario.js'
import { octokit } from '../../src/deps.js'
import type { GithubClient } from '../../src/deployments/github-client.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { runPipeline } from '../helpers/pipeline.js'

const ENVIRONMENT = 'genesys-prod'
const RUN_URL = 'https://github.com/acme/cx-flows/actions/runs/1001'
const TOKEN = 'ghs_deploymentsTestToken000000000000'
const WEBHOOK_SECRET = `whsec_${Buffer.from('deployments-test-signing-key-32b').toString('base64')}`
const deploymentInputs = { 'deployment-environment': ENVIRONMENT, 'github-token': TOKEN }

type Github = Awaited<ReturnType<typeof startGithubDeployments>>

/** A promotion with deployment-environment, GitHub's API at `apiUrl`; `onRequest` sees each REST call. */
function promoteWithGithub(
  apiUrl: string,
  inputs: Record<string, string>,
  scenario: Parameters<typeof runPipeline>[1],
  onRequest: (route: string) => void = () => undefined
) {
  return runPipeline({ ...deploymentInputs, ...inputs }, scenario, {
    env: deploymentEnv(apiUrl),
    deps: {
      githubClient: async (token, baseUrl): Promise<GithubClient> => {
        const client = await octokit(token, baseUrl)
        return {
          graphql: (query, parameters) => client.graphql(query, parameters),
          request: (route, parameters) => {
            onRequest(route)
            return client.request(route, parameters)
          }
        }
      }
    }
  })
}

function bodies(github: Github, pathEnd: RegExp): Record<string, any>[] {
  return github.requests.filter((r) => r.method === 'POST' && pathEnd.test(r.path)).map((r) => JSON.parse(r.body))
}

describe('pipeline: GitHub deployments and history', () => {
  let github: Github
  before(async () => {
    // GitHub stamps its times a minute before the runs' virtual clock starts: each run's
    // deployment is older than the next run.
    const virtualStart = new FakeClock().now()
    github = await startGithubDeployments({ now: () => virtualStart - 60_000 })
  })
  after(() => github.close())

  it('makes a successful promotion one deployment, and counts it into the environment history (80%)', async () => {
    github.deployments.length = 0
    github.requests.length = 0
    seedHistory(github, ENVIRONMENT, new FakeClock().now())
    const writesAtCreation: number[] = []
    const events: string[] = []
    let genesysWrites = () => 0
    const { core, audit, summary } = await runPipeline(
      {
        ...deploymentInputs,
        'flow-id': FLOW_ID,
        'webhook-url': 'https://itsm.example.invalid/hook?token=abc123',
        'webhook-secret': WEBHOOK_SECRET
      },
      { flows: [mainIvr()] },
      {
        env: deploymentEnv(github.url),
        prepare: (genesys) => (genesysWrites = () => genesys.writes().length),
        deps: {
          sendWebhook: async (_url, body) => {
            events.push(body)
            return { status: 204 }
          },
          githubClient: async (token, baseUrl) => {
            const client = await octokit(token, baseUrl)
            return {
              graphql: (query, parameters) => client.graphql(query, parameters),
              request: (route, parameters) => {
                if (route.endsWith('/deployments')) writesAtCreation.push(genesysWrites())
                return client.request(route, parameters)
              }
            }
          }
        }
      }
    )
    assert.equal(core.failed, undefined)
    assert.equal(core.outputs.status, 'switched')

    const created = bodies(github, /\/deployments$/)
    assert.equal(created.length, 1, 'one deployment')
    assert.deepEqual(writesAtCreation, [0], 'created before the first write to the platform')
    const [deployment] = created
    assert.equal(deployment!.auto_merge, false)
    assert.deepEqual(deployment!.required_contexts, [])
    assert.equal(deployment!.task, 'deploy:genesys-flow')
    assert.equal(deployment!.ref, DEPLOYED_SHA)
    assert.equal(deployment!.environment, ENVIRONMENT)
    assert.deepEqual(deployment!.payload.flows, [{ id: FLOW_ID, name: 'Main IVR', previous: '2.0', target: '3.0' }])
    assert.equal(deployment!.payload.auditId, core.outputs['audit-id'])

    const ours = github.deployments.find((d) => d.ref === DEPLOYED_SHA)!
    assert.equal(core.outputs['deployment-id'], String(ours.id))
    assert.deepEqual(
      ours.statuses.map((s) => [s.state, s.logUrl]),
      [
        ['in_progress', RUN_URL],
        ['success', RUN_URL]
      ]
    )
    assert.match(ours.statuses[1]!.description!, /^switched: Main IVR, 3\.0 live, \d+\.\d s$/)

    assert.deepEqual(
      {
        environment: audit?.history.environment,
        deploymentId: audit?.history.deploymentId,
        promotions: audit?.history.promotions,
        succeeded: audit?.history.succeeded,
        successRate: audit?.history.successRate
      },
      { environment: ENVIRONMENT, deploymentId: ours.id, promotions: 5, succeeded: 4, successRate: 0.8 }
    )
    assert.deepEqual(
      audit?.history.recent.map((e: any) => [e.outcome, e.flows.join()]),
      [
        ['success', 'Main IVR'],
        ['success', 'Main IVR'],
        ['failure', 'Queue Flow'],
        ['success', 'Main IVR'],
        ['success', 'Main IVR']
      ],
      "this run first, then ours newest first; the other task's deployment is not ours"
    )
    assert.equal(audit?.history.recent[0].runUrl, RUN_URL)
    assert.equal(audit?.history.recent[2].latencyMs, 5_000)
    assert.match(summary, /GitHub environment <code>genesys-prod<\/code>: 4 of 5 promotions succeeded \(\*\*80%\*\*\)/)
    assert.match(
      summary,
      /\| ❌ failure \| 5\.00 s \| \[run\]\(https:\/\/github\.com\/acme\/cx-flows\/actions\/runs\/903\) \|/
    )
    assert.match(summary, /```mermaid\n[\s\S]*xychart-beta[\s\S]*bar \[/)
    assert.match(core.text('info'), /4 of 5 promotions there succeeded \(80\.0%\)/)
    assert.equal(events.length, 1)
    assert.deepEqual(JSON.parse(events[0]!).data.history, audit?.history, 'the webhook event carries the history')
    assert.equal(core.text('warning'), '')

    // Nothing of Genesys reaches GitHub: not the client secret, not the webhook's URL or token.
    for (const request of github.requests) {
      for (const secret of ['test-secret', 'abc123', 'itsm.example.invalid', WEBHOOK_SECRET])
        assert.ok(!request.body.includes(secret), `${request.path} carries ${secret}`)
      assert.equal(request.authorization, `token ${TOKEN}`)
    }
  })

  it('ends the deployment failure when the switch fails, error when it times out', async () => {
    github.deployments.length = 0
    const failed = await promoteWithGithub(
      github.url,
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr({ publish: { outcome: 'failure' } })] }
    )
    assert.equal(failed.core.outputs.status, 'failed')
    const timedOut = await promoteWithGithub(
      github.url,
      { 'flow-id': FLOW_ID, 'wait-timeout-seconds': '5' },
      { flows: [mainIvr({ publish: { durationMs: 600_000 } })] }
    )
    assert.equal(timedOut.core.outputs.status, 'timed-out')
    assert.deepEqual(
      github.deployments.map((d) => d.statuses.map((s) => s.state)),
      [
        ['in_progress', 'failure'],
        ['in_progress', 'error']
      ]
    )
    assert.match(github.deployments[0]!.statuses[1]!.description!, /^failed: Main IVR, 2\.0 live/)
    assert.deepEqual(
      [timedOut.audit?.history.promotions, timedOut.audit?.history.succeeded, timedOut.audit?.history.successRate],
      [2, 0, 0]
    )
    assert.equal(timedOut.audit?.history.recent[0].outcome, 'error')
    assert.equal(
      failed.core.failed !== undefined && timedOut.core.failed !== undefined,
      true,
      'the step fails as before'
    )
  })

  it("ends a cancelled run's deployment error, within the grace, once", async () => {
    github.deployments.length = 0
    let handler: ((signal: string) => Promise<void>) | undefined
    // What GitHub holds when the handler is done: the runner may end the process right then.
    let cancelled: Promise<string[][]> | undefined
    const run = await runPipeline(
      { ...deploymentInputs, 'flow-id': FLOW_ID },
      { flows: [mainIvr({ publish: { durationMs: 60_000 } })] },
      {
        env: deploymentEnv(github.url),
        deps: {
          onCancel: (h) => (handler = h),
          githubClient: async (token, baseUrl): Promise<GithubClient> => {
            const client = await octokit(token, baseUrl)
            return {
              graphql: (query, parameters) => client.graphql(query, parameters),
              request: async (route, parameters) => {
                const answer = await client.request(route, parameters)
                // The job is cancelled as soon as the deployment says it is in progress.
                if ((parameters as { state?: string }).state === 'in_progress')
                  cancelled = handler!('SIGTERM').then(() =>
                    github.deployments.map((d) => d.statuses.map((s) => s.state))
                  )
                return answer
              }
            }
          }
        }
      }
    )
    assert.deepEqual(await cancelled, [['in_progress', 'error']])
    assert.deepEqual(
      github.deployments.map((d) => d.statuses.map((s) => s.state)),
      [['in_progress', 'error']],
      'one final status: the run that went on after the signal sent none'
    )
    assert.equal(run.audit?.status, 'failed')
    assert.equal(run.audit?.error.code, 'cancelled')
  })

  it('makes a release of 10 flows one deployment, whose payload names every flow', async () => {
    github.deployments.length = 0
    const { scenario, manifest, ids } = generatedRelease(10, 2, [500, 2_000])
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'deployments-')), 'release.yml')
    writeFileSync(file, manifest)
    const { core, audit, summary } = await promoteWithGithub(github.url, { manifest: file }, scenario)
    assert.equal(core.outputs.status, 'switched', core.failed)
    assert.equal(github.deployments.length, 1)
    const [deployment] = github.deployments
    assert.deepEqual(
      (deployment!.payload as { flows: { id: string }[] }).flows.map((f) => f.id).sort(),
      [...ids].sort()
    )
    assert.deepEqual(
      deployment!.statuses.map((s) => s.state),
      ['in_progress', 'success']
    )
    assert.match(deployment!.statuses[1]!.description!, /^release of 10 flows: switched \(10 switched\)/)
    assert.equal(core.outputs['deployment-id'], String(deployment!.id))
    assert.equal(audit?.history.deploymentId, deployment!.id)
    assert.equal(audit?.history.recent[0].flows.length, 10)
    assert.match(summary, /GitHub environment <code>genesys-prod<\/code>: 1 of 1 promotion succeeded/)
  })

  it("makes a flow file's import one deployment, created before the import, without the file's secret", async () => {
    github.deployments.length = 0
    github.requests.length = 0
    const dir = mkdtempSync(path.join(os.tmpdir(), 'deployments-file-'))
    writeFileSync(
      path.join(dir, 'main.yaml'),
      'inboundCall:\n  name: Main IVR\n  description: "Key {{partnerApiKey}}"\n'
    )
    let writes = () => 0
    const writesAtCreation: number[] = []
    const apply = () =>
      runPipeline(
        { ...deploymentInputs, 'flow-file': 'main.yaml', substitutions: 'partnerApiKey: {secret: pk_live_51Hx}\n' },
        { flows: [mainIvr()] },
        {
          env: { ...deploymentEnv(github.url), GITHUB_WORKSPACE: dir },
          prepare: (genesys) => (writes = () => genesys.writes().length),
          deps: {
            githubClient: async (token, baseUrl) => {
              const client = await octokit(token, baseUrl)
              return {
                graphql: (query, parameters) => client.graphql(query, parameters),
                request: (route, parameters) => {
                  if (route.endsWith('/deployments')) writesAtCreation.push(writes())
                  return client.request(route, parameters)
                }
              }
            }
          }
        }
      )
    const first = await apply()
    assert.equal(first.core.outputs.status, 'switched', first.core.failed)
    assert.deepEqual(writesAtCreation, [0])
    assert.ok(writes() > 0, 'the import is a write')
    assert.deepEqual(
      github.deployments.map((d) => (d.payload as { flows: { target: string }[] }).flows[0]!.target),
      ['main.yaml']
    )
    assert.ok(github.requests.every((r) => !r.body.includes('pk_live_51Hx')))
  })

  it('creates none, and asks GitHub nothing, for a plan, a check, an unchanged run or a refused one', async () => {
    github.deployments.length = 0
    github.requests.length = 0
    const runs = [
      await promoteWithGithub(github.url, { 'flow-id': FLOW_ID, mode: 'plan' }, { flows: [mainIvr()] }),
      await promoteWithGithub(github.url, { 'flow-id': FLOW_ID, mode: 'check' }, { flows: [mainIvr()] }),
      await promoteWithGithub(github.url, { 'flow-id': FLOW_ID, 'target-version': '2.0' }, { flows: [mainIvr()] }),
      await promoteWithGithub(
        github.url,
        { 'flow-id': FLOW_ID, 'expected-current-version': '1.0' },
        { flows: [mainIvr()] }
      )
    ]
    assert.deepEqual(
      runs.map((r) => r.core.outputs.status),
      ['planned', 'drifted', 'unchanged', 'failed']
    )
    assert.deepEqual(github.requests, [])
    for (const r of runs) {
      assert.equal(r.core.outputs['deployment-id'], '')
      assert.equal(r.audit?.history, null)
    }
  })
})

describe('pipeline: GitHub failures are warnings', () => {
  it('switches when GitHub cannot be reached, with a warning that says what to check', async () => {
    const closed = await startLoopbackServer((_req, _body, res) => res.end())
    await closed.close()
    const { core, audit, clock } = await promoteWithGithub(
      closed.origin,
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()] }
    )
    assert.equal(core.failed, undefined)
    assert.equal(core.outputs.status, 'switched')
    assert.equal(core.outputs['deployment-id'], '')
    const warnings = core.logs.filter((l) => l.level === 'warning').map((l) => l.message)
    assert.equal(warnings.length, 1, warnings.join('\n'))
    assert.match(
      warnings[0]!,
      /the deployment history was not read: GitHub could not be reached .*check GITHUB_API_URL.*The promotion is unaffected/
    )
    const pause = clock.sleeps.indexOf(750)
    assert.deepEqual(clock.sleeps.slice(pause, pause + 2), [750, 1_500], 'tried three times, on the virtual clock')
    assert.deepEqual(
      [audit?.history.deploymentId, audit?.history.successRate, audit?.history.recent.length],
      [null, null, 1]
    )
  })

  it('switches, and asks GitHub nothing, outside a runner (no GITHUB_SHA)', async () => {
    const github = await startGithubDeployments()
    try {
      const { core } = await runPipeline(
        { ...deploymentInputs, 'flow-id': FLOW_ID },
        { flows: [mainIvr()] },
        { env: { ...deploymentEnv(github.url), GITHUB_SHA: '' }, deps: { githubClient: octokit } }
      )
      assert.equal(core.outputs.status, 'switched', core.failed)
      assert.match(core.text('warning'), /No GitHub deployment: GITHUB_SHA is not set/)
      assert.deepEqual(github.requests, [])
    } finally {
      await github.close()
    }
  })

  it('switches when the token may not create deployments, and says which permission to grant', async () => {
    const forbidden = await startGithubDeployments({ forbid: true })
    try {
      const { core } = await promoteWithGithub(forbidden.url, { 'flow-id': FLOW_ID }, { flows: [mainIvr()] })
      assert.equal(core.failed, undefined)
      assert.equal(core.outputs.status, 'switched')
      const warnings = core.text('warning')
      assert.match(warnings, /no GitHub deployment was created: the token may not create deployments \(HTTP 403/)
      assert.match(warnings, /permissions: deployments: write/)
      assert.equal(forbidden.requests.filter((r) => r.path.endsWith('/statuses')).length, 0)
    } finally {
      await forbidden.close()
    }
  })

  it('still creates the deployment when the history query answers errors; retries a 502', async () => {
    const erring = await startGithubDeployments({ graphqlErrors: true, failFirst: 1 })
    try {
      const { core, audit } = await promoteWithGithub(erring.url, { 'flow-id': FLOW_ID }, { flows: [mainIvr()] })
      assert.equal(core.outputs.status, 'switched', core.failed)
      assert.match(core.text('warning'), /GraphQL answer has errors \(.*\): check that the token may read deployments/)
      assert.equal(erring.deployments.length, 1)
      assert.equal(erring.requests.filter((r) => r.path === '/graphql').length, 2, 'the 502 was tried again')
      assert.deepEqual([audit?.history.deploymentId, audit?.history.successRate], [erring.deployments[0]!.id, null])
    } finally {
      await erring.close()
    }
  })
})

describe('pipeline: deployment-environment is checked before any request', () => {
  for (const [why, inputs, message] of [
    [
      'longer than GitHub takes',
      { ...deploymentInputs, 'deployment-environment': 'e'.repeat(256) },
      /^Input deployment-environment: is too long: GitHub takes at most 255 characters/
    ],
    [
      'without a token',
      { 'deployment-environment': ENVIRONMENT, 'github-token': '' },
      /^Input deployment-environment: is set but github-token is empty/
    ]
  ] as const)
    it(`refuses one ${why}`, async () => {
      const github = await startGithubDeployments()
      try {
        const { core, sessionsOpened } = await runPipeline(
          { 'flow-id': FLOW_ID, ...inputs },
          { flows: [mainIvr()] },
          { env: deploymentEnv(github.url), deps: { githubClient: octokit } }
        )
        assert.match(core.failed ?? '', message)
        assert.equal(sessionsOpened, 0)
        assert.deepEqual(github.requests, [])
      } finally {
        await github.close()
      }
    })

  it('takes a name of 255 characters', async () => {
    const github = await startGithubDeployments()
    try {
      const { core } = await promoteWithGithub(
        github.url,
        { 'flow-id': FLOW_ID, 'deployment-environment': 'e'.repeat(255) },
        { flows: [mainIvr()] }
      )
      assert.equal(core.outputs.status, 'switched')
      assert.equal(github.deployments[0]?.environment.length, 255)
    } finally {
      await github.close()
    }
  })
})
