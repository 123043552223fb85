import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { judge } from './expectations.js'
import { CASES, FAULTS, NOT_APPLICABLE, PHASES } from './matrix.js'
import { observe } from './observe.js'
import { reportRow } from './rows.js'

/**
 * The fault matrix, every case through the whole action (the bundle as the runner starts it, or
 * `run()` on a virtual clock for long waits). Each case reports a row to the reliability report
 * (docs/RELIABILITY.md, written by the test reporter) and then fails if any promise did not hold.
 */
describe('reliability: fault matrix', { concurrency: 4 }, () => {
  for (const c of CASES) {
    it(c.id, async (t) => {
      const verdicts = judge(c.expect, await observe(c))
      reportRow(t, {
        kind: 'case',
        id: c.id,
        phase: c.phase,
        fault: c.fault,
        injected: c.injected,
        level: c.level,
        expected: `${c.expect.status}, exit ${c.expect.exitCode}${c.expect.live ? `, ${c.expect.live} live` : ', may still land'}`,
        verdicts: verdicts.map((v) => ({ promise: v.promise, held: v.held }))
      })
      const broken = verdicts.filter((v) => !v.held)
      assert.deepEqual(
        broken.map((v) => `${v.promise}: ${v.detail}`),
        []
      )
    })
  }

  it('every cell of the matrix either has a case or says why it cannot happen', (t) => {
    const covered = new Set(CASES.map((c) => `${c.phase} × ${c.fault}`))
    const excused = new Map(NOT_APPLICABLE.map((n) => [`${n.phase} × ${n.fault}`, n.why]))
    const both = [...covered].filter((cell) => excused.has(cell))
    const neither = PHASES.flatMap((p) => FAULTS.map((f) => `${p} × ${f}`)).filter(
      (cell) => !covered.has(cell) && !excused.has(cell)
    )
    for (const n of NOT_APPLICABLE) reportRow(t, { kind: 'not-applicable', id: `${n.phase} / ${n.fault}`, ...n })
    assert.deepEqual({ both, neither }, { both: [], neither: [] })
    assert.equal(new Set(CASES.map((c) => c.id)).size, CASES.length, 'case ids are unique')
  })
})
