import type { VersionTraffic } from '../../model/outcome.js'
import type { FlowAggregateGroup, FlowAggregateQuery } from '../../model/port.js'

/**
 * The flow analytics the health gate reads: entries (`nFlow`), failed outcomes
 * (`nFlowOutcomeFailed`) and disconnects (`tFlowDisconnect`, whose count is the entries that ended
 * in one). Counts are near real time; a `t…` metric lands when its segment ends.
 */
const GATE_METRICS = ['nFlow', 'nFlowOutcomeFailed', 'tFlowDisconnect'] as const

/** ISO-8601 `start/end` in whole seconds, covering [from, to]: never empty. */
export function analyticsInterval(from: number, to: number): string {
  const start = Math.floor(from / 1000) * 1000
  const end = Math.max(start + 1000, Math.ceil(to / 1000) * 1000)
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')
  return `${iso(start)}/${iso(end)}`
}

/** One flow's calls over [from, to], grouped by version. */
export function flowVersionQuery(flowId: string, from: number, to: number): FlowAggregateQuery {
  return {
    interval: analyticsInterval(from, to),
    groupBy: ['flowVersion'],
    filter: { type: 'and', predicates: [{ dimension: 'flowId', value: flowId }] },
    metrics: [...GATE_METRICS]
  }
}

/** A version's figures in an answer, summed over its intervals; a version the answer leaves out took no calls. */
export function trafficOf(groups: FlowAggregateGroup[], version: string): VersionTraffic {
  const traffic: VersionTraffic = { version, entries: 0, failedOutcomes: 0, disconnects: 0 }
  for (const { group, data } of groups) {
    if (group.flowVersion !== version) continue
    for (const { metrics } of data)
      for (const { metric, stats } of metrics) {
        const count = stats?.count ?? 0
        if (!Number.isFinite(count) || count < 0) continue
        if (metric === 'nFlow') traffic.entries += count
        else if (metric === 'nFlowOutcomeFailed') traffic.failedOutcomes += count
        else if (metric === 'tFlowDisconnect') traffic.disconnects += count
      }
  }
  return traffic
}
