import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { describe, it } from 'node:test'
import { onProcessSignals } from '../../src/cancel.js'

describe('signals', () => {
  it('records once when two signals arrive before the first handler finishes, and exits after the record', async () => {
    const emitter = new EventEmitter()
    const events: string[] = []
    let finish!: () => void
    const settled = new Promise<void>((resolve) => (finish = resolve))
    onProcessSignals(
      (signal) => {
        // The record is written synchronously; the webhook attempt that follows is what may be cut short.
        events.push(`record ${signal}`)
        return settled
      },
      emitter,
      (code) => events.push(`exit ${code}`)
    )
    emitter.emit('SIGINT')
    emitter.emit('SIGINT')
    emitter.emit('SIGTERM')
    assert.deepEqual(events, ['record SIGINT', 'exit 1', 'exit 1'])
    assert.equal(emitter.listenerCount('SIGINT'), 1, 'the listener stays: Node’s default would kill mid-record')
    finish()
    await settled
    await new Promise((resolve) => setImmediate(resolve))
    assert.deepEqual(events, ['record SIGINT', 'exit 1', 'exit 1', 'exit 1'])
  })
})
