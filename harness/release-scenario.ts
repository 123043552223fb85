import { stableUuid } from '../emulator/state.js'
import type { ScenarioInput } from '../emulator/scenario.js'

/**
 * A release of `count` generated flows in `stages` stages, publish times drawn from `durations`:
 * the emulator scenario and the matching manifest (flows by id), for the test and the benchmark.
 */
export function generatedRelease(
  count: number,
  stages: number,
  durations: [number, number],
  options: { concurrency?: number; seed?: number; checkedIn?: boolean } = {}
) {
  const seed = options.seed ?? 7
  const prefix = 'Release flow '
  const scenario: ScenarioInput = {
    seed,
    rateLimit: { requests: 300, windowSeconds: 60 },
    generate: [{ count, namePrefix: prefix, versions: ['1.0', '2.0'], published: '1.0', publishDurationMs: durations }]
  }
  const ids = Array.from({ length: count }, (_, i) => stableUuid(`${seed}:${prefix}${i + 1}`))
  const perStage = Math.ceil(count / stages)
  const manifest = [
    `concurrency: ${options.concurrency ?? 10}`,
    'stages:',
    ...Array.from({ length: stages }, (_, s) => [
      `  - name: stage ${s + 1}`,
      '    flows:',
      ...ids
        .slice(s * perStage, (s + 1) * perStage)
        .map((id) => `      - { flow-id: ${id}, target-version: ${options.checkedIn ? 'checked-in' : '"2.0"'} }`)
    ]).flat()
  ].join('\n')
  return { scenario, manifest, ids }
}

/** The most requests any sliding window of `windowMs` held, from the emulator's request log. */
export function busiestWindow(times: number[], windowMs = 60_000): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++
    most = Math.max(most, end - start + 1)
  }
  return most
}
