import * as core from '@actions/core'
import { cancellationSettled } from './cancel.js'
import { run } from './main.js'
import { ACTION_NAME } from './model/action.js'
import { errorMessage } from './model/errors.js'

// Entry point only: runs the action with the real toolkit, clock, platform client and signals.
try {
  await run()
  await cancellationSettled()
} catch (err) {
  core.setFailed(`${ACTION_NAME} failed: ${errorMessage(err)}`)
}
// Keep-alive sockets must not hold the step open once the work is done.
process.exit()
