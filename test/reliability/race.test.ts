import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, it } from 'node:test'
import { runBundle } from '../helpers/bundle.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { reportRow } from './rows.js'

/**
 * Two pipelines promote one flow at once, both planned against 2.0 (`expected-current-version`):
 * one to 3.0, one back to 1.0. The platform has no compare-and-swap, so the action can only narrow
 * the race: the second run must either find the flow moved (the check) or busy (409 to its
 * publish), and change nothing. The gap between the runs sweeps across the publish's duration.
 */
describe('reliability: two runs on one flow at once', () => {
  for (const gapMs of [0, 300, 900, 2_500]) {
    it(`second run ${gapMs} ms after the first`, async (t) => {
      await withEmulator({ flows: [mainIvr({ publish: { durationMs: 1_500 } })] }, async (emu) => {
        const promote = (target: string) =>
          runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': target, 'expected-current-version': '2.0' })
        const first = promote('3.0')
        await sleep(gapMs)
        const [a, b] = await Promise.all([first, promote('1.0')])
        const runs = [
          { target: '3.0', run: a },
          { target: '1.0', run: b }
        ]
        const winners = runs.filter((r) => r.run.outputs.status === 'switched')
        const losers = runs.filter((r) => r.run.outputs.status !== 'switched')
        const live = emu.state.flow(FLOW_ID)!.publishedVersionId
        const operations = emu.state.flow(FLOW_ID)!.history
        const loserMessage = String((losers[0]?.run.audit as { error?: { message?: string } })?.error?.message ?? '')
        // An older target goes live by id, or by a restore of its content as a new version (the
        // platform ignores a publish of an older id): the winner's record names which.
        const holdsTarget = (id: string | undefined, winner: { target: string; run: { audit?: unknown } }) => {
          const versions = (winner.run.audit as { versions?: { published?: string; restoredFrom?: string } })?.versions
          return id === winner.target || (versions?.restoredFrom === winner.target && versions.published === id)
        }
        const clear =
          /the flow moved since the plan|another operation is in progress|operation .* is (STARTED|PENDING)/i

        const problems = [
          winners.length !== 1 && `${winners.length} runs switched`,
          losers.some((l) => l.run.exitCode !== 1 || l.run.outputs.status !== 'failed') && 'the other run did not fail',
          losers.length === 1 && !clear.test(loserMessage) && `the refusal is not clear: "${loserMessage}"`,
          operations.length !== 1 && `${operations.length} publish operations started`,
          winners.length === 1 &&
            !holdsTarget(live, winners[0]!) &&
            `${live} is live, the winner published ${winners[0]!.target}`
        ].filter((p): p is string => typeof p === 'string')
        // Which refusal stops the second run depends on timing, so the row names none (it must not vary).
        t.diagnostic(`the second run was refused with: ${loserMessage}`)
        reportRow(t, {
          kind: 'race',
          id: `second run ${gapMs} ms after the first (publish takes 1.5 s)`,
          expected:
            'one run switches; the other is refused (flow moved, flow busy, or 409 to its publish) and starts no publish',
          result: problems.length ? problems.join('; ') : 'one switched; the other was refused and started nothing',
          held: problems.length === 0
        })
        assert.deepEqual(problems, [])
      })
    })
  }
})
