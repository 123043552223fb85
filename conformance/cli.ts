import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/server.js'
import { resolveRegion } from '../src/inputs/region.js'
import { runConformance, type Target } from './checks.js'
import { renderReport } from './findings.js'

/**
 * `npm run conformance -- --emulator`: checks the bundled emulator (CI does this).
 * `npm run conformance` with GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET / GENESYSCLOUD_REGION set: checks
 * a real org, read-only (no region, or an unknown one: exit 2, the secret goes nowhere by default).
 * `--flow-id <id>` names the flow to read in detail (its dependency-tracking mapping is checked, and
 * that of up to 4 listed flows); `--report <file>` also writes the shareable report (shapes and
 * counts only) to a file.
 */
const USAGE = `Usage: npm run conformance -- [--emulator] [--flow-id ID] [--report FILE]
       (or: npx tsx conformance/cli.ts [options])

Read-only checks of the platform shapes the action relies on: login, organization, flows and their
versions, the flow lookup, dependency tracking. Nothing is written. Against a real org, set
GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET and GENESYSCLOUD_REGION (the secret goes
to that region's login host only); the report it prints holds shapes and counts, no ids or names.

Options:
  --emulator      check the bundled emulator instead of a real org (CI does)
  --flow-id ID    the flow to read in detail (its dependency tracking too); else the first listed
  --report FILE   also write the shareable report to FILE
  -h, --help      print this help and exit

Exit status: 0 when every check passed; 1 when one failed; 2 for a bad option or missing settings.
`

function options() {
  try {
    return parseArgs({
      options: {
        emulator: { type: 'boolean', default: false },
        'flow-id': { type: 'string' },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (err) {
    console.error(`conformance: ${(err as Error).message}\nconformance: --help lists the options.`)
    process.exit(2)
  }
}

const values = options()
if (values.help) {
  process.stdout.write(USAGE)
  process.exit(0)
}

/** What a scenario flow's versions consume (emulator/README.md, `dependencies`), typed for the leak check. */
const consumes = (byVersion: Record<string, { id: string; name: string; type: string; version?: string }[]>) =>
  byVersion

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
      configurationVersions: { '2.0': '3.0' },
      // What the live version consumes (dependency tracking): a queue, and a common module at a version.
      dependencies: consumes({
        '2.0': [
          { id: 'd1e2a3b4-0000-4000-8000-0000000b1111', name: 'Billing', type: 'QUEUE' },
          { id: 'd1e2a3b4-0000-4000-8000-0000000c2222', name: 'Shared Menu', type: 'COMMONMODULEFLOW', version: '1.0' }
        ]
      })
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
      },
      // A data action's id is not a UUID; explicitNulls gives the entry `version: null`.
      dependencies: consumes({
        '1.0': [{ id: 'custom_-_5e6f7a8b-0000-4000-8000-00000000da7a', name: 'Look up account', type: 'DATAACTION' }]
      })
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
  // The secret goes to login.<region>: an org in another region must not get it by default.
  const region = process.env.GENESYSCLOUD_REGION?.trim()
  if (!region) {
    console.error('Set GENESYSCLOUD_REGION to the org’s region (eu-west-1, or its domain such as mypurecloud.ie).')
    process.exit(2)
  }
  let host: string
  try {
    host = resolveRegion(region)
  } catch (err) {
    console.error(`GENESYSCLOUD_REGION: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(2)
  }
  target = { loginUrl: `https://login.${host}`, apiUrl: `https://api.${host}`, clientId, clientSecret }
  console.log(`Conformance checks against ${host} (read-only)`)
}
target.flowId = values['flow-id']

const { results, flows, dependencies, lookup, tooManyRequests } = await runConformance(target)
await stop()
for (const r of results) console.log(`${r.passed ? '✓' : '✗'} ${r.name}: ${r.detail}`)
let failed = results.filter((r) => !r.passed).length
console.log(failed ? `${failed} of ${results.length} checks failed.` : `All ${results.length} checks passed.`)

const report = renderReport(flows, target.clientId, tooManyRequests, dependencies, lookup)
console.log(`\n${report}\n`)
if (values.report) writeFileSync(values.report, `${report}\n`)
if (values.emulator) {
  // The emulator knows every flow type of the action's table: each scenario flow's must be accepted,
  // and what the scenario's flows consume must be listed.
  const types = SCENARIO.flows.map((f) => f.type.toUpperCase())
  const accepted = types.filter((type) =>
    dependencies.some((d) => d.flowType === type && d.outcome === 'accepted' && !d.shapeError)
  )
  const listed = dependencies.reduce((sum, d) => sum + (d.entries ?? 0), 0)
  if (accepted.length !== types.length || listed !== 3) {
    console.error(
      `Dependency tracking: ${accepted.length} of the scenario's ${types.length} flow types accepted, ${listed} of 3 consumed resources listed.`
    )
    failed += 1
  } else console.log(`Dependency tracking accepted the table's objectType for ${types.join(', ')}.`)

  // The lookup must answer every scenario flow, with the lock of the locked one, page at pageSize=1,
  // and take both forms of the id list.
  const lookedUp =
    lookup.asked === SCENARIO.flows.length &&
    lookup.found === SCENARIO.flows.length &&
    lookup.fields?.lockedUser?.present === 1 &&
    lookup.paging === 'pages' &&
    lookup.repeatedIds === 'accepted, the same flows'
  if (!lookedUp) {
    console.error(
      `Flow lookup: ${lookup.found ?? 0} of ${SCENARIO.flows.length} flows answered, ${lookup.fields?.lockedUser?.present ?? 0} of 1 locks shown, paging ${lookup.paging ?? 'not tried'}, repeated ids ${lookup.repeatedIds ?? 'not tried'}.`
    )
    failed += 1
  } else console.log(`The flow lookup answered the scenario's ${SCENARIO.flows.length} flows, paged, in both id forms.`)

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
    ...SCENARIO.flows.flatMap((f) =>
      Object.values(f.dependencies ?? {})
        .flat()
        .flatMap((d) => [d.id, d.name])
    ),
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
