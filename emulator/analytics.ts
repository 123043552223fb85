import { PlatformFault, type LivePeriod, type OrgState } from './state.js'
import type { TrafficProfile } from './scenario.js'

/**
 * `POST /api/v2/analytics/flows/aggregates/query`: each version's calls, from the scenario's
 * `traffic` and the times the version was live. Deterministic: entries arrive evenly from the moment
 * a version goes live until it stops being live; failed outcomes and disconnects land
 * `segmentSeconds` after their entry (segments end later), so the latest minute under-counts them,
 * as real analytics does. The answer is `{}` when nothing matched.
 */

/** Dimensions the emulator groups and filters by; the platform has more (flowName, flowType…). */
const DIMENSIONS = new Set(['flowId', 'flowVersion'])
/** How a flow aggregate metric is named (`nFlow`, `tFlowDisconnect`, `oFlow`…); anything else is refused. */
const METRIC = /^[nto]Flow[A-Za-z]*$/
/** What each emulated disconnect lasted, for `tFlowDisconnect`'s sum. */
const DISCONNECT_MS = 42_000
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

interface Query {
  interval: { text: string; start: number; end: number }
  groupBy: string[]
  predicates: { dimension: string; value: string }[]
  type: 'and' | 'or'
  metrics: string[]
}

export function flowAggregates(state: OrgState, body: unknown): Record<string, unknown> {
  const query = parseQuery(body)
  const end = Math.min(query.interval.end, state.now())
  const groups = new Map<string, { group: Record<string, string>; counts: Counts }>()
  for (const flow of state.flows.values()) {
    for (const period of flow.livePeriods) {
      if (!matches(query, { flowId: flow.id, flowVersion: period.version })) continue
      const profile = flow.traffic[period.version]
      if (!profile) continue
      const counts = countsIn(profile, period, query.interval.start, end)
      if (!counts.entries && !counts.completed) continue
      const group = Object.fromEntries(
        query.groupBy.map((d) => [d, d === 'flowId' ? flow.id : period.version])
      ) as Record<string, string>
      const key = JSON.stringify(group)
      const found = groups.get(key)
      groups.set(key, { group, counts: found ? add(found.counts, counts) : counts })
    }
  }
  const results = [...groups.values()]
    .map(({ group, counts }) => ({
      group,
      data: [{ interval: query.interval.text, metrics: metricsOf(counts, query.metrics) }]
    }))
    .filter((r) => r.data[0]!.metrics.length > 0)
  return results.length ? { results } : {}
}

interface Counts {
  entries: number
  /** Entries whose segments ended (an outcome reached) within the interval. */
  completed: number
  failedOutcomes: number
  disconnects: number
}

function add(a: Counts, b: Counts): Counts {
  return {
    entries: a.entries + b.entries,
    completed: a.completed + b.completed,
    failedOutcomes: a.failedOutcomes + b.failedOutcomes,
    disconnects: a.disconnects + b.disconnects
  }
}

/**
 * What one live period of a version brings within [start, end]. Counts are cumulative from the
 * period's start, so any split of an interval adds up to the whole.
 */
function countsIn(profile: TrafficProfile, period: LivePeriod, start: number, end: number): Counts {
  const liveMs = (period.to ?? Infinity) - period.from
  const entriesBy = (t: number) => Math.floor((Math.min(Math.max(0, t), liveMs) / 60_000) * profile.entriesPerMinute)
  const lag = profile.segmentSeconds * 1000
  const endedBy = (t: number) => entriesBy(t - lag)
  const share = (t: number, percent: number) => Math.floor((endedBy(t) * percent) / 100)
  const a = start - period.from
  const b = end - period.from
  if (b <= a) return { entries: 0, completed: 0, failedOutcomes: 0, disconnects: 0 }
  return {
    entries: entriesBy(b) - entriesBy(a),
    completed: endedBy(b) - endedBy(a),
    failedOutcomes: share(b, profile.failedOutcomePercent) - share(a, profile.failedOutcomePercent),
    disconnects: share(b, profile.disconnectPercent) - share(a, profile.disconnectPercent)
  }
}

