import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { GenesysPort } from '../../src/model/port.js'
import type { TimeBudget } from '../../src/model/time-budget.js'
import type { PromotionContext } from '../../src/promotion/platform/context.js'
import { nextPollDelayMs } from '../../src/promotion/platform/poll-schedule.js'
import { PROGRESS_EVERY_MS, startWaiting } from '../../src/promotion/platform/waiting.js'
import { FakeClock } from '../helpers/fake-clock.js'

interface Line {
  at: number
  message: string
}

function context(clock: FakeClock, lines: Line[], budget?: TimeBudget): PromotionContext {
  const write = (message: string) => void lines.push({ at: clock.now(), message })
  return {
    genesys: {} as GenesysPort,
    clock,
    log: { info: write, warning: write, debug: () => undefined },
    settings: {
      mode: 'apply',
      diff: 'never',
      autoRollback: true,
      rollbackStrategy: 'auto',
      forceUnlock: false,
      waitTimeoutMs: 300_000,
      pollIntervalMs: 500,
      maxRetries: 3,
      clientId: 'test-client',
      budget
    }
  }
}

/** The longest stretch from `from` to `to` without a line. */
function longestSilence(lines: Line[], from: number, to: number): number {
  const times = [from, ...lines.map((l) => l.at).filter((t) => t > from && t < to), to]
  return Math.max(...times.slice(1).map((t, i) => t - times[i]!))
}

/** Waits like a publish wait: polls until `doneAfterMs`, each read taking `readMs` of the clock. */
async function waitFor(ctx: PromotionContext, clock: FakeClock, doneAfterMs: number, readMs = 0) {
  const waiting = startWaiting(ctx, 'the publish of 3.0 (operation op-1)', 'STARTED')
  let reads = 0
  for (;;) {
    await waiting.untilNextPoll()
    const elapsed = await waiting.read(async () => {
      reads += 1
      if (readMs) await clock.sleep(readMs)
      return clock.now() - waiting.begun
    })
    if (elapsed >= doneAfterMs) return { waiting, reads }
    waiting.saw(elapsed < 20_000 ? 'PENDING_GENERATION' : 'PENDING_BACKEND_NOTIFICATION')
  }
}

describe('waiting: progress lines', () => {
  it('says where a 45 s wait stands at least every 10 s, from its last read, without reading more', async () => {
    const clock = new FakeClock()
    const lines: Line[] = []
    const begun = clock.now()
    const budget = { endsAt: begun + 30 * 60_000, finalReserveMs: 5_000, rollbackReserveMs: 300_000 }
    const { reads } = await waitFor(context(clock, lines, budget), clock, 45_000)
    assert.ok(lines.length >= 4, 'a line every 10 s of 45 s')
    assert.ok(longestSilence(lines, begun, clock.now()) <= PROGRESS_EVERY_MS)
    // The reads are the poll schedule's alone.
    let polls = 0
    for (let t = 0; t < 45_000; polls++) t += nextPollDelayMs(t, 500)
    assert.equal(reads, polls)
    const second = lines[1]!.message
    assert.match(second, /^Still waiting for the publish of 3\.0 \(operation op-1\) after 20\.0 s: /)
    assert.match(second, /: PENDING_(GENERATION|BACKEND_NOTIFICATION); /, 'the status the last read said')
    assert.match(second, /gives up in 4 min 40 s \(wait-timeout-seconds\)/)
    assert.match(second, /time budget left 29 min 40 s$/)
  })

  it('says a line that would fall due during a read before it, when reads are slow', async () => {
    for (let readMs = 100; readMs < 5_000; readMs += 200) {
      const clock = new FakeClock()
      const lines: Line[] = []
      const begun = clock.now()
      await waitFor(context(clock, lines), clock, 60_000, readMs)
      assert.ok(longestSilence(lines, begun, clock.now()) <= PROGRESS_EVERY_MS, `reads of ${readMs} ms`)
      assert.doesNotMatch(lines.map((l) => l.message).join('\n'), /time budget/, 'no budget, nothing said of one')
    }
  })

  it("counts the wait's own lines: the next progress line is due 10 s after the last of them", async () => {
    const clock = new FakeClock()
    const lines: Line[] = []
    const begun = clock.now()
    const waiting = startWaiting(context(clock, lines), 'the export of 2.0', 'Started')
    await waiting.sleep(8_000)
    waiting.log.info('Operation op-1: PENDING_GENERATION after 8.0 s')
    await waiting.sleep(12_000)
    assert.deepEqual(
      lines.map((l) => l.at - begun),
      [8_000, 18_000]
    )
    assert.match(lines[1]!.message, /^Still waiting for the export of 2\.0 after 18\.0 s: Started; /)
  })

  it('names time-budget-minutes when the budget ends the wait before its own timeout', async () => {
    const clock = new FakeClock()
    const lines: Line[] = []
    const budget = { endsAt: clock.now() + 60_000, finalReserveMs: 5_000, rollbackReserveMs: 15_000 }
    const waiting = startWaiting(context(clock, lines, budget), 'the import job job-1', 'Started')
    assert.equal(waiting.byBudget, true)
    await waiting.sleep(12_000)
    assert.equal(lines.length, 1)
    assert.match(lines[0]!.message, /gives up in 30 s \(time-budget-minutes\); time budget left 50 s$/)
  })
})
