import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { systemClock } from '../src/deps.js'
import { RequestBudget } from '../src/genesys/budget.js'
import { openGenesysSession } from '../src/genesys/client.js'
import { createAgents } from '../src/http/agents.js'
import { resolveRegion } from '../src/inputs/region.js'
import type { PlatformConfig } from '../src/model/config.js'
import { newCallTrace } from '../src/model/port.js'
import type { PromotionContext } from '../src/promotion/platform/context.js'
import { Scrubber, formatStep, renderProbeReport } from './report.js'
import {
  PROBE_CLIENT,
  PROBE_FLOWS,
  PUBLISH_MODES,
  SCENARIO_SECRETS,
  probeScenario,
  type PublishMode
} from './scenario.js'
import { runProbe, whyNotCompleted } from './steps.js'

export const ACK_FLAG = 'i-understand-this-publishes'

const USAGE = `Usage: npm run probe -- --flow <flow id> --${ACK_FLAG} [--report <file>]
       npm run probe -- --emulator [--publish-mode checked-in-only|older-goes-live] --${ACK_FLAG} [--report <file>]

What it does, on a scratch flow of a sandbox org (GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET
and GENESYSCLOUD_REGION set): it publishes a version of the flow that is neither live nor checked in, reads
back what the platform did, then puts back the version that was live (publishing it, or importing its
exported content as a new version) and verifies that content is live again. The flow is changed while it
runs and may gain a version. It refuses a flow that is locked, busy or has no live version. It also
looks the flow up by id with the ids comma-joined (the SDK's form) and as repeated id parameters, and
reports which form the platform reads.
--report writes the shareable report (shapes and findings only) to a file.`

/** Where the probe's output goes; tests capture it, and look at the emulator before it closes. */
export interface ProbeIo {
  env: NodeJS.ProcessEnv
  out(line: string): void
  err(line: string): void
  /** Called with the in-process emulator (`--emulator`) after the probe, before it closes. */
  inspect?(emulator: Emulator): void | Promise<void>
}

const defaultIo: ProbeIo = { env: process.env, out: (l) => console.log(l), err: (l) => console.error(l) }

