import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { ROOT } from '../../harness/action-yml.js'
import { runAction, runnerInputs } from '../../harness/run-action.js'
import { loadScenario } from '../../emulator/scenario.js'
import '../helpers/bundle.js'
import { withEmulator } from '../helpers/emulator.js'

interface Step {
  id?: string
  uses?: string
  with?: Record<string, string>
}

/**
 * This repository's CI runs the action with `uses: ./` against the emulator (ci.yml, job
 * test-action). That job cannot run here, so this test runs the same steps, read from ci.yml, on
 * dist/index.js with action.yml's defaults merged the way the runner merges them.
 */
describe('the test-action job of ci.yml, run as the runner would', () => {
  it('merges action.yml defaults like the runner: unset inputs get defaults, expressions expanded', () => {
    const inputs = runnerInputs({ 'flow-id': 'x', mode: '' }, '/runner/temp', 'ghs_token')
    assert.equal(inputs['target-version'], 'checked-in')
    assert.equal(inputs['auto-rollback'], 'true')
    assert.equal(inputs.mode, '', 'an input set to empty stays empty, as in the runner')
    assert.equal(inputs['audit-file'], '/runner/temp/genesys-flow-audit.json')
    assert.equal(inputs['github-token'], 'ghs_token')
    assert.equal(inputs['client-id'], '')
  })

  it('plans, then applies exactly what was planned', async () => {
    const workflow = parse(readFileSync(path.join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>
    }
    const steps = workflow.jobs['test-action']!.steps.filter((s) => s.uses === './')
    assert.deepEqual(
      steps.map((s) => s.id),
      ['plan', 'apply']
    )
    await withEmulator(await loadScenario(path.join(ROOT, 'demo', 'scenario.yaml')), async (emu) => {
      const outputs: Record<string, Record<string, string>> = {}
      for (const step of steps) {
        const inputs: Record<string, string> = {}
        for (const [name, value] of Object.entries(step.with ?? {})) {
          inputs[name] = String(value)
            .replace('http://127.0.0.1:8787', emu.url)
            .replace(
              /\$\{\{\s*steps\.(\w+)\.outputs\.([\w-]+)\s*\}\}/g,
              (_, id: string, output: string) => outputs[id]![output] ?? ''
            )
        }
        const run = await runAction({ inputs })
        assert.equal(run.exitCode, 0, `${step.id}: ${run.stdout}`)
        outputs[step.id!] = run.outputs
      }
      assert.equal(outputs.apply!.status, 'switched')
      assert.equal(outputs.apply!['plan-fingerprint'], outputs.plan!['plan-fingerprint'])
      assert.equal(emu.writes().length, 1)
    })
  })
})
