import path from 'node:path'
import { ROOT } from '../harness/action-yml.js'
import { runAction } from '../harness/run-action.js'
import { loadScenario } from '../emulator/scenario.js'
import { startEmulator } from '../emulator/server.js'

/**
 * `npm run demo:across-orgs`: what passed in test goes to production. Two emulated organizations
 * (demo/test-org.yaml, demo/prod-org.yaml), and the bundled action run three times as the runner
 * runs it: a plan, the apply, and the same apply again. The test org is only ever read.
 */
const test = await startEmulator({ scenario: await loadScenario(path.join(ROOT, 'demo', 'test-org.yaml')) })
const prod = await startEmulator({ scenario: await loadScenario(path.join(ROOT, 'demo', 'prod-org.yaml')) })
console.log(`Test org (the source):       ${test.url}, "Main IVR" 4.0 published`)
console.log(`Production org (the target): ${prod.url}, "Main IVR" 2.0 live, under another id\n`)

const inputs = {
  'client-id': 'prod-client',
  'client-secret': 'prod-secret',
  'gateway-url': prod.url,
  'organization-id': prod.state.scenario.organization.id,
  'source-client-id': 'test-client',
  'source-client-secret': 'test-secret',
  'source-gateway-url': test.url,
  'source-organization-id': test.state.scenario.organization.id,
  'flow-name': 'Main IVR',
  'flow-type': 'inboundcall',
  'change-reference': 'CHG0042001',
  reason: 'Demo: promote what passed in test'
}
const env = { GITHUB_REPOSITORY: 'acme/cx-flows', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_WORKFLOW: 'Promote' }

const statuses: string[] = []
for (const [title, mode] of [
  ['Plan (writes to neither org)', 'plan'],
  ['Apply', 'apply'],
  ['The same apply again', 'apply']
] as const) {
  const run = await runAction({ inputs: { ...inputs, mode }, env })
  statuses.push(run.outputs.status ?? '')
  console.log(
    `──── ${title}: status ${run.outputs.status}, published-version ${run.outputs['published-version'] || '—'} ────`
  )
  console.log(run.stdout.trim())
  if (mode === 'apply' && statuses.length === 2) {
    console.log('\n──── Job summary (GITHUB_STEP_SUMMARY) ────')
    console.log(run.summary.split('<details><summary>Audit record')[0]!.trim())
  }
  console.log('')
}

const sourceWrites = test.writes().length
const notReads = test.requests.filter(
  (r) => r.method !== 'GET' && r.path !== '/oauth/token' && r.path !== '/api/v2/flows/export/jobs'
)
console.log(
  `Test org: ${test.requests.length} requests, ${sourceWrites} writes, ${notReads.length} requests other than reads and export jobs`
)
console.log(
  `Production org: ${prod.requests.length} requests, ${prod.writes().length} writes; live version now ${[...prod.state.flows.values()][0]!.publishedVersionId}`
)
await test.close()
await prod.close()
const ok = statuses.join() === 'planned,switched,unchanged' && sourceWrites === 0 && notReads.length === 0
process.exit(ok ? 0 : 1)