/** `npm run probe`: answers the exit code (0 done and verified, 1 refused or not verified, 2 bad usage). */
export async function main(argv: string[], io: ProbeIo = defaultIo): Promise<number> {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        flow: { type: 'string' },
        [ACK_FLAG]: { type: 'boolean', default: false },
        emulator: { type: 'boolean', default: false },
        'publish-mode': { type: 'string' },
        report: { type: 'string' },
        help: { type: 'boolean', default: false }
      }
    }).values
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    io.out(USAGE)
    return 0
  }
  if (!values[ACK_FLAG]) {
    io.err(
      `Refused: the probe publishes on the flow it is given, so it needs --${ACK_FLAG}. Nothing was sent.\n\n${USAGE}`
    )
    return 2
  }
  const mode = values['publish-mode'] ?? (values.emulator ? 'checked-in-only' : undefined)
  if (mode !== undefined && !values.emulator) {
    io.err('--publish-mode sets how the emulator answers: it goes with --emulator only.')
    return 2
  }
  if (mode !== undefined && !(mode in PUBLISH_MODES)) {
    io.err(`--publish-mode is checked-in-only or older-goes-live, not "${mode}".`)
    return 2
  }

  let emulator: Emulator | undefined
  let platform: PlatformConfig
  let credentials: { clientId: string; clientSecret: string }
  let target: string
  let flowId: string
  const fast = values.emulator
  if (values.emulator) {
    const publishMode = mode as PublishMode
    flowId = values.flow ?? PROBE_FLOWS.scratch.id
    emulator = await startEmulator({ scenario: probeScenario(publishMode) })
    const url = new URL(emulator.url)
    platform = {
      region: 'mypurecloud.com',
      regionGiven: false,
      hostSource: 'gateway-url',
      gateway: { protocol: 'http', host: url.hostname, port: Number(url.port), path: '' },
      maxRetries: 3,
      requestTimeoutMs: 10_000
    }
    credentials = { clientId: PROBE_CLIENT.id, clientSecret: PROBE_CLIENT.secret }
    target = `the bundled emulator, publishOnlyCheckedIn: ${PUBLISH_MODES[publishMode]} (--publish-mode ${publishMode})`
  } else {
    if (!values.flow) {
      io.err(`--flow <flow id> is required: the id of a scratch flow in a sandbox org.\n\n${USAGE}`)
      return 2
    }
    flowId = values.flow
    const clientId = io.env.GENESYSCLOUD_OAUTHCLIENT_ID
    const clientSecret = io.env.GENESYSCLOUD_OAUTHCLIENT_SECRET
    if (!clientId || !clientSecret) {
      io.err(
        'Set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (and GENESYSCLOUD_REGION), or pass --emulator.'
      )
      return 2
    }
    const region = io.env.GENESYSCLOUD_REGION?.trim()
    if (!region) {
      // The secret goes to login.<region>: a sandbox org in another region must not get it by default.
      io.err('Set GENESYSCLOUD_REGION to the sandbox org’s region (eu-west-1, or its domain such as mypurecloud.ie).')
      return 2
    }
    let host: string
    try {
      host = resolveRegion(region)
    } catch (err) {
      io.err(`GENESYSCLOUD_REGION: ${err instanceof Error ? err.message : String(err)}`)
      return 2
    }
    platform = {
      region: host,
      regionGiven: true,
      hostSource: 'GENESYSCLOUD_REGION',
      maxRetries: 3,
      requestTimeoutMs: 30_000
    }
    credentials = { clientId, clientSecret }
    target = `a real org (${host})`
  }

  const scrub = new Scrubber(credentials.clientId)
  scrub.add(credentials.clientSecret)
  scrub.add(flowId, '<id>')
  if (emulator) {
    scrub.add(emulator.url, '<uri>')
    scrub.add(emulator.objectStore.url, '<uri>')
  }
  const mask = (secret: string) => scrub.add(secret)
  const agents = createAgents(io.env, mask)
  const printed: string[] = []
  const say = (line: string) => {
    printed.push(line)
    io.out(line)
  }
  try {
    const session = await openGenesysSession({
      ...credentials,
      platform,
      clock: systemClock,
      budget: new RequestBudget(300, systemClock),
      agents,
      mask
    })
    const notes: string[] = []
    const ctx: PromotionContext = {
      genesys: session.port(newCallTrace()),
      clock: systemClock,
      log: {
        info: (m) => say(`   · ${scrub.text(m)}`),
        warning: (m) => {
          notes.push(m)
          say(`   ! ${scrub.text(m)}`)
        },
        debug: () => {}
      },
      settings: {
        mode: 'apply',
        autoRollback: false,
        rollbackStrategy: 'auto',
        diff: 'never',
        forceUnlock: false,
        waitTimeoutMs: fast ? 20_000 : 300_000,
        pollIntervalMs: fast ? 100 : 500,
        maxRetries: 3,
        clientId: credentials.clientId
      }
    }
    say(`Probe against ${target}: publishing on the flow given, then putting back what was live.`)
    let index = 0
    const result = await runProbe(flowId, ctx, {
      step: (step) => say(formatStep(++index, step, scrub)),
      flow: (flow) => scrub.addFlow(flow)
    })
    result.notes.push(...notes)

    if (result.refusal) {
      io.err(`Refused, nothing was written: ${scrub.text(result.refusal)}.`)
      return 1
    }
    const report = renderProbeReport(result, target, scrub)
    say(`\n${report}\n`)
    if (values.report) writeFileSync(values.report, `${report}\n`)
    const why = whyNotCompleted(result)
    let failed = why !== undefined
    if (why) io.err(`The probe did not complete: ${scrub.text(why)}.`)
    if (emulator) {
      // The report must be safe to share: nothing of the org it came from may show in it.
      const secrets = [...SCENARIO_SECRETS, emulator.url, emulator.objectStore.url, ...emulator.issuedTokens()]
      const shown = printed.join('\n')
      const leaked = secrets.filter((s) => report.includes(s) || shown.includes(s))
      if (leaked.length) {
        io.err(`The report shows what it must hide: ${leaked.length} of the scenario's ids, names or URLs.`)
        failed = true
      } else say('The report shows none of the scenario’s ids, names or URLs.')
    }
    return failed ? 1 : 0
  } catch (err) {
    io.err(`The probe stopped: ${scrub.text(err instanceof Error ? err.message : String(err))}`)
    return 1
  } finally {
    agents.close()
    if (emulator) {
      await io.inspect?.(emulator)
      await emulator.close()
    }
  }
}
