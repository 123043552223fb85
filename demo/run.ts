import path from 'node:path'
import { ROOT } from '../harness/action-yml.js'
import { seedHistory, startGithubDeployments } from '../harness/github-deployments.js'
import { startReceiver, verifyStandardWebhook } from '../harness/receiver.js'
import { runAction } from '../harness/run-action.js'
import { loadScenario } from '../emulator/scenario.js'
import { startEmulator } from '../emulator/server.js'

/**
 * `npm run demo`: a promotion of the demo org's "Main IVR" from 2.0 to 3.0 by the bundled action,
 * run as the GitHub runner runs it, against the Genesys Cloud emulator, with the audit event going
 * to a local change-management receiver that checks its Standard Webhooks signature, and the run
 * recorded as a GitHub deployment on a loopback stand-in of GitHub's API that holds four earlier
 * promotions (three succeeded, one failed) and another task's deployment. Then a
 * promotion of "Shared Greeting" 12.0, which the platform's validation finds broken: it stops
 * before any write.
 */
const SIGNING_SECRET = `whsec_${Buffer.from('demo-signing-key-32-bytes-long!!').toString('base64')}`

const emulator = await startEmulator({ scenario: await loadScenario(path.join(ROOT, 'demo', 'scenario.yaml')) })
const receiver = await startReceiver()
const github = await startGithubDeployments()
seedHistory(github, 'genesys-prod', Date.now())

console.log(`Genesys Cloud emulator: ${emulator.url} (demo org, flow "Main IVR": 2.0 live, 3.0 checked in)`)
console.log(`GitHub API stand-in: ${github.url} (environment genesys-prod: 4 earlier promotions, 3 succeeded)`)
console.log('Running dist/index.js as the runner would: mode apply, target checked-in, webhook cloudevents\n')
const run = await runAction({
  inputs: {
    'client-id': 'demo-client',
    'client-secret': 'demo-secret',
    'gateway-url': emulator.url,
    'organization-id': '6f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
    'flow-name': 'Main IVR',
    'flow-type': 'inboundcall',
    'expected-current-version': '2.0',
    'change-reference': 'CHG0031337',
    reason: 'Demo: promote the checked-in IVR',
    'webhook-url': `${receiver.origin}/change-events`,
    'webhook-secret': SIGNING_SECRET,
    'deployment-environment': 'genesys-prod'
  },
  env: {
    GITHUB_REPOSITORY: 'acme/cx-flows',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: '3f1c2e9b7d4a5c6e8f0a1b2c3d4e5f60718293a4',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKFLOW: 'Promote flows',
    GITHUB_API_URL: github.url
  }
})

console.log('──── Step log ────')
console.log(run.stdout.trim())
console.log('\n──── Job summary (GITHUB_STEP_SUMMARY) ────')
console.log(run.summary.split('<details><summary>Audit record')[0]!.trim())
console.log('\n──── Outputs ────')
for (const [name, value] of Object.entries(run.outputs)) {
  if (name !== 'audit') console.log(`${name.padEnd(18)} ${value}`)
}
console.log(`${'audit'.padEnd(18)} (${run.outputs.audit?.length ?? 0} characters of JSON; also in ${run.auditFile})`)
console.log('\n──── Change-management receiver ────')
const received = receiver.received.map((r) => ({
  type: String(JSON.parse(r.body).type),
  signatureValid: verifyStandardWebhook(SIGNING_SECRET, r.headers, r.body)
}))
for (const event of received) console.log(`${event.type}: signature ${event.signatureValid ? 'valid' : 'INVALID'}`)
console.log(
  `\nEmulator: ${emulator.requests.length} requests, ${emulator.writes().length} write; live version now ${[...emulator.state.flows.values()][0]!.publishedVersionId}`
)

console.log('\n──── GitHub deployments of genesys-prod (stand-in) ────')
for (const d of [...github.deployments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)))
  console.log(`${d.id} ${d.createdAt} ${d.task.padEnd(19)} ${d.statuses.map((s) => s.state).join(' → ')}`)
const ours = github.deployments.find((d) => String(d.id) === run.outputs['deployment-id'])
// The second promotion: a checked-in version with an Architect error stops before any write.
const writesBefore = emulator.writes().length
console.log('\n\nRunning it again for "Shared Greeting" (11.0 live, 12.0 checked in, broken): validate auto\n')
const broken = await runAction({
  inputs: {
    'client-id': 'demo-client',
    'client-secret': 'demo-secret',
    'gateway-url': emulator.url,
    'flow-name': 'Shared Greeting',
    'flow-type': 'commonmodule',
    reason: 'Demo: a version the platform finds broken'
  }
})
console.log('──── Step log ────')
console.log(broken.stdout.trim())
console.log('\n──── Job summary (GITHUB_STEP_SUMMARY) ────')
console.log(broken.summary.split('<details><summary>Audit record')[0]!.trim())
const greeting = [...emulator.state.flows.values()].find((f) => f.name === 'Shared Greeting')!
console.log(
  `\nExit code ${broken.exitCode}, status ${broken.outputs.status}; writes: ${emulator.writes().length - writesBefore}; live version still ${greeting.publishedVersionId}`
)

await receiver.close()
await github.close()
await emulator.close()
const ok =
  run.exitCode === 0 &&
  run.outputs.status === 'switched' &&
  received.every((e) => e.signatureValid) &&
  ours?.statuses.at(-1)?.state === 'success' &&
  broken.exitCode === 1 &&
  broken.outputs.status === 'failed' &&
  emulator.writes().length === writesBefore
process.exit(ok ? 0 : 1)
