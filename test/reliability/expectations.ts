import { FLOW_ID } from '../helpers/emulator.js'
import type { Expectation } from './matrix.js'
import type { Observed } from './observe.js'

/** One promise checked against one run: held or not, and what was seen when it did not hold. */
export interface Verdict {
  promise: PromiseName
  held: boolean
  detail: string
}

export const PROMISES = [
  'exit code and status',
  'record in file, outputs and summary',
  'record says what happened',
  'no write before the checks passed',
  'publish never repeated blindly',
  'secrets only in mask commands',
  'no stack trace'
] as const
export type PromiseName = (typeof PROMISES)[number]

type Json = Record<string, any>

function parse(text: string | undefined): Json | undefined {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as Json)
  } catch {
    return undefined
  }
}

/** Every promise of the issue, checked against one observed run. */
export function judge(expect: Expectation, run: Observed): Verdict[] {
  const record = parse(run.auditFileText)
  const verdicts: Verdict[] = []
  const check = (promise: PromiseName, problems: (string | false | undefined)[]) => {
    const found = problems.filter((p): p is string => typeof p === 'string')
    verdicts.push({ promise, held: found.length === 0, detail: found.join('; ') })
  }

  check('exit code and status', [
    run.exitCode !== expect.exitCode && `exit code ${run.exitCode}, expected ${expect.exitCode}`,
    run.outputs.status !== expect.status && `status output ${run.outputs.status}, expected ${expect.status}`
  ])

  const fromOutput = parse(run.outputs.audit)
  check('record in file, outputs and summary', [
    !record && 'no audit record in the audit file',
    !fromOutput && 'no audit record in the audit output',
    record && fromOutput && JSON.stringify(record) !== JSON.stringify(fromOutput) && 'the file and the output differ',
    record && run.outputs['audit-id'] !== record.auditId && 'audit-id output is not the record id',
    record && !run.summary.includes(record.auditId) && 'the summary does not carry the record',
    record && record.status !== expect.status && `the record says ${record.status}`
  ])

  const error: string = record?.error?.message ?? ''
  const opIds = run.operations.map((op) => op.id)
  check('record says what happened', [
    expect.error && !expect.error.test(error) && `error "${error}" does not match ${expect.error}`,
    expect.error && !run.summary.includes(error.slice(0, 40).replace(/[|<>]/g, '')) && 'the summary lacks the error',
    !expect.error && record?.error && `unexpected error "${error}"`,
    expect.live !== undefined &&
      run.live !== expect.live &&
      `the platform shows ${run.live} live, expected ${expect.live}`,
    // A run stopped before it read the flow records no live version: it cannot know one.
    expect.live !== undefined &&
      !(record?.versions?.published === null && run.operations.length === 0) &&
      record?.versions?.published !== run.live &&
      `the record says ${record?.versions?.published} is live, the platform shows ${run.live}`,
    // A run that cannot know the end state must name the operation that may still land.
    expect.live === undefined &&
      !opIds.some((id) => error.includes(id)) &&
      'the record does not name the operation that may still complete',
    run.operations.length !== expect.operations &&
      `the platform started ${run.operations.length} publish operations, expected ${expect.operations}`,
    record && opIds.length > 0 && !opIds.includes(record.operation?.id) && 'the record names no operation we started',
    (record?.webhook?.status ?? 'skipped') !== expect.webhook &&
      `webhook ${record?.webhook?.status}, expected ${expect.webhook}`,
    run.outputs['webhook-status'] !== expect.webhook && `webhook-status output ${run.outputs['webhook-status']}`,
    expect.rollback !== (record?.rollback?.status ?? undefined) &&
      `rollback ${record?.rollback?.status}, expected ${expect.rollback}`
  ])

  const writes = run.requests.filter((r) => r.write)
  const firstWrite = writes[0]?.seq ?? Infinity
  const checkReads = run.requests.filter((r) => /\/organizations\/me$|\/versions\//.test(r.path))
  const checks: { passed: boolean }[] = record?.checks ?? []
  check('no write before the checks passed', [
    writes.length > 0 && checks.some((c) => !c.passed) && 'a write happened although a check failed',
    checkReads.some((r) => r.seq > firstWrite) && 'a check read came after the first write',
    writes.length > 0 && !checks.some((c) => c.passed) && 'a write happened, but no check is recorded'
  ])

  // An import job's registration starts nothing until a file arrives: repeating it is safe.
  const actions = writes.filter((r) => r.path.startsWith('/api/v2/flows/actions/'))
  check('publish never repeated blindly', [
    ...actions.slice(1).map((w, i) => {
      const before = actions[i]!
      // Repeating is safe only after the platform refused the request (4xx), or after reading the flow.
      const refused = before.status >= 400 && before.status < 500
      const reread = run.requests.some(
        (r) =>
          r.seq > before.seq &&
          r.seq < w.seq &&
          r.method === 'GET' &&
          r.path === `/api/v2/flows/${FLOW_ID}` &&
          r.status === 200
      )
      return !refused && !reread && `write #${w.seq} followed write #${before.seq} (${before.status}) without a read`
    }),
    ...duplicates(run.operations.map((op) => op.targetVersion ?? '')).map(
      (v) => `the platform started two publishes of ${v}`
    ),
    // A second upload of one file only after a refusal, or after the job's state said it has no file.
    ...run.storeRequests
      .filter((r) => r.method === 'PUT')
      .map((put, i, puts) => {
        const before = puts.slice(0, i).findLast((p) => p.path === put.path)
        if (!before || (before.status >= 400 && before.status < 500)) return undefined
        const jobRead = run.requests.some(
          (r) => r.method === 'GET' && r.path.startsWith('/api/v2/flows/jobs/') && r.at >= before.at && r.at <= put.at
        )
        return !jobRead && `the flow file was uploaded again (after ${before.status}) without reading the job`
      })
  ])

  const everywhere = [
    ['output', run.printed],
    ['outputs', JSON.stringify(run.outputs)],
    ['summary', run.summary],
    ['audit file', run.auditFileText ?? ''],
    ['webhook body', run.webhookBodies.join('\n')],
    ['PR comment', run.prComments.join('\n')]
  ] as const
  check('secrets only in mask commands', [
    ...run.secrets.flatMap((secret) =>
      everywhere.filter(([, text]) => text.includes(secret)).map(([where]) => `${secret.slice(0, 8)}… in the ${where}`)
    ),
    // A token whose answer was cut off on the way reached the run only in part: that part is masked.
    ...run.issuedTokens
      .filter((t) => !run.masked.some((m) => m.length >= 8 && t.startsWith(m)))
      .map((t) => `token ${t.slice(0, 6)}… never masked`),
    !run.masked.includes(run.secrets[0]!) && 'the client secret was never masked',
    run.storeRequests.some((r) => r.authorization) && 'a request to the object store carried an Authorization header'
  ])

  check('no stack trace', [/\n\s+at .+:\d+:\d+\)?/.test(run.printed) && 'a stack trace was printed'])
  return verdicts
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))]
}
