import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/server.js'
import { resolveRegion } from '../src/inputs/region.js'
import { runConformance, type Target } from './checks.js'

/**
 * `npm run conformance -- --emulator`: checks the bundled emulator (CI does this).
 * `npm run conformance` with GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET / GENESYSCLOUD_REGION set: checks
 * a real org, read-only. `--flow-id <id>` names the flow to read in detail.
 */
const { values } = parseArgs({
  options: { emulator: { type: 'boolean', default: false }, 'flow-id': { type: 'string' } }
})

let target: Target
let stop = async () => undefined as void
if (values.emulator) {
  const emulator = await startEmulator({
    scenario: {
      flows: [
        { name: 'Conformance IVR', type: 'inboundcall', versions: ['1.0', '2.0', '3.0'], published: '2.0' },
        { name: 'Conformance Chat', type: 'inboundchat', versions: ['1.0'], published: '1.0' }
      ]
    }
  })
  target = { loginUrl: emulator.url, apiUrl: emulator.url, clientId: 'demo-client', clientSecret: 'demo-secret' }
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

const results = await runConformance(target)
await stop()
for (const r of results) console.log(`${r.passed ? '✓' : '✗'} ${r.name}: ${r.detail}`)
const failed = results.filter((r) => !r.passed).length
console.log(failed ? `${failed} of ${results.length} checks failed.` : `All ${results.length} checks passed.`)
process.exit(failed ? 1 : 0)
