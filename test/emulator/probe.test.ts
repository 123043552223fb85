import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Emulator } from '../../emulator/server.js'
import { Scrubber, renderProbeReport } from '../../probe/report.js'
import { main } from '../../probe/run.js'
import { PROBE_FLOWS, SCENARIO_SECRETS, type PublishMode } from '../../probe/scenario.js'
import { runProbe, whyNotCompleted } from '../../probe/steps.js'
import { systemClock } from '../../src/deps.js'
import { newCallTrace } from '../../src/model/port.js'
import type { PromotionContext } from '../../src/promotion/platform/context.js'
import { compareContent } from '../../src/promotion/platform/flow-content.js'
import { withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const ACK = '--i-understand-this-publishes'
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

interface Seen {
  live?: string
  content: Map<string, string>
  /** The probe's publishes: which id, and whether the emulator made it live. */
  publishes: { version?: string; outcome: string }[]
  writes: number
  /** What must not show in a report: the emulator's URLs, tokens and the jobs' signed URLs. */
  hidden: string[]
  bearerToObjectStore: number
}

/** `npm run probe` in-process, with its bundled emulator looked at before it closes. */
async function probe(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  let seen: Seen | undefined
  const code = await main(args, {
    env,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    inspect: (emu: Emulator) => {
      const flowId = args.includes('--flow') ? args[args.indexOf('--flow') + 1]! : PROBE_FLOWS.scratch.id
      const flow = emu.state.flow(flowId)!
      seen = {
        live: flow.publishedVersionId,
        content: new Map([...flow.versions].map(([id, v]) => [id, v.content])),
        publishes: flow.history
          .filter((op) => op.actionName === 'PUBLISH' && op.client)
          .map((op) => ({ version: op.targetVersion, outcome: op.outcome })),
        writes: emu.writes().length,
        hidden: [
          emu.url,
          emu.objectStore.url,
          ...emu.issuedTokens(),
          ...[...emu.jobs.exports.values()].flatMap((j) => (j.download ? [j.download] : [])),
          ...[...emu.jobs.imports.values()].flatMap((j) => [j.id, j.uploadToken])
        ],
        bearerToObjectStore: emu.objectStore.requests.filter((r) => r.authorization).length
      }
    }
  })
  return { code, out: out.join('\n'), err: err.join('\n'), seen }
}

function reportFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'probe-')), 'report.md')
}

function assertShareable(report: string, hidden: string[]): void {
  for (const secret of [...SCENARIO_SECRETS, ...hidden])
    assert.ok(!report.includes(secret), `the report shows ${JSON.stringify(secret)}`)
  assert.doesNotMatch(report, UUID, 'an id shows in the report')
  assert.doesNotMatch(report, /https?:\/\/|X-Signature|presigned|downloadUrl/i, 'a URL shows in the report')
}

