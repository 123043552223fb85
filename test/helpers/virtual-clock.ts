import type { Clock } from '../../src/model/clock.js'

/** Discrete-event time: `sleep` resolves when every earlier sleeper has run and nothing else can. */
export class VirtualClock implements Clock {
  time = Date.parse('2026-11-30T12:00:00Z')
  private readonly timers: { at: number; seq: number; resolve: () => void }[] = []
  private seq = 0
  private driving = false
  now = () => this.time
  random = () => 0.5
  sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      this.timers.push({ at: this.time + Math.max(0, ms), seq: this.seq++, resolve })
      this.drive()
    })

  /** Advances to the earliest timer once the event loop has nothing else to do (two turns: setImmediate work too). */
  private drive(): void {
    if (this.driving) return
    this.driving = true
    const step = () => {
      setImmediate(() =>
        setImmediate(() => {
          if (!this.timers.length) {
            this.driving = false
            return
          }
          this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq)
          const next = this.timers.shift()!
          this.time = Math.max(this.time, next.at)
          next.resolve()
          step()
        })
      )
    }
    step()
  }
}
