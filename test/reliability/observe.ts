import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ObjectStoreRequest } from '../../emulator/object-store.js'
import { startEmulator, type RequestRecord } from '../../emulator/server.js'
import type { OperationState } from '../../emulator/state.js'
import { openGenesysSession } from '../../src/genesys/client.js'
import { run } from '../../src/main.js'
import { commentOnPullRequest } from '../../src/outputs/pr-comment.js'
import { runBundle } from '../helpers/bundle.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeCore } from '../helpers/fake-core.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { startReceiver, type Script } from '../../harness/receiver.js'
import { FLOW_ID, ORG_ID } from '../helpers/emulator.js'
import type { ScenarioInput } from '../../emulator/scenario.js'
import type { Level } from './matrix.js'

/** Secrets every observed run is given, so that every run can prove it leaked none of them. */
export const SECRETS = {
  clientSecret: 'cs-7f3a9c1e5b2d4f6a8c0e1f2a3b4c5d6e',
  signingSecret: `whsec_${Buffer.from('reliability-signing-key-0123456789').toString('base64')}`,
  authorization: 'Bearer itsm-9d8c7b6a5f4e3d2c1b0a',
  githubToken: 'ghs_reliabilityRunnerToken0000000000'
}

export interface Observed {
  exitCode: number | null
  /** Everything the run printed, but the runner's mask commands (or `setSecret` calls). */
  printed: string
  /** Every value the run registered as a secret. */
  masked: string[]
  outputs: Record<string, string>
  summary: string
  auditFileText?: string
  webhookBodies: string[]
  prComments: string[]
  requests: RequestRecord[]
  /** What the object store behind the jobs' signed URLs received. */
  storeRequests: ObjectStoreRequest[]
  issuedTokens: string[]
  /** Values that must appear nowhere but in mask commands. */
  secrets: string[]
  /** The live version on the platform after the run, and every publish operation it started. */
  live?: string
  operations: OperationState[]
}

export interface Observation {
  level: Level
  scenario: ScenarioInput
  inputs?: Record<string, string>
  receiver?: Script
  signal?: { name: NodeJS.Signals; afterMs: number; afterOutput?: RegExp }
}

/**
 * Runs one promotion against a fresh emulator, a loopback webhook receiver and a loopback GitHub
 * API (the plan comment is posted on every run, so its body can be searched too), and collects
 * everything the run left behind.
 */
export async function observe(o: Observation): Promise<Observed> {
  const clock = new FakeClock(Date.now())
  const emulator = await startEmulator({
    scenario: { clients: [{ id: 'demo-client', secret: SECRETS.clientSecret }], ...o.scenario },
    now: o.level === 'virtual clock' ? clock.now : undefined
  })
  const receiver = await startReceiver(o.receiver)
  const github = await startGithubApi()
  try {
    const inputs: Record<string, string> = {
      'client-id': 'demo-client',
      'client-secret': SECRETS.clientSecret,
      'gateway-url': emulator.url,
      'organization-id': ORG_ID,
      'flow-id': FLOW_ID,
      'webhook-url': receiver.url,
      'webhook-secret': SECRETS.signingSecret,
      'webhook-authorization': SECRETS.authorization,
      'pr-comment': 'always',
      'github-token': SECRETS.githubToken,
      ...o.inputs
    }
    const env = pullRequestEnv(github.url)
    const result =
      o.level === 'bundle' ? await inBundle(inputs, env, o.signal) : await inVirtualTime(inputs, env, clock)
    const flow = emulator.state.flow(FLOW_ID)
    return {
      ...result,
      webhookBodies: receiver.received.map((r) => r.body),
      prComments: github.comments.map((c) => c.body),
      requests: [...emulator.requests],
      storeRequests: [...emulator.objectStore.requests],
      issuedTokens: emulator.issuedTokens(),
      secrets: [
        SECRETS.clientSecret,
        SECRETS.signingSecret,
        SECRETS.authorization,
        SECRETS.authorization.split(' ')[1]!,
        SECRETS.githubToken,
        receiver.url,
        'receiver-token',
        ...emulator.issuedTokens()
      ],
      live: flow?.publishedVersionId,
      operations: flow ? [...flow.history] : []
    }
  } finally {
    await Promise.all([emulator.close(), receiver.close(), github.close()])
  }
}

type RunResult = Pick<Observed, 'exitCode' | 'printed' | 'masked' | 'outputs' | 'summary' | 'auditFileText'>

async function inBundle(
  inputs: Record<string, string>,
  env: Record<string, string>,
  signal?: Observation['signal']
): Promise<RunResult> {
  const run = await runBundle(inputs['gateway-url']!, inputs, {
    env,
    signal,
    githubToken: SECRETS.githubToken,
    timeoutMs: 60_000
  })
  const lines = run.stdout.split('\n')
  return {
    exitCode: run.exitCode,
    printed: [...lines.filter((l) => !l.startsWith('::add-mask::')), run.stderr].join('\n'),
    masked: lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length)),
    outputs: run.outputs,
    summary: run.summary,
    auditFileText: readOrUndefined(run.auditFile)
  }
}

/** `run()` with the real platform client over HTTP; the emulator and every sleep share one virtual clock. */
async function inVirtualTime(
  inputs: Record<string, string>,
  env: Record<string, string>,
  clock: FakeClock
): Promise<RunResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reliability-'))
  const summaryFile = path.join(dir, 'summary.md')
  writeFileSync(summaryFile, '')
  const auditFile = path.join(dir, 'audit.json')
  const core = new FakeCore({ 'audit-file': auditFile, ...inputs })
  try {
    await run({
      core,
      env: { ...env, RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summaryFile },
      clock,
      openSession: openGenesysSession,
      commentOnPullRequest
    })
  } catch (err) {
    // index.ts turns anything thrown into a failed step with its message: so does this.
    core.setFailed(String(err))
  }
  return {
    exitCode: core.failed === undefined ? 0 : 1,
    printed: [core.text(), JSON.stringify(core.outputs)].join('\n'),
    masked: core.secrets,
    outputs: core.outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    auditFileText: readOrUndefined(auditFile)
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}