/** The metrics asked for that have data: a metric without any is left out, as analytics does. */
function metricsOf(counts: Counts, asked: string[]) {
  const stats: Record<string, { count: number; sum?: number; min?: number; max?: number } | undefined> = {
    nFlow: counts.entries ? { count: counts.entries } : undefined,
    // Every call that ended reached one outcome (assumed: a flow that sets outcomes on every path).
    nFlowOutcome: counts.completed ? { count: counts.completed } : undefined,
    nFlowOutcomeFailed: counts.failedOutcomes ? { count: counts.failedOutcomes } : undefined,
    tFlowDisconnect: counts.disconnects
      ? { count: counts.disconnects, sum: counts.disconnects * DISCONNECT_MS, min: DISCONNECT_MS, max: DISCONNECT_MS }
      : undefined,
    tFlowExit:
      counts.completed > counts.disconnects
        ? {
            count: counts.completed - counts.disconnects,
            sum: (counts.completed - counts.disconnects) * 60_000,
            min: 60_000,
            max: 60_000
          }
        : undefined
  }
  return asked.flatMap((metric) => (stats[metric] ? [{ metric, stats: stats[metric] }] : []))
}

function matches(query: Query, values: Record<string, string>): boolean {
  if (!query.predicates.length) return true
  const hits = query.predicates.map((p) => values[p.dimension] === p.value)
  return query.type === 'and' ? hits.every(Boolean) : hits.some(Boolean)
}

/** The query as the platform validates it: a 400 `bad.request` for what it would refuse, or the emulator cannot answer. */
function parseQuery(body: unknown): Query {
  const bad = (message: string): never => {
    throw new PlatformFault(400, 'bad.request', message)
  }
  if (typeof body !== 'object' || body === null) return bad('The request body must be a flow aggregation query.')
  const q = body as Record<string, unknown>
  if (typeof q.interval !== 'string') return bad('interval is required (ISO-8601 start/end).')
  const [from, to, extra] = q.interval.split('/')
  if (extra !== undefined || !from || !to || !ISO_INSTANT.test(from) || !ISO_INSTANT.test(to))
    return bad(`Invalid interval: ${q.interval} (expected ISO-8601 start/end).`)
  const start = Date.parse(from)
  const end = Date.parse(to)
  if (!(start < end)) return bad(`Invalid interval: ${q.interval} (the start must come before the end).`)
  if (q.granularity !== undefined) return bad('granularity is not emulated: ask for one interval.')
  if (!Array.isArray(q.metrics) || !q.metrics.length) return bad('metrics is required.')
  for (const metric of q.metrics)
    if (typeof metric !== 'string' || !METRIC.test(metric)) return bad(`Invalid metric: ${String(metric)}`)
  const groupBy = q.groupBy === undefined ? [] : q.groupBy
  if (!Array.isArray(groupBy)) return bad('groupBy must be a list of dimensions.')
  for (const dimension of groupBy)
    if (typeof dimension !== 'string' || !DIMENSIONS.has(dimension))
      return bad(`Invalid groupBy dimension: ${String(dimension)} (the emulator groups by flowId and flowVersion)`)
  let type: 'and' | 'or' = 'and'
  let predicates: Query['predicates'] = []
  if (q.filter !== undefined) {
    const filter = q.filter as { type?: unknown; predicates?: unknown; clauses?: unknown }
    if (filter.type !== 'and' && filter.type !== 'or') return bad('filter.type must be and or or.')
    if (filter.clauses !== undefined) return bad('filter.clauses are not emulated: use predicates.')
    if (!Array.isArray(filter.predicates) || !filter.predicates.length) return bad('filter.predicates is required.')
    type = filter.type
    predicates = filter.predicates.map((p: { type?: unknown; dimension?: unknown; value?: unknown }) => {
      if (p.type !== undefined && p.type !== 'dimension') return bad('Only dimension predicates are emulated.')
      if (typeof p.dimension !== 'string' || !DIMENSIONS.has(p.dimension))
        return bad(`Invalid filter dimension: ${String(p.dimension)}`)
      if (typeof p.value !== 'string') return bad('A predicate needs a value.')
      return { dimension: p.dimension, value: p.value }
    })
  }
  return {
    interval: { text: q.interval, start, end },
    groupBy: groupBy as string[],
    predicates,
    type,
    metrics: q.metrics
  }
}
