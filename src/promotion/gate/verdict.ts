import type { HealthGateConfig } from '../../model/config.js'
import {
  failurePercent,
  failuresOf,
  type HealthGateInfo,
  type HealthVerdict,
  type VersionTraffic
} from '../../model/outcome.js'

/**
 * The health gate's rule (docs/platform.md#health-gate). A version's failure rate is its failed
 * outcomes and disconnects over its entries, capped at 100%. The new version fails when it has at
 * least `minEntries` entries and its rate is more than `maxFailurePercent` points above the
 * replaced version's (over the window before the publish, else alongside it; 0 when the replaced
 * version had too few calls to say). A flow whose callers often hang up in the IVR has a high rate
 * in every version: the comparison keeps that from failing every publish.
 */

/** The replaced version's rate, when it had enough calls to be a baseline. */
function baselinePercent(config: HealthGateConfig, replaced: VersionTraffic | undefined): number | undefined {
  return replaced && replaced.entries >= config.minEntries ? failurePercent(replaced) : undefined
}

export function allowedPercent(config: HealthGateConfig, replaced: VersionTraffic | undefined): number {
  return Math.min(100, (baselinePercent(config, replaced) ?? 0) + config.maxFailurePercent)
}

const pct = (n: number) => `${(Math.round(n * 10) / 10).toFixed(1)}%`

/** `12 of 40 calls failed (30.0%: 9 failed outcomes, 3 disconnects)`. */
function describeTraffic(t: VersionTraffic): string {
  const rate = failurePercent(t)
  const calls = `${t.entries} ${t.entries === 1 ? 'call' : 'calls'}`
  if (rate === undefined) return `no calls`
  const outcomes = `${t.failedOutcomes} failed ${t.failedOutcomes === 1 ? 'outcome' : 'outcomes'}`
  return `${failuresOf(t)} of ${calls} failed (${pct(rate)}: ${outcomes}, ${t.disconnects} ${t.disconnects === 1 ? 'disconnect' : 'disconnects'})`
}

/**
 * The verdict on the figures so far: `failed` as soon as it is clear (every minute more fails more
 * callers); `passed` or `inconclusive` only once the window is over (`final`). Undefined: watch on.
 */
export function judge(
  config: HealthGateConfig,
  gate: Pick<HealthGateInfo, 'version' | 'replaced'>,
  final: boolean
): { verdict: HealthVerdict; reason: string } | undefined {
  const { version, replaced } = gate
  const rate = failurePercent(version) ?? 0
  const allowed = allowedPercent(config, replaced)
  const baseline = baselinePercent(config, replaced)
  const against =
    baseline === undefined
      ? `with no baseline${replaced ? ` (${replaced.version} had ${replaced.entries} calls, fewer than ${config.minEntries})` : ''}, at most ${pct(allowed)} is allowed`
      : `${replaced!.version} failed ${pct(baseline)} of ${replaced!.entries} calls ${replaced!.basis === 'before' ? 'in the same time before the publish' : 'alongside it'}, so at most ${pct(allowed)} is allowed (${config.maxFailurePercent} points more)`
  if (version.entries >= config.minEntries && rate > allowed)
    return { verdict: 'failed', reason: `${version.version}: ${describeTraffic(version)}; ${against}` }
  if (!final) return undefined
  if (version.entries < config.minEntries)
    return {
      verdict: 'inconclusive',
      reason: `${version.version} took ${version.entries} ${version.entries === 1 ? 'call' : 'calls'}, fewer than health-gate-min-entries (${config.minEntries}): too few to judge, nothing was rolled back`
    }
  return { verdict: 'passed', reason: `${version.version}: ${describeTraffic(version)}; ${against}` }
}

/** The first poll waits this share of the window, and so do the rest: five polls, 10 s to 60 s apart. */
export function pollEveryMs(windowMs: number): number {
  return Math.min(windowMs, Math.max(10_000, Math.min(60_000, Math.round(windowMs / 5))))
}
