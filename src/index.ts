import * as core from '@actions/core'
import { systemClock } from './clock.js'
import { ACTION_NAME } from './constants.js'
import { errorMessage } from './errors.js'
import { openGenesysSession } from './genesys/client.js'
import { run } from './main.js'

// Entry point only: wires the real toolkit, clock and platform client into `run`.
let cancelling: Promise<void> | undefined
try {
  await run({
    core,
    env: process.env,
    clock: systemClock,
    openSession: openGenesysSession,
    commentOnPullRequest: async (...args) =>
      (await import('./report/pr-comment-github.js')).commentOnPullRequest(...args),
    onCancel: (record) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          // A second signal while the first is handled: the record is written, stop now.
          if (cancelling) process.exit(1)
          cancelling = record(signal).finally(() => process.exit(1))
        })
      }
    }
  })
  // A cancellation that began while run() finished owns the exit.
  await cancelling
} catch (err) {
  core.setFailed(`${ACTION_NAME} failed: ${errorMessage(err)}`)
}
// Keep-alive sockets must not hold the step open once the work is done.
process.exit()