describe('npm run probe against the emulator', () => {
  const modes: { mode: PublishMode; finding: RegExp; publishOutcome: string }[] = [
    { mode: 'checked-in-only', finding: /finding: \*\*200, and nothing changed\*\*/, publishOutcome: 'no-op' },
    { mode: 'older-goes-live', finding: /finding: \*\*the id went live\*\*/, publishOutcome: 'success' }
  ]
  for (const { mode, finding, publishOutcome } of modes) {
    it(`--publish-mode ${mode}: reports what the publish did, restores 2.0's content, verified, and names nothing`, async () => {
      const file = reportFile()
      const run = await probe(['--emulator', '--publish-mode', mode, ACK, '--report', file])
      assert.equal(run.code, 0, `${run.out}\n${run.err}`)
      const report = readFileSync(file, 'utf8')
      assert.match(report, finding)
      assert.match(report, /result: completed; what was live before is live again, verified by content/)
      assert.match(report, new RegExp(`--publish-mode ${mode}`))
      // Which form of a lookup's ids the platform reads: the emulator reads both.
      assert.match(
        report,
        /- flow lookup ids: comma-joined \(the SDK’s form, which the action sends\): read \(the flow answered, an unknown id left out\); repeated `id` parameters: read /
      )
      // What both authorization endpoints answered, before any write.
      assert.match(
        report,
        /ask what the client may do \(authorization subjects\/me\)\*\*\n {3}- platform: \d+ grants .*actions under actions; architect:flow:publish in the flow's division: held/
      )
      assert.match(report, /allDivsPermitted: true; the flow's division: included/)
      // Validate jobs, read-only: the scenario's 1.0 holds an error and a warning; the emulator takes 50 flows a job.
      assert.match(
        report,
        /validate jobs: job Success; messages: Error ×1, Warning ×1; a message carries the flow's id: no; largest batch accepted: 50 \(100 refused: .*HTTP 400/
      )
      // What the emulator did agrees with the report: 1.0 was published, and went live or did not.
      const seen = run.seen!
      assert.deepEqual(seen.publishes[0], { version: '1.0', outcome: publishOutcome })
      // The way back: 2.0 was not the checked-in version, so its content came back as a new version.
      assert.equal(seen.live, '4.0')
      assert.ok((await compareContent(seen.content.get('4.0')!, seen.content.get('2.0')!)).same)
      assert.match(seen.content.get('4.0')!, /This is version 2\.0\./)
      assert.equal(seen.bearerToObjectStore, 0)
      assertShareable(report, seen.hidden)
      assertShareable(run.out, seen.hidden)
      assert.match(report, /<our client sha256:[0-9a-f]{12}>/)
    })
  }

  it('puts back a version that is the checked-in one by publishing it, in both modes', async () => {
    for (const [mode, liveAfterProbe] of [
      ['checked-in-only', '2.0'],
      ['older-goes-live', '1.0']
    ] as const) {
      const file = reportFile()
      const run = await probe([
        '--emulator',
        '--publish-mode',
        mode,
        '--flow',
        PROBE_FLOWS.checkedInLive.id,
        ACK,
        '--report',
        file
      ])
      assert.equal(run.code, 0, `${run.out}\n${run.err}`)
      const report = readFileSync(file, 'utf8')
      assert.match(report, new RegExp(`read back\\*\\*\\n   - platform: live: ${liveAfterProbe.replace('.', '\\.')};`))
      assert.match(report, /put back 2\.0: publish it \(it is the checked-in version\)/)
      assert.equal(run.seen!.live, '2.0', 'no new version: 2.0 itself is live again')
      assert.deepEqual(
        run.seen!.publishes.map((p) => p.version),
        ['1.0', '2.0']
      )
      assertShareable(report, run.seen!.hidden)
    }
  })

  for (const [flow, why] of [
    ['locked', /locked by a user/],
    ['busy', /an operation \(PUBLISH\) is running/],
    ['unpublished', /no live \(published\) version/],
    ['twoVersions', /needs a version that is neither live \(2\.0\) nor checked in \(3\.0\), so at least three/]
  ] as const) {
    it(`refuses a flow that is ${flow === 'twoVersions' ? 'short of versions' : flow}, exit 1, writing nothing`, async () => {
      const file = reportFile()
      const run = await probe(['--emulator', '--flow', PROBE_FLOWS[flow].id, ACK, '--report', file])
      assert.equal(run.code, 1, run.out)
      assert.match(run.err, /Refused, nothing was written/)
      assert.match(run.err, why)
      assert.equal(run.seen!.writes, 0, 'no write reached the emulator')
      assert.equal(run.seen!.publishes.length, 0)
      assert.equal(existsSync(file), false, 'no report was written')
      assertShareable(run.out + run.err, run.seen!.hidden)
    })
  }

  it('refuses without the acknowledgement, exit 2, saying what the probe does (the CLI itself)', () => {
    const file = reportFile()
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'probe/cli.ts', '--emulator', '--publish-mode', 'older-goes-live', '--report', file],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }
    )
    assert.equal(run.status, 2, run.stdout + run.stderr)
    assert.match(run.stderr, /needs --i-understand-this-publishes\. Nothing was sent\./)
    assert.match(run.stderr, /it publishes a version of the flow that is neither live nor checked in/)
    assert.equal(existsSync(file), false)
  })

  it('refuses a real org without GENESYSCLOUD_REGION, or with an unknown one: exit 2, no default region', async () => {
    const env = { GENESYSCLOUD_OAUTHCLIENT_ID: 'id', GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret' }
    for (const region of [undefined, '', '  ', 'example.com']) {
      const run = await probe(['--flow', PROBE_FLOWS.scratch.id, ACK], { ...env, GENESYSCLOUD_REGION: region })
      assert.equal(run.code, 2, String(region))
      assert.match(run.err, /GENESYSCLOUD_REGION/)
      assert.equal(run.out, '', 'nothing was sent, so nothing was printed')
    }
    const noFlow = await probe([ACK], { ...env, GENESYSCLOUD_REGION: 'eu-west-1' })
    assert.equal(noFlow.code, 2)
    assert.match(noFlow.err, /--flow <flow id> is required/)
  })
})

