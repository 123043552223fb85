import type { TestContext } from 'node:test'

/**
 * Rows of the reliability report travel from the tests to the reporter as test diagnostics: the
 * report is what the test run saw, not a file anyone writes. Rows hold only facts that are the
 * same on every run (no timings, no ids), so the committed report can be compared with a fresh one.
 */
export const ROW_PREFIX = 'reliability-row '

export type Row =
  | {
      kind: 'case'
      id: string
      phase: string
      fault: string
      injected: string
      level: string
      expected: string
      verdicts: { promise: string; held: boolean }[]
    }
  | { kind: 'not-applicable'; id: string; phase: string; fault: string; why: string }
  | { kind: 'race'; id: string; expected: string; result: string; held: boolean }
  | { kind: 'input'; id: string; field: string; generated: number; expected: string; held: boolean }
  | { kind: 'free-text'; id: string; field: string; generated: number; expected: string; held: boolean }

export function reportRow(t: TestContext, row: Row): void {
  t.diagnostic(ROW_PREFIX + JSON.stringify(row))
}
