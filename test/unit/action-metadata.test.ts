import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { ACTION_VERSION, Inputs, Outputs } from '../../src/model/action.js'
import { INPUT_DEFAULTS, RUNNER_EXPANDED_DEFAULTS } from '../../src/inputs/defaults.js'
import { RawInputsSchema } from '../../src/inputs/schema.js'
import { ROOT, readActionYml } from '../../harness/action-yml.js'

const action = readActionYml()
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

describe('action.yml, the schema and the README agree', () => {
  it('runs on node24 from the bundle', () => {
    assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' })
  })

  it('declares every input the code reads, and no other', () => {
    assert.deepEqual(Object.keys(action.inputs).sort(), Object.values(Inputs).sort())
    assert.deepEqual(Object.keys(RawInputsSchema.shape).sort(), Object.values(Inputs).sort())
  })

  it('declares every output the code sets, and no other', () => {
    assert.deepEqual(Object.keys(action.outputs).sort(), Object.values(Outputs).sort())
  })

  it('has the same defaults as the code', () => {
    for (const name of Object.values(Inputs)) {
      const declared = action.inputs[name]!.default
      const expanded = RUNNER_EXPANDED_DEFAULTS[name]
      if (expanded) assert.equal(declared, expanded.expression, name)
      else assert.equal(declared, INPUT_DEFAULTS[name], name)
    }
  })

  it('documents every input and output in the README, with its default', () => {
    for (const name of Object.values(Inputs)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`))
      assert.ok(row, `README has no row for input ${name}`)
      const expected = RUNNER_EXPANDED_DEFAULTS[name]?.expression ?? INPUT_DEFAULTS[name]
      if (expected)
        assert.ok(row.includes(`\`${expected}\``), `README row of ${name} does not show its default ${expected}`)
    }
    for (const name of Object.values(Outputs)) {
      assert.ok(readme.includes(`| \`${name}\` |`), `README has no row for output ${name}`)
    }
  })

  it('sends the package version in the user-agent', () => {
    assert.equal(ACTION_VERSION, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version)
  })
})

describe('examples', () => {
  it('use only inputs the action declares, and never cancel a running promotion', async () => {
    const { readdirSync } = await import('node:fs')
    const { parse } = await import('yaml')
    const dir = path.join(ROOT, 'examples')
    for (const file of readdirSync(dir)) {
      const workflow = parse(readFileSync(path.join(dir, file), 'utf8')) as {
        concurrency?: { 'cancel-in-progress'?: boolean }
        jobs: Record<
          string,
          {
            steps: { uses?: string; with?: Record<string, unknown> }[]
            'timeout-minutes'?: number
            concurrency?: { 'cancel-in-progress'?: boolean }
            with?: unknown
          }
        >
        permissions?: unknown
      }
      assert.ok(workflow.permissions, `${file} sets no top-level permissions`)
      for (const [name, job] of Object.entries(workflow.jobs)) {
        assert.ok(job['timeout-minutes'], `${file}/${name} has no timeout-minutes`)
        for (const step of job.steps.filter((s) => s.uses?.startsWith('genesys-flow-promote/'))) {
          for (const input of Object.keys(step.with ?? {}))
            assert.ok(input in action.inputs, `${file}/${name} uses unknown input ${input}`)
          const mode = step.with?.mode ?? 'apply'
          const group = job.concurrency ?? workflow.concurrency
          if (mode !== 'plan')
            assert.equal(group?.['cancel-in-progress'], false, `${file}/${name} may cancel a running promotion`)
        }
      }
    }
  })
})
