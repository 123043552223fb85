import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Inputs } from '../../src/model/action.js'
import type { HealthGateConfig } from '../../src/model/config.js'
import type { VersionTraffic } from '../../src/model/outcome.js'
import { analyticsInterval, flowVersionQuery, trafficOf } from '../../src/promotion/gate/traffic.js'
import { allowedPercent, judge, pollEveryMs } from '../../src/promotion/gate/verdict.js'
import { healthGateOutput } from '../../src/outputs/outputs.js'
import { healthGateLines } from '../../src/outputs/health-gate.js'
import type { AuditRecord } from '../../src/audit/record.js'
import { parse, inputError as refusal } from '../helpers/config.js'

const FLOW_ID = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
const base = { 'client-id': 'id', 'client-secret': 'secret', region: 'us-east-1', 'flow-id': FLOW_ID }

const config: HealthGateConfig = { windowMs: 600_000, minEntries: 20, maxFailurePercent: 5, onFail: 'rollback' }
const traffic = (version: string, entries: number, failedOutcomes = 0, disconnects = 0): VersionTraffic => ({
  version,
  entries,
  failedOutcomes,
  disconnects
})

describe('health gate inputs', () => {
  it('is off by default, with the documented defaults behind it', () => {
    assert.equal(parse(base).healthGate, undefined)
    assert.deepEqual(parse({ ...base, 'health-gate-seconds': '600' }).healthGate, config)
    assert.deepEqual(
      parse({
        ...base,
        'health-gate-seconds': '90.5',
        'health-gate-min-entries': '50',
        'health-gate-max-failure-percent': '2.5',
        'health-gate-on-fail': 'warn'
      }).healthGate,
      { windowMs: 90_500, minEntries: 50, maxFailurePercent: 2.5, onFail: 'warn' }
    )
  })

  const refusals: [string, Record<string, string>, Inputs, RegExp][] = [
    ['negative seconds', { 'health-gate-seconds': '-60' }, Inputs.HealthGateSeconds, /0 \(off\) or a positive number/],
    ['non-numeric seconds', { 'health-gate-seconds': 'ten' }, Inputs.HealthGateSeconds, /0 \(off\) or a positive/],
    ['negative entries', { 'health-gate-min-entries': '-1' }, Inputs.HealthGateMinEntries, /whole number/],
    ['no entries', { 'health-gate-min-entries': '0' }, Inputs.HealthGateMinEntries, /between 1 and/],
    ['fractional entries', { 'health-gate-min-entries': '2.5' }, Inputs.HealthGateMinEntries, /whole number/],
    [
      'a percent over 100',
      { 'health-gate-max-failure-percent': '101' },
      Inputs.HealthGateMaxFailurePercent,
      /at most 100/
    ],
    ['a negative percent', { 'health-gate-max-failure-percent': '-5' }, Inputs.HealthGateMaxFailurePercent, /0 to 100/],
    [
      'a percent with a sign',
      { 'health-gate-max-failure-percent': '5%' },
      Inputs.HealthGateMaxFailurePercent,
      /0 to 100/
    ],
    [
      'on-fail maybe',
      { 'health-gate-on-fail': 'maybe' },
      Inputs.HealthGateOnFail,
      /must be one of rollback, fail, warn$/
    ]
  ]
  for (const [what, inputs, input, message] of refusals) {
    it(`refuses ${what}, naming ${input}`, () => {
      const err = refusal({ ...base, ...inputs })
      assert.equal(err.input, input)
      assert.match(err.message, message)
    })
  }

  it('refuses in apply a gate the time budget cannot cover besides the publish, and takes it in a plan', () => {
    const err = refusal({ ...base, 'health-gate-seconds': '1200' })
    assert.equal(err.input, Inputs.HealthGateSeconds)
    assert.match(err.message, /wait-timeout-seconds, 300 s\) that is more than time-budget-minutes leaves/)
    assert.equal(
      parse({ ...base, 'health-gate-seconds': '1200', 'time-budget-minutes': '60' }).healthGate?.windowMs,
      1_200_000
    )
    assert.equal(parse({ ...base, 'health-gate-seconds': '1200', mode: 'plan' }).healthGate?.windowMs, 1_200_000)
  })
})

describe('health gate query', () => {
  it('asks for one flow grouped by flowVersion over whole seconds that cover the instants', () => {
    const from = Date.parse('2026-11-28T10:00:00.400Z')
    assert.deepEqual(flowVersionQuery(FLOW_ID, from, from + 61_000), {
      interval: '2026-11-28T10:00:00Z/2026-11-28T10:01:02Z',
      groupBy: ['flowVersion'],
      filter: { type: 'and', predicates: [{ dimension: 'flowId', value: FLOW_ID }] },
      metrics: ['nFlow', 'nFlowOutcomeFailed', 'tFlowDisconnect']
    })
    // Never an empty interval, which the platform would refuse.
    assert.equal(analyticsInterval(from, from), '2026-11-28T10:00:00Z/2026-11-28T10:00:01Z')
  })

  it("reads one version's figures, summed over intervals, and nothing from an empty answer", () => {
    const groups = [
      {
        group: { flowVersion: '3.0' },
        data: [
          {
            metrics: [
              { metric: 'nFlow', stats: { count: 10 } },
              { metric: 'tFlowDisconnect', stats: { count: 2, sum: 9 } }
            ]
          },
          {
            metrics: [
              { metric: 'nFlow', stats: { count: 5 } },
              { metric: 'nFlowOutcomeFailed', stats: { count: 1 } }
            ]
          }
        ]
      },
      { group: { flowVersion: '2.0' }, data: [{ metrics: [{ metric: 'nFlow', stats: { count: 99 } }] }] }
    ]
    assert.deepEqual(trafficOf(groups, '3.0'), traffic('3.0', 15, 1, 2))
    assert.deepEqual(trafficOf([], '3.0'), traffic('3.0', 0))
  })
})

