import path from 'node:path'
import { ROOT } from '../../harness/action-yml.js'
import { runAction, type ActionRun, type RunActionOptions } from '../../harness/run-action.js'
import { staleBundle } from '../../scripts/source-hash.js'

export const BUNDLE = path.join(ROOT, 'dist', 'index.js')
// Testing a bundle built from other sources would prove nothing about these: stop at once.
const stale = staleBundle()
if (stale) throw new Error(stale)

/** Runs the bundle against an emulator with the demo client's credentials. */
export function runBundle(
  emulatorUrl: string,
  inputs: Record<string, string>,
  options: Omit<RunActionOptions, 'inputs'> = {}
): Promise<ActionRun> {
  return runAction({
    ...options,
    inputs: { 'client-id': 'demo-client', 'client-secret': 'demo-secret', 'gateway-url': emulatorUrl, ...inputs }
  })
}

/** The `::error::` annotation lines of a run. */
export function errors(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .join('\n')
}
