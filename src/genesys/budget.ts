import type { Clock } from '../model/clock.js'

/**
 * One request budget for a whole run: no sliding window of `windowMs` holds more than `limit`
 * requests. Genesys limits a client-credentials token to 300 requests a minute; the window is a
 * second longer than a minute so that network latency between our count and the platform's cannot
 * put two requests a minute apart into the same platform window.
 */
export class RequestBudget {
  private readonly sent: number[] = []

  constructor(
    readonly limit: number,
    private readonly clock: Clock,
    readonly windowMs = 61_000
  ) {}

  now(): number {
    return this.clock.now()
  }

  /** Waits until one more request fits in the window, takes it, and answers how long it waited. */
  async acquire(): Promise<number> {
    const started = this.clock.now()
    for (;;) {
      const now = this.clock.now()
      while (this.sent.length && this.sent[0]! <= now - this.windowMs) this.sent.shift()
      if (this.sent.length < this.limit) {
        this.sent.push(now)
        return now - started
      }
      await this.clock.sleep(this.sent[0]! + this.windowMs - now + 1)
    }
  }
}
