import { flowRecords, withWebhookResults, type RunReport } from './audit/run-report.js'
import type { ActionCore } from './model/action.js'
import type { Clock } from './model/clock.js'
import type { Config } from './model/config.js'
import type { StageProgress } from './model/outcome.js'
import { writeReport } from './outputs/write-report.js'
import { writeSummary } from './outputs/summary.js'
import { markCancelled } from './promotion/promote.js'
import type { notifyEach } from './webhook/notify.js'

/**
 * The run's record is written once: when the run ends, or when the job is cancelled, whichever
 * comes first. The other one then writes nothing.
 */
export class RecordOnce {
  private done = false

  get taken(): boolean {
    return this.done
  }

  take(): boolean {
    if (this.done) return false
    this.done = true
    return true
  }
}

export interface Cancellation {
  core: ActionCore
  env: NodeJS.ProcessEnv
  config: Config
  clock: Clock
  stages: StageProgress[]
  buildReport: () => RunReport
  /** A plan's reason to post no event (`webhook-events`): a cancelled one makes no attempt either. */
  webhookSkipped?: string
  /** The run's GitHub deployment, if it began: its `error` status is sent within the grace. */
  deployment?: { end: (withinMs?: number) => Promise<void> }
  /** One short attempt per record, all at once (`cancelled`: the events say the run was cancelled). */
  notify: (
    records: RunReport['stages'][number]['records'],
    webhook: Config['webhook'],
    cancelled: boolean
  ) => ReturnType<typeof notifyEach>
}

/** What `onCancel` runs: unless the run has recorded itself already, fail what runs and record it. */
export function cancellationHandler(record: RecordOnce, c: Cancellation): (signal: string) => Promise<void> {
  return async (signal) => {
    if (!record.take()) return
    markCancelled(c.stages, signal, c.clock.now(), !!c.config.manifestPath)
    await recordCancellation(c.buildReport(), signal, c)
  }
}

/**
 * A cancelled run, in the seconds the runner gives it: the record first (the runner may kill the
 * step at any moment from then on), then one short webhook attempt per flow, then the record again
 * with the webhook's result.
 */
async function recordCancellation(report: RunReport, signal: string, c: Cancellation): Promise<void> {
  writeReport(report, c.config, c.core, c.env, c.clock.now())
  // The runner kills the step 7.5 s after SIGINT and 2.5 s after SIGTERM: one short attempt each.
  const graceMs = signal === 'SIGINT' ? 5_000 : 2_000
  const deployment = c.deployment?.end(graceMs)
  const webhook = c.webhookSkipped ? undefined : c.config.webhook
  if (!webhook) return void (await deployment)
  const timeoutMs = Math.min(webhook.timeoutMs, graceMs)
  const records = flowRecords(report)
  const [results] = await Promise.all([c.notify(records, { ...webhook, timeoutMs }, true), deployment])
  writeReport(withWebhookResults(report, results), c.config, c.core, c.env, c.clock.now(), { summary: false })
  const delivered = [...results.values()].filter((r) => r.status === 'delivered').length
  writeSummary(
    `**Webhook after the cancellation:** ${delivered} of ${records.length} delivered (one attempt each).\n`,
    c.env,
    c.core
  )
}

let cancelling: Promise<void> | undefined

/**
 * Runs `record` on the first SIGINT or SIGTERM and exits when it settles; a second signal while it
 * runs exits at once: the record is written synchronously by the first handler, before any other
 * handler can run, so a second signal can cut the webhook attempt short, never the record. The
 * listeners stay (`on`, not `once`): with none left, the next signal would take Node's default
 * action and kill the process wherever it is, mid-record included.
 */
export function onProcessSignals(
  record: (signal: string) => Promise<void>,
  target: Pick<NodeJS.EventEmitter, 'on'> = process,
  exit: (code: number) => void = (code) => process.exit(code)
): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    target.on(signal, () => {
      if (cancelling) return exit(1)
      cancelling = record(signal).finally(() => exit(1))
    })
  }
}

/** A cancellation that began while the run finished owns the exit: wait for it. */
export function cancellationSettled(): Promise<void> {
  return cancelling ?? Promise.resolve()
}
