import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/server.js'
import { resolveRegion } from '../src/inputs/region.js'
import { runConformance, type Target } from './checks.js'
import { renderReport } from './findings.js'

/**
 * `npm run conformance -- --emulator`: checks the bundled emulator (CI does this).
 * `npm run conformance` with GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET / GENESYSCLOUD_REGION set: checks
 * a real org, read-only. `--flow-id <id>` names the flow to read in detail; `--report <file>` also
 * writes the shareable report (shapes and counts only) to a file.
 */
const { values } = parseArgs({
  options: {
    emulator: { type: 'boolean', default: false },
    'flow-id': { type: 'string' },
    report: { type: 'string' }
  }
})

/** The emulator's org as public evidence shows real ones: what the report must describe, and never name. */
const SCENARIO = {
  organization: { id: '0c5e7a1d-3f2b-4d6e-9a8b-7c6d5e4f3a2b', name: 'Conformance Org Name' },
  clients: [{ id: 'conformance-client-id', secret: 'conformance-secret', name: 'Conformance Client Name' }],
  flows: [
    {
      name: 'Conformance IVR',
      type: 'inboundcall',
      versions: ['1.0', '2.0', '3.0'],
      published: '2.0',
      lastOperation: { actionName: 'VALIDATE', user: {} },
      configurationVersions: { '2.0': '3.0' }
    },
    {
      name: 'Conformance Chat',
      type: 'inboundchat',
      versions: ['1.0'],
      published: '1.0',
      explicitNulls: true,
      lastOperation: {
        actionName: 'VALIDATE',
        client: { id: 'f00dcafe-0000-4000-8000-00000000c11e', name: 'CX as Code' }
      }
    },
    {
      name: 'Conformance Module',
      type: 'commonmodule',
      versions: ['1.0'],
      lockedBy: { user: { id: 'b0b0b0b0-0000-4000-8000-0000000000e1', name: 'Dana Designer' } }
    }
  ]
}

let target: Target
let stop = async () => undefined as void
if (values.emulator) {
  const emulator = await startEmulator({ scenario: SCENARIO })
  target = {
    loginUrl: emulator.url,
    apiUrl: emulator.url,
    clientId: SCENARIO.clients[0]!.id,
    clientSecret: SCENARIO.clients[0]!.secret
  }
  stop = () => emulator.close()
  console.log(`Conformance checks against the emulator at ${emulator.url}`)
} else {
  const clientId = process.env.GENESYSCLOUD_OAUTHCLIENT_ID
  const clientSecret = process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET
  if (!clientId || !clientSecret) {
    console.error(
      'Set GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET and GENESYSCLOUD_REGION, or pass --emulator.'
    )
    process.exit(2)
  }
  const host = resolveRegion(process.env.GENESYSCLOUD_REGION || 'mypurecloud.com')
  target = { loginUrl: `https://login.${host}`, apiUrl: `https://api.${host}`, clientId, clientSecret }
  console.log(`Conformance checks against ${host} (read-only)`)
}
target.flowId = values['flow-id']

const { results, flows, tooManyRequests } = await runConformance(target)
await stop()
for (const r of results) console.log(`${r.passed ? '✓' : '✗'} ${r.name}: ${r.detail}`)
let failed = results.filter((r) => !r.passed).length
console.log(failed ? `${failed} of ${results.length} checks failed.` : `All ${results.length} checks passed.`)

const report = renderReport(flows, target.clientId, tooManyRequests)
console.log(`\n${report}\n`)
if (values.report) writeFileSync(values.report, `${report}\n`)
if (values.emulator) {
  // The report must be safe to share: nothing of the org it came from may show in it.
  const secrets = [
    SCENARIO.organization.id,
    SCENARIO.organization.name,
    ...SCENARIO.clients.flatMap((c) => [c.id, c.name]),
    ...SCENARIO.flows.map((f) => f.name),
    'f00dcafe-0000-4000-8000-00000000c11e',
    'CX as Code',
    'b0b0b0b0-0000-4000-8000-0000000000e1',
    'Dana Designer',
    'Home',
    'http://127.0.0.1'
  ]
  const leaked = secrets.filter((s) => report.includes(s))
  if (leaked.length) {
    console.error(`The report shows what it must hide: ${leaked.length} of the scenario's ids or names.`)
    failed += 1
  } else console.log('The report shows none of the scenario’s ids, names or URLs.')
}
process.exit(failed ? 1 : 0)
