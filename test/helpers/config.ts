import assert from 'node:assert/strict'
import { parseConfig, readRawInputs } from '../../src/inputs/config.js'
import { InputError } from '../../src/model/errors.js'

/** The run's configuration from `inputs`, as the runner would pass them, read and validated. */
export function parse(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return parseConfig(readRawInputs((name) => inputs[name] ?? '', env))
}

/** The input error `inputs` are refused with; fails the test when they are accepted. */
export function inputError(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): InputError {
  try {
    parse(inputs, env)
  } catch (err) {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`)
    return err
  }
  assert.fail('expected the inputs to be refused')
}