describe('the probe when the way back fails', () => {
  const flowId = PROBE_FLOWS.scratch.id
  const scenario = (publishOnlyCheckedIn: boolean) => ({
    publishOnlyCheckedIn,
    exportDurationMs: 50,
    importDurationMs: 50,
    flows: [
      {
        ...PROBE_FLOWS.scratch,
        versions: ['1.0', '2.0', '3.0'],
        published: '2.0',
        jobs: { importFailure: "Unable to find a queue named 'Billing'." }
      }
    ]
  })

  async function probeOn(emu: Emulator) {
    const { session, close } = await sdkSession(emu.url)
    const ctx: PromotionContext = {
      genesys: session.port(newCallTrace()),
      clock: systemClock,
      log: { info: () => {}, warning: () => {}, debug: () => {} },
      settings: {
        mode: 'apply',
        autoRollback: false,
        rollbackStrategy: 'auto',
        diff: 'never',
        forceUnlock: false,
        waitTimeoutMs: 10_000,
        pollIntervalMs: 50,
        maxRetries: 1,
        clientId: 'demo-client'
      }
    }
    try {
      const result = await runProbe(flowId, ctx)
      return { result, report: renderProbeReport(result, 'the emulator', new Scrubber('demo-client')) }
    } finally {
      close()
    }
  }

  it('says plainly that the flow was left changed, and how to put it back, when the id went live', async () => {
    await withEmulator(scenario(false), async (emu) => {
      const { result, report } = await probeOn(emu)
      assert.equal(result.finding?.kind, 'went-live')
      assert.equal(result.wayBack?.ok, false)
      assert.match(result.leftChanged ?? '', /left changed: 1\.0 is live.*open version 2\.0, export it, import it/)
      assert.ok(whyNotCompleted(result))
      assert.match(report, /result: \*\*not completed\*\*: the flow may be left changed/)
      assert.equal(emu.state.flow(flowId)!.publishedVersionId, '1.0')
    })
  })

  it('does not count as completed when nothing changed but the restore failed', async () => {
    await withEmulator(scenario(true), async (emu) => {
      const { result, report } = await probeOn(emu)
      assert.equal(result.finding?.kind, 'nothing-changed')
      assert.equal(result.leftChanged, undefined)
      assert.equal(result.wayBack?.verified, true)
      assert.match(whyNotCompleted(result) ?? '', /the way back did not work .*nothing needs putting back/)
      // The platform's message is kept, but not the name it quotes (an org's queue).
      assert.match(report, /Unable to find a queue named '`<text>`'/)
      assert.doesNotMatch(report, /Billing/)
      assert.equal(emu.state.flow(flowId)!.publishedVersionId, '2.0')
    })
  })
})
