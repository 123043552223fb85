import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ScenarioInput } from '../../emulator/scenario.js'
import type { RunDeps } from '../../src/deps.js'
import { run } from '../../src/main.js'
import type { Clock } from '../../src/model/clock.js'
import { FakeClock } from './fake-clock.js'
import { FakeCore } from './fake-core.js'
import { FakeGenesys } from './fake-genesys.js'

export interface PipelineRun<C extends Clock = FakeClock> {
  core: FakeCore
  genesys: FakeGenesys
  clock: C
  sessionsOpened: number
  audit: Record<string, any> | undefined
  summary: string
}

/**
 * Runs `run()` with a fake toolkit, a fake platform over the emulator's model, and virtual time:
 * a `FakeClock`, or the `clock` given (a `VirtualClock` where flows wait concurrently). The
 * toolkit notes when each line was written.
 */
export async function runPipeline<C extends Clock = FakeClock>(
  inputs: Record<string, string>,
  scenario: ScenarioInput,
  options: {
    env?: NodeJS.ProcessEnv
    deps?: Partial<RunDeps>
    prepare?: (genesys: FakeGenesys) => void
    clock?: C
    /** The org and clock of an earlier run, to run again against the same platform (`scenario` is then not read). */
    after?: PipelineRun<C>
  } = {}
): Promise<PipelineRun<C>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pipeline-'))
  const summaryFile = path.join(dir, 'summary.md')
  writeFileSync(summaryFile, '')
  const clock = options.after?.clock ?? options.clock ?? (new FakeClock() as Clock as C)
  const core = new FakeCore(
    {
      'client-id': 'test-client',
      'client-secret': 'test-secret',
      region: 'us-east-1',
      'audit-file': path.join(dir, 'audit.json'),
      ...inputs
    },
    clock.now
  )
  const genesys = options.after?.genesys ?? new FakeGenesys({ publishDurationMs: 1_000, ...scenario }, clock.now)
  options.prepare?.(genesys)
  let sessionsOpened = 0
  await run({
    core,
    env: { RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summaryFile, ...options.env },
    clock,
    openSession: async () => {
      sessionsOpened += 1
      return genesys
    },
    sendWebhook: async () => ({ status: 204 }),
    ...options.deps
  })
  let audit: Record<string, any> | undefined
  try {
    audit = JSON.parse(readFileSync(path.join(dir, 'audit.json'), 'utf8'))
  } catch {
    audit = undefined
  }
  return { core, genesys, clock, sessionsOpened, audit, summary: readFileSync(summaryFile, 'utf8') }
}
