import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RequestBudget } from '../../src/genesys/budget.js'
import { FakeClock } from '../helpers/fake-clock.js'

describe('request budget', () => {
  it('lets the limit through at once, then holds the next request until the window has room', async () => {
    const clock = new FakeClock(0)
    const budget = new RequestBudget(3, clock, 60_000)
    const waits = [await budget.acquire(), await budget.acquire(), await budget.acquire()]
    assert.deepEqual(waits, [0, 0, 0])
    clock.time = 10_000
    const waited = await budget.acquire()
    assert.equal(waited, 50_001)
    assert.equal(clock.time, 60_001)
  })

  it('never has more than the limit in any window', async () => {
    const clock = new FakeClock(0)
    const budget = new RequestBudget(5, clock, 1_000)
    const sent: number[] = []
    for (let i = 0; i < 23; i++) {
      await budget.acquire()
      sent.push(clock.time)
      clock.time += 37
    }
    for (const t of sent)
      assert.ok(sent.filter((s) => s > t - 1_000 && s <= t).length <= 5, `window ending at ${t} is over the limit`)
  })

  it('keeps a second of margin over the platform minute by default', () => {
    assert.equal(new RequestBudget(300, new FakeClock()).windowMs, 61_000)
  })
})
