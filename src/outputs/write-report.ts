import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { flowRecords, releaseRecord, type RunReport } from '../audit/run-report.js'
import { Outputs, type ActionCore } from '../model/action.js'
import type { Config } from '../model/config.js'
import type { InputError } from '../model/errors.js'
import { writeAuditFile } from './audit-file.js'
import { escapeCell } from './escape.js'
import { diffsFor } from './insight.js'
import { healthGateOutput, setFlowOutputs } from './outputs.js'
import { renderReleaseSummary } from './release-summary.js'
import { fitSummary, renderFlowSummary, writeSummary } from './summary.js'

/**
 * Writes the run's record to the audit file, the outputs and the job summary. Synchronous, so that
 * it also completes from a SIGTERM handler. A file that cannot be written is reported, not fatal:
 * the outputs and the summary still carry the record.
 */
export function writeReport(
  report: RunReport,
  config: Config,
  core: ActionCore,
  env: NodeJS.ProcessEnv,
  now = Date.now(),
  options: { summary?: boolean } = {}
): void {
  const setOutput = (name: string, value: string) => core.setOutput(name, value)
  // Outputs and the audit file first, the summary (diffs to compute) last: a cancelled run has
  // seconds, and the record must be out before anything slow.
  let document: unknown
  let summary: () => string
  if (report.manifest) {
    const release = releaseRecord(report, now)
    document = release
    summary = () => {
      const diffs = diffsFor(report, release.flows)
      return fitSummary(renderReleaseSummary(release, diffs), () => renderReleaseSummary(release, diffs, false))
    }
    setOutput(Outputs.Status, release.status)
    setOutput(Outputs.Changed, String(release.changed))
    for (const single of [
      Outputs.FlowId,
      Outputs.FlowName,
      Outputs.PreviousVersion,
      Outputs.TargetVersion,
      Outputs.PublishedVersion,
      Outputs.LatencyMs
    ]) {
      setOutput(single, '')
    }
    setOutput(Outputs.AuditId, release.releaseId)
    setOutput(Outputs.Audit, JSON.stringify(release))
    setOutput(Outputs.AuditFile, config.auditFile)
    setOutput(Outputs.PlanFingerprint, release.planFingerprint ?? '')
    setOutput(Outputs.WebhookStatus, release.webhook.status)
    setOutput(Outputs.HealthGate, healthGateOutput(release.flows))
  } else {
    const record = flowRecords(report)[0]!
    document = record
    summary = () => {
      const diffs = diffsFor(report, [record])
      return fitSummary(
        renderFlowSummary(record, diffs),
        () => renderFlowSummary(record, diffs).split('<details><summary>Audit record')[0]!
      )
    }
    setFlowOutputs(setOutput, record, config.auditFile)
  }
  setOutput(Outputs.DeploymentId, String(report.facts.history?.deploymentId ?? ''))
  const backups = writeBackups(report, core)
  setOutput(Outputs.BackupFile, report.manifest ? (backups[0] ? path.dirname(backups[0]) : '') : (backups[0] ?? ''))
  try {
    writeAuditFile(config.auditFile, document)
  } catch (err) {
    core.warning(
      `Could not write the audit file ${config.auditFile}: ${(err as Error).message}. The record is in the audit output and the job summary.`
    )
  }
  if (options.summary !== false) writeSummary(summary(), env, core)
}

/** Writes each backup beside the audit file; answers the files written. */
function writeBackups(report: RunReport, core: ActionCore): string[] {
  const written: string[] = []
  for (const backup of report.backups) {
    try {
      mkdirSync(path.dirname(backup.file), { recursive: true })
      writeFileSync(backup.file, backup.content)
      written.push(backup.file)
    } catch (err) {
      core.warning(`Could not write the backup ${backup.file}: ${(err as Error).message}`)
    }
  }
  return written
}

/** An input error: nothing was sent anywhere, so there is no promotion to record, only the error. */
export function writeInputError(err: InputError, core: ActionCore, env: NodeJS.ProcessEnv): void {
  // A workflow can still branch on status.
  core.setOutput(Outputs.Status, 'failed')
  core.setOutput(Outputs.WebhookStatus, 'skipped')
  writeSummary(
    `### ❌ Genesys Cloud flow promotion: input error\n\n${escapeCell(`Input ${err.message}`)}\n\nNothing was sent anywhere.\n`,
    env,
    core
  )
  core.setFailed(`Input ${err.message}`)
}

/**
 * A run that did not start because it could not (a fork's plan, without secrets): `status` and
 * `webhook-status` skipped, a warning, and the summary saying why; nothing was read, so there is no
 * record. The step stays green.
 */
export function writeSkipped(warning: string, why: string, core: ActionCore, env: NodeJS.ProcessEnv): void {
  core.warning(warning)
  core.setOutput(Outputs.Status, 'skipped')
  core.setOutput(Outputs.Changed, 'false')
  core.setOutput(Outputs.WebhookStatus, 'skipped')
  writeSummary(`### ⏭️ Genesys Cloud flow promotion: skipped\n\n${escapeCell(why)}\n`, env, core)
}
