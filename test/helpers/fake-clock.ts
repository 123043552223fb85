import type { Clock } from '../../src/model/clock.js'

/** Virtual time: `sleep` advances the clock at once and records how long was asked for. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = []
  constructor(
    public time = Date.parse('2026-11-28T10:00:00Z'),
    private readonly randomValue = 0.5
  ) {}
  now = () => this.time
  random = () => this.randomValue
  sleep = async (ms: number) => {
    this.sleeps.push(ms)
    this.time += Math.max(0, ms)
    await Promise.resolve()
  }
}
