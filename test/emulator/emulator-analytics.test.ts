import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PlatformError } from '../../src/model/errors.js'
import { newCallTrace } from '../../src/model/port.js'
import { flowVersionQuery, trafficOf } from '../../src/promotion/gate/traffic.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FLOW_ID, apiCall, bearer, mainIvr, withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

const NOW = Date.parse('2026-11-28T10:00:00Z')
const PATH = '/api/v2/analytics/flows/aggregates/query'
const TEN_MINUTES = 600_000

describe('emulator: flow analytics', () => {
  it('answers each version its scenario traffic while it is live, grouped as asked, and {} for none', async () => {
    await withEmulator(
      { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'failing' } })] },
      async (emu) => {
        const auth = await bearer(emu.url)
        const query = flowVersionQuery(FLOW_ID, NOW - TEN_MINUTES, NOW)
        // 2.0 has been live for 22 hours: 30 entries a minute, its failures 30 s behind its entries.
        assert.deepEqual(await apiCall(emu.url, auth, 'POST', PATH, query), {
          results: [
            {
              group: { flowVersion: '2.0' },
              data: [
                {
                  interval: '2026-11-28T09:50:00Z/2026-11-28T10:00:00Z',
                  metrics: [
                    { metric: 'nFlow', stats: { count: 300 } },
                    { metric: 'nFlowOutcomeFailed', stats: { count: 3 } },
                    { metric: 'tFlowDisconnect', stats: { count: 6, sum: 252_000, min: 42_000, max: 42_000 } }
                  ]
                }
              ]
            }
          ]
        })
        // 3.0 never went live: no calls; another flow: nothing matched at all.
        const other = { ...query, filter: { type: 'and', predicates: [{ dimension: 'flowId', value: 'f00' }] } }
        assert.deepEqual(await apiCall(emu.url, auth, 'POST', PATH, other), {})
        assert.equal(emu.writes().length, 0, 'a query is a read')
      },
      { now: () => NOW }
    )
  })

  it('moves the traffic with the live version: the new one takes the calls from its publish on', async () => {
    let now = NOW
    await withEmulator(
      { flows: [mainIvr({ traffic: { '2.0': 'healthy', '3.0': 'failing' } })], publishDurationMs: 0 },
      async (emu) => {
        const auth = await bearer(emu.url)
        await apiCall(emu.url, auth, 'POST', `/api/v2/flows/actions/publish?flow=${FLOW_ID}&version=3.0`)
        now += 5 * 60_000
        const answer = await apiCall(emu.url, auth, 'POST', PATH, flowVersionQuery(FLOW_ID, NOW - 60_000, now))
        const groups = answer.results.map((r: { group: Record<string, string>; data: unknown[] }) => r)
        // 2.0 took the minute before the publish (its last calls' failures landing after it), 3.0 the
        // five minutes after: 150 entries, of which the 135 that ended 30 s later fail 30% and 10%.
        assert.deepEqual(trafficOf(groups, '2.0'), {
          version: '2.0',
          entries: 30,
          failedOutcomes: 1,
          disconnects: 1
        })
        assert.deepEqual(trafficOf(groups, '3.0'), {
          version: '3.0',
          entries: 150,
          failedOutcomes: 40,
          disconnects: 13
        })
      },
      { now: () => now }
    )
  })

  it('refuses what the platform would (or the emulator cannot answer) with a 400', async () => {
    await withEmulator(
      { flows: [mainIvr({ traffic: { '2.0': 'healthy' } })] },
      async (emu) => {
        const auth = await bearer(emu.url)
        const good = flowVersionQuery(FLOW_ID, NOW - TEN_MINUTES, NOW)
        for (const [what, body] of [
          ['an interval backwards', { ...good, interval: '2026-11-28T10:00:00Z/2026-11-28T09:00:00Z' }],
          ['an interval that is no ISO-8601', { ...good, interval: 'yesterday/today' }],
          ['no metrics', { ...good, metrics: [] }],
          ['an unknown metric', { ...good, metrics: ['nCalls'] }],
          ['a dimension not emulated', { ...good, groupBy: ['queueId'] }],
          ['a granularity', { ...good, granularity: 'PT1M' }]
        ] as const) {
          const response = await fetch(`${emu.url}${PATH}`, {
            method: 'POST',
            headers: { authorization: auth, 'content-type': 'application/json' },
            body: JSON.stringify(body)
          })
          assert.equal(response.status, 400, what)
          assert.equal(((await response.json()) as { code: string }).code, 'bad.request', what)
        }
      },
      { now: () => NOW }
    )
  })

  it('through the SDK adapter: parsed, {} read as no groups, a 429 retried, a 403 with the permission to give', async () => {
    await withEmulator(
      { flows: [mainIvr({ traffic: { '2.0': 'healthy' } })] },
      async (emu) => {
        const { session, close } = await sdkSession(emu.url, { clock: new FakeClock(NOW) })
        const trace = newCallTrace()
        const port = session.port(trace)
        emu.addFault({ match: { path: PATH }, status: 429, retryAfter: 2 })
        const groups = await port.queryFlowAggregates(flowVersionQuery(FLOW_ID, NOW - TEN_MINUTES, NOW))
        assert.deepEqual(trafficOf(groups, '2.0'), { version: '2.0', entries: 300, failedOutcomes: 3, disconnects: 6 })
        assert.equal(trace.retries, 1)
        assert.deepEqual(await port.queryFlowAggregates(flowVersionQuery('f00', NOW - TEN_MINUTES, NOW)), [])
        emu.addFault({ match: { path: PATH }, status: 403 })
        await assert.rejects(
          port.queryFlowAggregates(flowVersionQuery(FLOW_ID, NOW - TEN_MINUTES, NOW)),
          (err: unknown) =>
            err instanceof PlatformError && err.status === 403 && /analytics:flowAggregate:view/.test(err.describe())
        )
        close()
      },
      { now: () => NOW }
    )
  })
})
