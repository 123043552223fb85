import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { PROGRESS_EVERY_MS } from '../../src/promotion/platform/waiting.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import type { FakeCore } from '../helpers/fake-core.js'
import { runPipeline } from '../helpers/pipeline.js'
import { VirtualClock } from '../helpers/virtual-clock.js'

const apply = { 'flow-id': FLOW_ID }

/**
 * The lines of one wait, from the first line matching `from` to the first after it matching `to`
 * (both included), among the lines starting with `prefix` (a release's flow).
 */
function waitLines(core: FakeCore, from: RegExp, to: RegExp, prefix = ''): { at: number; message: string }[] {
  const lines = core.logs
    .filter((l) => l.level !== 'debug' && l.message.startsWith(prefix))
    .map((l) => ({ at: l.at!, message: l.message.slice(prefix.length) }))
  const first = lines.findIndex((l) => from.test(l.message))
  const last = lines.findIndex((l, i) => i > first && to.test(l.message))
  assert.ok(first >= 0 && last > first, `no wait from ${from} to ${to} in:\n${core.text()}`)
  return lines.slice(first, last + 1)
}

/** The longest stretch between two lines in a row. */
function longestSilence(lines: { at: number }[]): number {
  return Math.max(...lines.slice(1).map((l, i) => l.at - lines[i]!.at))
}

describe('pipeline: a long wait says where it stands', () => {
  it('a 45 s publish: no 10 s without a line, each saying the status, what it waits for and the time left', async () => {
    const { core } = await runPipeline(apply, { flows: [mainIvr({ publish: { durationMs: 45_000 } })] })
    assert.equal(core.outputs.status, 'switched')
    const lines = waitLines(core, /^Publishing 3\.0 \(operation/, /^3\.0 is live/)
    assert.ok(lines.at(-1)!.at - lines[0]!.at >= 45_000, 'the wait took the publish time')
    assert.ok(longestSilence(lines) <= PROGRESS_EVERY_MS, lines.map((l) => `${l.at} ${l.message}`).join('\n'))
    const progress = lines.filter((l) => l.message.startsWith('Still waiting'))
    assert.ok(progress.length >= 2)
    for (const { message } of progress)
      assert.match(
        message,
        /^Still waiting for the publish of 3\.0 \(operation [0-9a-f-]+\) after \d+\.\d s: [A-Z_]+; gives up in \d+ min \d+ s \(wait-timeout-seconds\); time budget left \d+ min \d+ s$/
      )
  })

  it('the lines cost no request: 1, 3 and 10 s publishes make 12, 16 and 22 requests, as without them', async () => {
    const counts: number[] = []
    for (const durationMs of [1_000, 3_000, 10_000]) {
      const { core, genesys } = await runPipeline(apply, { flows: [mainIvr({ publish: { durationMs } })] })
      assert.equal(core.outputs.status, 'switched')
      counts.push(genesys.calls.length)
    }
    // Login is not a port call here: the bundle against the emulator counts the same (bench/). The
    // schedule's own reads and publish, the backup's export job (2), the dependency check (1), the
    // permissions preflight (1) and the validate job (2) with the read after it (1): a progress line
    // would show as a read more.
    assert.deepEqual(counts, [12, 16, 22])
  })

  it("the backup's 45 s export job: no 10 s without a line", async () => {
    const { core } = await runPipeline(apply, { flows: [mainIvr()], exportDurationMs: 45_000 })
    assert.equal(core.outputs.status, 'switched')
    const lines = waitLines(core, /^Exporting 2\.0 \(export job/, /^Publishing 3\.0/)
    assert.ok(lines.at(-1)!.at - lines[0]!.at >= 45_000)
    assert.ok(longestSilence(lines) <= PROGRESS_EVERY_MS, lines.map((l) => `${l.at} ${l.message}`).join('\n'))
    assert.match(
      lines[1]!.message,
      /^Still waiting for the export of 2\.0 \(export job [0-9a-f-]+\) after 10\.0 s: Started; gives up in 4 min 50 s/
    )
  })

  it('a 45 s import job (a restore): no 10 s without a line', async () => {
    const { core } = await runPipeline(
      { ...apply, 'target-version': '1.0', 'rollback-strategy': 'restore' },
      { flows: [mainIvr()], importDurationMs: 45_000 }
    )
    assert.equal(core.outputs.status, 'switched')
    const lines = waitLines(core, /^Uploading the flow file to import job/, /^Import job \S+: Success/)
    assert.ok(lines.at(-1)!.at - lines[0]!.at >= 45_000)
    assert.ok(longestSilence(lines) <= PROGRESS_EVERY_MS, lines.map((l) => `${l.at} ${l.message}`).join('\n'))
    assert.match(lines[1]!.message, /^Still waiting for the import job \S+ after 10\.0 s: Started; /)
  })

  it('a release: every flow says where it stands at least every 10 s, each line prefixed [n/N] and its name', async () => {
    const other = '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab'
    const manifest = path.join(mkdtempSync(path.join(os.tmpdir(), 'progress-')), 'release.yml')
    writeFileSync(
      manifest,
      `concurrency: 2\nstages:\n  - name: all\n    flows:\n      - { flow-id: ${other}, target-version: "2.0" }\n      - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n`
    )
    const { core } = await runPipeline(
      { manifest },
      {
        flows: [
          {
            id: other,
            name: 'Module A',
            type: 'commonmodule',
            versions: ['1.0', '2.0'],
            published: '1.0',
            publish: { durationMs: 45_000 }
          },
          mainIvr({ publish: { durationMs: 45_000 } })
        ]
      },
      // The flows wait at once: time moves when both wait, as on the runner.
      { clock: new VirtualClock() }
    )
    assert.equal(core.outputs.status, 'switched')
    for (const [prefix, version] of [
      ['[1/2] Module A · ', '2\\.0'],
      ['[2/2] Main IVR · ', '3\\.0']
    ] as const) {
      const lines = waitLines(core, new RegExp(`^Publishing ${version} `), new RegExp(`^${version} is live`), prefix)
      assert.ok(lines.at(-1)!.at - lines[0]!.at >= 45_000)
      assert.ok(longestSilence(lines) <= PROGRESS_EVERY_MS, lines.map((l) => `${l.at} ${l.message}`).join('\n'))
      assert.ok(
        lines.some((l) => l.message.startsWith(`Still waiting for the publish of ${version.replace('\\', '')}`))
      )
    }
    const unprefixed = core.logs.filter((l) => /Still waiting/.test(l.message) && !/^\[[12]\/2\] /.test(l.message))
    assert.deepEqual(unprefixed, [])
  })
})
