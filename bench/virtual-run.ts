import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { RequestBudget } from '../src/genesys/budget.js'
import { LOOKUP_MAX_IDS } from '../src/genesys/client.js'
import { run } from '../src/main.js'
import type { CallTrace, GenesysPort, GenesysSession } from '../src/model/port.js'
import { FakeCore } from '../test/helpers/fake-core.js'
import type { FakeGenesys } from '../test/helpers/fake-genesys.js'
import type { VirtualClock } from '../test/helpers/virtual-clock.js'

/**
 * The action's `run()` in this process against the emulator's own state machine (`OrgState`,
 * through the pipeline tests' fake port), both on one virtual clock, every platform request taking
 * its turn in the run's rate budget as the SDK's HTTP client makes it (object-store downloads go to
 * another origin and do not). Time moves only when every flow waits: the figure is the time the
 * run would take, not this machine's speed. `scale.ts` and `gate.ts` measure with it.
 */
export async function runOnVirtualClock(options: {
  genesys: FakeGenesys
  clock: VirtualClock
  ratePerMinute: number
  /** Inputs besides the client and the region; `flowIds` of two or more make a release manifest. */
  inputs: Record<string, string>
  flowIds: string[]
  /** Release settings for the manifest: `concurrency: 20`, ... */
  manifestSettings?: string[]
  /** Told of every call, by the port method's name, as it is sent. */
  onCall: (name: keyof GenesysPort) => void
}): Promise<FakeCore> {
  const { genesys, clock, flowIds, onCall } = options
  const budget = new RequestBudget(options.ratePerMinute, clock)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-virtual-'))
  const manifest = path.join(dir, 'release.yml')
  writeFileSync(
    manifest,
    [
      ...(options.manifestSettings ?? []),
      'flows:',
      ...flowIds.map((id) => `  - { flow-id: ${id}, target-version: checked-in }`)
    ].join('\n')
  )
  const budgeted = (port: GenesysPort): GenesysPort => {
    const wrapped = { ...port }
    for (const [name, method] of Object.entries(port) as [keyof GenesysPort, (...a: unknown[]) => Promise<unknown>][]) {
      ;(wrapped as Record<string, unknown>)[name] = async (...args: unknown[]) => {
        if (name !== 'downloadExport') await budget.acquire()
        onCall(name)
        return method(...args)
      }
    }
    // A lookup is one request per 50 ids, as the client sends it.
    wrapped.lookupFlows = async (asked) => {
      const found = []
      for (let i = 0; i < asked.length; i += LOOKUP_MAX_IDS) {
        await budget.acquire()
        onCall('lookupFlows')
        found.push(...(await port.lookupFlows(asked.slice(i, i + LOOKUP_MAX_IDS))))
      }
      return found
    }
    return wrapped
  }
  const session: GenesysSession = {
    port: (trace: CallTrace) => budgeted(genesys.port(trace)),
    loggedIn: () => genesys.loggedIn()
  }
  const core = new FakeCore({
    'client-id': 'bench-client',
    'client-secret': 'bench-secret',
    region: 'us-east-1',
    ...(flowIds.length === 1 ? { 'flow-id': flowIds[0]! } : { manifest }),
    'audit-file': path.join(dir, 'audit.json'),
    ...options.inputs
  })
  await budget.acquire() // the login
  await run({
    core,
    env: { RUNNER_TEMP: dir },
    clock,
    openSession: async () => session,
    sendWebhook: async () => ({ status: 204 })
  })
  return core
}