describe('health gate verdict', () => {
  it('fails as soon as enough calls fail more than the allowance above the replaced version', () => {
    const replaced = { ...traffic('2.0', 400, 4, 8), basis: 'before' as const, from: 0, to: 1 }
    assert.equal(allowedPercent(config, replaced), 8)
    // 2 of 20 is 10%, over 3% + 5 points: failed at once, mid-window.
    const failing = judge(config, { version: traffic('3.0', 20, 1, 1), replaced }, false)
    assert.equal(failing?.verdict, 'failed')
    assert.equal(
      failing?.reason,
      '3.0: 2 of 20 calls failed (10.0%: 1 failed outcome, 1 disconnect); 2.0 failed 3.0% of 400 calls in the same time before the publish, so at most 8.0% is allowed (5 points more)'
    )
  })

  it('decides by the rule: failed early, passed and inconclusive only at the end', () => {
    const replaced = { ...traffic('2.0', 400, 4, 8), basis: 'before' as const, from: 0, to: 1 }
    // 2 of 25 (8%) is within the 8% allowed; 3 of 25 (12%) is not.
    assert.equal(judge(config, { version: traffic('3.0', 25, 1, 1), replaced }, false), undefined)
    assert.equal(judge(config, { version: traffic('3.0', 25, 1, 2), replaced }, false)?.verdict, 'failed')
    assert.equal(judge(config, { version: traffic('3.0', 25, 1, 1), replaced }, true)?.verdict, 'passed')
    // Many failures among too few calls: never a rollback.
    assert.equal(judge(config, { version: traffic('3.0', 19, 19, 0), replaced }, true)?.verdict, 'inconclusive')
    assert.equal(judge(config, { version: traffic('3.0', 19, 19, 0), replaced }, false), undefined)
  })

  it('counts a call that fails and disconnects once, and allows the bare percentage without a baseline', () => {
    assert.equal(allowedPercent(config, undefined), 5)
    const judged = judge(config, { version: traffic('3.0', 20, 20, 20) }, true)
    assert.equal(judged?.verdict, 'failed')
    assert.match(
      judged!.reason,
      /20 of 20 calls failed \(100\.0%: 20 failed outcomes, 20 disconnects\); with no baseline, at most 5\.0% is allowed/
    )
    assert.equal(judge(config, { version: traffic('3.0', 100, 5, 0) }, true)?.verdict, 'passed')
  })

  it('polls five times a window, 10 s to 60 s apart', () => {
    assert.deepEqual(
      [5_000, 30_000, 100_000, 300_000, 600_000, 3_600_000].map(pollEveryMs),
      [5_000, 10_000, 20_000, 60_000, 60_000, 60_000]
    )
  })
})

describe('health gate output and summary', () => {
  const gate = (
    verdict: AuditRecord['healthGate'] extends infer G ? (G extends { verdict: infer V } ? V : never) : never
  ) => ({ healthGate: { verdict } }) as unknown as AuditRecord

  it('says off when no gate ran, else the worst verdict (a watch cut off counts as inconclusive)', () => {
    assert.equal(healthGateOutput([{ healthGate: null }]), 'off')
    assert.equal(healthGateOutput([gate('passed'), { healthGate: null }]), 'passed')
    assert.equal(healthGateOutput([gate('passed'), gate(null)]), 'inconclusive')
    assert.equal(healthGateOutput([gate('inconclusive'), gate('failed'), gate('passed')]), 'failed')
  })

  it('shows the verdict, both versions and why, escaped', () => {
    const record = {
      status: 'rolled-back',
      rollback: { attempted: true, version: '2.0', status: 'restored', durationMs: 1 },
      healthGate: {
        verdict: 'failed',
        reason: 'the <b>|reason|</b> @team',
        onFail: 'rollback',
        window: { seconds: 600, start: 'a', end: 'b', watchedSeconds: 125 },
        minEntries: 20,
        maxFailurePercent: 5,
        allowedFailurePercent: 8,
        polls: 2,
        failedPolls: 1,
        endedEarly: 'verdict',
        version: { version: '3.0', entries: 40, failedOutcomes: 9, disconnects: 3, failures: 12, failurePercent: 30 },
        replaced: {
          version: '2.0',
          entries: 400,
          failedOutcomes: 4,
          disconnects: 8,
          failures: 12,
          failurePercent: 3,
          basis: 'before',
          start: 'c',
          end: 'd'
        }
      }
    } as unknown as AuditRecord
    const text = healthGateLines(record).join('\n')
    assert.match(text, /^#### ❌ Health gate: failed: rolled back to 2\.0$/m)
    assert.match(text, /^\| 3\.0 \(new\) \| 40 \| 9 \| 3 \| 30\.0% \|$/m)
    assert.match(text, /^\| 2\.0 \(replaced, same time before the publish\) \| 400 \| 4 \| 8 \| 3\.0% \|$/m)
    assert.match(
      text,
      /Watched 2 min 5 s of 10 min \(stopped early: the verdict was clear\) · 2 polls \(1 failed\) · allowed: 8\.0%/
    )
    assert.match(text, /\*\*Why:\*\* the &lt;b&gt;&#124;reason&#124;&lt;\/b&gt; @\u2060team/)
    assert.deepEqual(healthGateLines({ ...record, healthGate: null }), [])
  })
})
