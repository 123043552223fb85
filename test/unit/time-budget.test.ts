import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { ROOT } from '../../harness/action-yml.js'
import { INPUT_DEFAULTS } from '../../src/inputs/defaults.js'
import { Inputs } from '../../src/model/action.js'
import {
  JOB_MARGIN_MINUTES,
  jobTimeoutMinutes,
  timeBudget,
  usableUntil,
  worstCaseMs
} from '../../src/model/time-budget.js'

const minutes = (name: Inputs) => Number(INPUT_DEFAULTS[name])
const seconds = (name: Inputs) => Number(INPUT_DEFAULTS[name]) * 1000

describe('time budget', () => {
  it('keeps the record, the webhook and a rollback inside the budget, and never more than half of it', () => {
    const big = timeBudget(0, 30 * 60_000, { webhook: true, rollbackWaitMs: 300_000 })
    assert.deepEqual(big, { endsAt: 1_800_000, finalReserveMs: 125_000, rollbackReserveMs: 300_000 })
    assert.equal(usableUntil(big, false), 1_800_000 - 425_000)
    assert.equal(usableUntil(big, true), 1_800_000 - 125_000)
    const small = timeBudget(1_000, 6_000, { webhook: true, rollbackWaitMs: 300_000 })
    assert.equal(small.finalReserveMs + small.rollbackReserveMs, 3_000)
    assert.equal(usableUntil(small, false), 4_000)
    const plan = timeBudget(0, 60_000, { webhook: false, rollbackWaitMs: 0 })
    assert.deepEqual([plan.finalReserveMs, plan.rollbackReserveMs], [5_000, 0])
  })

  it('bounds a step by the budget plus one request, within the job timeout the examples and README give', () => {
    const budget = minutes(Inputs.TimeBudgetMinutes)
    const worst = worstCaseMs(
      budget * 60_000,
      seconds(Inputs.RequestTimeoutSeconds),
      seconds(Inputs.WebhookTimeoutSeconds)
    )
    // The margin covers the overrun past the budget and a minute or more for the job's other steps.
    assert.ok(worst / 60_000 + 1 <= budget + JOB_MARGIN_MINUTES, `worst case ${worst / 60_000} min`)
    assert.equal(jobTimeoutMinutes(budget), 35)

    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const stated = /`timeout-minutes: (\d+)`/.exec(readme)
    assert.ok(stated, 'the README states the job timeout to set')
    assert.equal(Number(stated[1]), jobTimeoutMinutes(budget))

    const dir = path.join(ROOT, 'examples')
    let jobs = 0
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      const workflow = parse(readFileSync(path.join(dir, file), 'utf8')) as {
        jobs: Record<
          string,
          { 'timeout-minutes'?: number; steps?: { uses?: string; with?: Record<string, unknown> }[] }
        >
      }
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const step = job.steps?.find((s) => s.uses?.includes('genesys-flow-promote'))
        if (!step) continue
        jobs += 1
        const own = Number(step.with?.[Inputs.TimeBudgetMinutes] ?? budget)
        assert.equal(job['timeout-minutes'], jobTimeoutMinutes(own), `${file} job ${name}`)
      }
    }
    assert.ok(jobs >= 5, `only ${jobs} jobs run the action`)
  })
})
