import type { ScenarioInput } from '../../emulator/scenario.js'
import type { Script } from '../../harness/receiver.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'

/**
 * The fault matrix (issue 8): every phase of a promotion against every fault, as data. Each cell
 * either holds cases (a scenario, the inputs, what must come out) or says why it cannot happen.
 * `matrix.test.ts` runs the cases and checks every expectation; the report is generated from it.
 */

export const PHASES = [
  'login',
  'organization check',
  'flow lookup',
  'validation reads',
  'backup export',
  'export',
  'publish',
  'waiting',
  'verification',
  'rollback by republish',
  'upload',
  'import',
  'content verification',
  'webhook'
] as const
export type Phase = (typeof PHASES)[number]

export const FAULTS = [
  '429, short Retry-After',
  '429, long Retry-After',
  '429, Retry-After over the cap',
  '502',
  '503',
  '504',
  '500',
  'connection reset',
  'response slower than the timeout',
  'malformed JSON body',
  'expired token',
  '403 missing.permissions',
  '404',
  '409 lock / operation in progress',
  'publish FAILURE',
  'publish 200 that changes nothing',
  'verification mismatch',
  'rollback fails too',
  'cancelled while waiting',
  'captured shapes: nulls, user {}, sparse versions',
  "another actor's operation replaces ours"
] as const
export type FaultName = (typeof FAULTS)[number]

/** Where a case runs: the bundled process in real time, or `run()` over HTTP with virtual time. */
export type Level = 'bundle' | 'virtual clock'

export interface Expectation {
  status: 'switched' | 'rolled-back' | 'failed' | 'timed-out'
  exitCode: 0 | 1
  /**
   * The live version on the platform once every operation has finished. `undefined` when the run
   * cannot know (it stopped while a publish ran): the record must then say it may still complete.
   */
  live?: string
  /** How many publish operations the platform started. */
  operations: number
  webhook: 'delivered' | 'failed' | 'skipped'
  rollback?: 'restored' | 'failed' | 'not-possible'
  /** The record's error message, for failures; also what the summary must show. */
  error?: RegExp
}

export interface MatrixCase {
  id: string
  phase: Phase
  fault: FaultName
  /** What exactly is injected, in words, for the report. */
  injected: string
  level: Level
  scenario: ScenarioInput
  inputs?: Record<string, string>
  receiver?: Script
  signal?: { name: NodeJS.Signals; afterMs: number; afterOutput?: RegExp }
  expect: Expectation
}

export interface NotApplicable {
  phase: Phase
  fault: FaultName
  why: string
}

type EmulatorFault = NonNullable<ScenarioInput['faults']>[number]

const PUBLISH = { method: 'POST', path: '/api/v2/flows/actions/publish' }
const FLOW_READ = { method: 'GET', path: `/api/v2/flows/${FLOW_ID}` }
const EXPORT_JOB = { method: 'POST', path: '/api/v2/flows/export/jobs' }

/**
 * The phases of a restore (export, upload, import, content verification) run on a pinned target
 * that is not the checked-in version: the emulator's publish of 1.0 changes nothing, as evidence
 * says the platform's does, and the action puts 1.0's content live as a new version, 4.0.
 */
const RESTORE_PHASES: readonly Phase[] = ['export', 'upload', 'import', 'content verification']
const RESTORE_INPUTS = { 'target-version': '1.0' }
const JOB_PHASES = ['backup export', ...RESTORE_PHASES] as const
/** The phases whose request goes to the object store, not the platform. */
const STORE_PHASES = ['export', 'upload'] as const

/** The request each platform phase makes first, as an emulator fault match (and how many to let through). */
const PHASE_REQUEST: Record<Exclude<Phase, 'webhook'>, { match: { method: string; path: string }; skip: number }> = {
  login: { match: { method: 'POST', path: '/oauth/token' }, skip: 0 },
  'organization check': { match: { method: 'GET', path: '/api/v2/organizations/me' }, skip: 0 },
  'flow lookup': { match: FLOW_READ, skip: 0 },
  'validation reads': { match: { method: 'GET', path: `/api/v2/flows/${FLOW_ID}/versions/*` }, skip: 0 },
  publish: { match: PUBLISH, skip: 0 },
  // The first poll, while the publish still runs (it takes 1.5 s; the first poll comes at 0.5 s),
  // after the checks' read and the read again after the validate job.
  waiting: { match: FLOW_READ, skip: 2 },
  // The read that finds the operation complete (the publish takes 0 ms, so the first poll does).
  verification: { match: FLOW_READ, skip: 2 },
  // The rollback's publish request (the first publish put 1.0 live instead of 3.0).
  'rollback by republish': { match: PUBLISH, skip: 1 },
  // The export job of what is live, before the first write.
  'backup export': { match: EXPORT_JOB, skip: 0 },
  // The download of the target's export (after the backup's) from the object store, another origin.
  export: { match: { method: 'GET', path: '/exports/*' }, skip: 1 },
  // The flow file's upload to the object store.
  upload: { match: { method: 'PUT', path: '/uploads/*' }, skip: 0 },
  // The import job's registration.
  import: { match: { method: 'POST', path: '/api/v2/flows/jobs' }, skip: 0 },
  // The export job of the version the import put live (after the backup's and the target's).
  'content verification': { match: EXPORT_JOB, skip: 2 }
}

/** The flow for each phase: publish timing that makes the phase's request the one the fault hits. */
function flowFor(phase: Phase) {
  if (phase === 'waiting') return mainIvr({ publish: { durationMs: 1_500 } })
  if (phase === 'rollback by republish') return mainIvr({ publishes: [mismatch(0)], publish: { durationMs: 0 } })
  // A checked-in target comes with the flow read: only a pinned other version's record is read.
  if (phase === 'validation reads') return mainIvr({ checkedIn: '1.0', publish: { durationMs: 0 } })
  return mainIvr({ publish: { durationMs: 0 } })
}

/**
 * The scenario of a phase. Rollback by republish needs the emulator's old behaviour, where
 * publishing an older id puts it live (`publishOnlyCheckedIn: false`); its rows say so.
 */
function scenarioFor(phase: Phase, extra: Partial<ScenarioInput> = {}): ScenarioInput {
  const scenario: ScenarioInput = { flows: [flowFor(phase)], ...extra }
  return phase === 'rollback by republish' || phase === 'validation reads'
    ? { ...scenario, publishOnlyCheckedIn: false }
    : scenario
}

/** The words every row of a phase adds to what was injected. */
function phaseNote(phase: Phase): string {
  if (phase === 'rollback by republish') return ' (older ids go live: publishOnlyCheckedIn false)'
  if (phase === 'validation reads')
    return " (target 3.0 pinned, 1.0 checked in: the target's record is read; publishOnlyCheckedIn false)"
  if (RESTORE_PHASES.includes(phase)) return ' (target 1.0, not the checked-in version: restored)'
  return ''
}

function mismatch(durationMs: number) {
  return { outcome: 'publishes-other' as const, otherVersion: '1.0', durationMs }
}

function platformCase(
  phase: Exclude<Phase, 'webhook'>,
  fault: FaultName,
  injected: string,
  emulatorFault: Omit<EmulatorFault, 'match'>,
  expect: Expectation,
  options: { level?: Level; inputs?: Record<string, string>; variant?: string } = {}
): MatrixCase {
  const { match, skip } = PHASE_REQUEST[phase]
  return {
    id: `${phase} / ${fault}${options.variant ? ` / ${options.variant}` : ''}`,
    phase,
    fault,
    injected: injected + phaseNote(phase),
    level: options.level ?? 'bundle',
    scenario: scenarioFor(phase, { faults: [{ match, skip, times: 1, ...emulatorFault }] }),
    inputs: RESTORE_PHASES.includes(phase)
      ? { ...RESTORE_INPUTS, ...options.inputs }
      : phase === 'validation reads'
        ? { 'target-version': '3.0', ...options.inputs }
        : options.inputs,
    expect
  }
}

/** What a run that recovered from a fault at `phase` ends with. */
function recovered(phase: Phase): Expectation {
  if (RESTORE_PHASES.includes(phase)) {
    // The publish of 1.0 is the one operation; the import makes and publishes 4.0.
    return { status: 'switched', exitCode: 0, live: '4.0', operations: 1, webhook: 'delivered' }
  }
  if (phase === 'rollback by republish') {
    return {
      status: 'rolled-back',
      exitCode: 1,
      live: '2.0',
      operations: 2,
      webhook: 'delivered',
      rollback: 'restored',
      error: /left version 1\.0 live instead; rolled back: 2\.0 is live again/
    }
  }
  return { status: 'switched', exitCode: 0, live: '3.0', operations: 1, webhook: 'delivered' }
}

/** What a run that a fault stopped at `phase` ends with. */
function stopped(phase: Exclude<Phase, 'webhook'>, error: RegExp): Expectation {
  if (phase === 'backup export') {
    return { status: 'failed', exitCode: 1, live: '2.0', operations: 0, webhook: 'delivered', error }
  }
  if (phase === 'export' || phase === 'upload' || phase === 'import') {
    // Before the import took the file, nothing changed: the publish of 1.0 did nothing.
    return {
      status: 'failed',
      exitCode: 1,
      live: '2.0',
      operations: phase === 'export' ? 0 : 1,
      webhook: 'delivered',
      error
    }
  }
  if (phase === 'content verification') {
    return { status: 'failed', exitCode: 1, live: '4.0', operations: 1, webhook: 'delivered', error }
  }
  if (phase === 'rollback by republish') {
    return {
      status: 'failed',
      exitCode: 1,
      live: '1.0',
      operations: 1,
      webhook: 'delivered',
      rollback: 'failed',
      error
    }
  }
  if (phase === 'waiting' || phase === 'verification') {
    // The publish was accepted: the run cannot know whether it lands, and must say so.
    return { status: 'failed', exitCode: 1, operations: 1, webhook: 'delivered', error }
  }
  return { status: 'failed', exitCode: 1, live: '2.0', operations: 0, webhook: 'delivered', error }
}

/** The step log's line once the publish started: signals are sent after it, whatever the machine's speed. */
export const PUBLISHING = /Publishing 3\.0 \(operation /
/** The step log's line before the import job: its registration and upload follow within the second. */
const RESTORING = /Restoring the content of 1\.0 through an import job/

const PLATFORM_PHASES = PHASES.filter((p): p is Exclude<Phase, 'webhook'> => p !== 'webhook')
const mayStillComplete = /operation [0-9a-f-]{36}.*may still complete/

function platformCases(): MatrixCase[] {
  const cases: MatrixCase[] = []
  for (const phase of PLATFORM_PHASES) {
    cases.push(
      platformCase(
        phase,
        '429, short Retry-After',
        '429, Retry-After: 1',
        { status: 429, retryAfter: 1 },
        recovered(phase)
      ),
      platformCase(
        phase,
        '429, long Retry-After',
        '429, Retry-After: 120 (waited on the virtual clock)',
        { status: 429, retryAfter: 120 },
        recovered(phase),
        { level: 'virtual clock' }
      ),
      platformCase(
        phase,
        '429, Retry-After over the cap',
        '429, Retry-After: 200 (over 180 s)',
        { status: 429, retryAfter: 200, times: 0 },
        phase === 'waiting' || phase === 'verification'
          ? stopped(phase, /asked to retry after 200 s.*operation [0-9a-f-]{36}.*may still complete/)
          : stopped(phase, /asked to retry after 200 s, more than the 180 s/)
      )
    )
    for (const status of [502, 503, 504] as const) {
      cases.push(
        platformCase(
          phase,
          String(status) as FaultName,
          `${status}, once`,
          { status },
          recovered(phase),
          status === 502 ? {} : { level: 'virtual clock' }
        )
      )
    }
    cases.push(...serverErrorCases(phase), ...transportCases(phase), ...refusalCases(phase))
  }
  return cases
}

/** 500 is not transient for Genesys: reads stop, but a publish answered 500 is ambiguous. */
function serverErrorCases(phase: Exclude<Phase, 'webhook'>): MatrixCase[] {
  const name = '500'
  if (phase === 'upload') {
    // Ambiguous for a write: the import job's state says the file did not arrive, so it is sent again.
    return [platformCase(phase, name, '500 on the upload, once', { status: 500 }, recovered(phase))]
  }
  if (phase === 'export') {
    return [platformCase(phase, name, '500, once', { status: 500 }, stopped(phase, /download failed \(HTTP 500\)/))]
  }
  if (phase === 'publish') {
    return [
      platformCase(
        phase,
        name,
        '500 before the platform acted',
        { status: 500 },
        stopped(phase, /publish .*failed: Injected failure 500.*nothing was published/),
        { variant: 'before' }
      ),
      platformCase(
        phase,
        name,
        '500 after the publish started (answer lost)',
        { status: 500, applied: true },
        recovered(phase),
        { variant: 'after' }
      )
    ]
  }
  if (phase === 'waiting' || phase === 'verification') {
    // A failed read while our publish runs does not end the wait: reads are safe to repeat.
    return [platformCase(phase, name, '500 on a poll, once', { status: 500 }, recovered(phase))]
  }
  if (phase === 'rollback by republish') {
    return [
      platformCase(
        phase,
        name,
        '500 on the rollback publish, before the platform acted',
        { status: 500 },
        stopped(phase, /rolling back to 2\.0;.*Injected failure 500.*nothing was published/)
      )
    ]
  }
  return [platformCase(phase, name, '500, once', { status: 500 }, stopped(phase, /failed: Injected failure 500/))]
}

function transportCases(phase: Exclude<Phase, 'webhook'>): MatrixCase[] {
  const timeout = { 'request-timeout-seconds': '1' }
  const writes = (['publish', 'rollback by republish', 'upload', 'import'] as Phase[]).includes(phase)
  const store = (STORE_PHASES as readonly Phase[]).includes(phase)
  const cases = [
    platformCase(phase, 'connection reset', 'connection closed without an answer', { drop: true }, recovered(phase), {
      variant: 'before'
    }),
    // A publish held up in transit longer than the timeout is not here: it may reach the platform
    // after the re-read, and no idempotency key exists to stop it (README, "What the action cannot do").
    ...(writes
      ? []
      : [
          platformCase(
            phase,
            'response slower than the timeout',
            'answer after 1.6 s, request-timeout-seconds 1',
            { delayMs: 1_600 },
            recovered(phase),
            { inputs: timeout }
          )
        ]),
    ...(store
      ? []
      : [
          platformCase(
            phase,
            'malformed JSON body',
            'the answer cut in half after the platform acted',
            { malformed: true },
            recovered(phase)
          )
        ])
  ]
  if (writes) {
    cases.push(
      platformCase(
        phase,
        'connection reset',
        'connection closed after the publish started',
        { drop: true, applied: true },
        recovered(phase),
        { variant: 'after' }
      ),
      platformCase(
        phase,
        'response slower than the timeout',
        'answer after 1.6 s, after the publish started, request-timeout-seconds 1',
        { delayMs: 1_600, applied: true },
        recovered(phase),
        { inputs: timeout }
      )
    )
  }
  if (phase !== 'login' && !store) {
    cases.push(
      platformCase(
        phase,
        'expired token',
        '401 credentials.expired, once',
        { status: 401, code: 'credentials.expired', message: 'The authentication token has expired.' },
        recovered(phase)
      )
    )
  }
  return cases
}

function refusalCases(phase: Exclude<Phase, 'webhook'>): MatrixCase[] {
  const forbidden = {
    status: 403,
    code: 'missing.permissions',
    message: 'You are missing the following permission(s): architect:flow:publish',
    times: 0
  }
  const notFound = { status: 404, code: 'not.found', message: 'The requested resource was not found', times: 0 }
  const cases: MatrixCase[] = []
  const uncertain = phase === 'waiting' || phase === 'verification'
  // The object store refuses in its own words: the action names the transfer and the status.
  const store = phase === 'export' ? 'download' : phase === 'upload' ? 'upload' : undefined
  cases.push(
    platformCase(
      phase,
      '403 missing.permissions',
      store ? '403 (the signed URL refused), every time' : '403 missing.permissions, every time',
      forbidden,
      stopped(
        phase,
        store
          ? new RegExp(`${store} failed \\(HTTP 403\\)`)
          : uncertain
            ? new RegExp(`missing the following permission.*${mayStillComplete.source}`)
            : /missing the following permission/
      )
    )
  )
  if (phase === 'validation reads') {
    cases.push({
      id: `${phase} / 404`,
      phase,
      fault: '404',
      injected: 'target-version 9.9, which the flow does not have',
      level: 'bundle',
      scenario: { flows: [flowFor(phase)] },
      inputs: { 'target-version': '9.9' },
      expect: stopped(phase, /version 9\.9 does not exist/)
    })
  } else {
    cases.push(
      platformCase(
        phase,
        '404',
        '404 not.found, every time',
        notFound,
        stopped(
          phase,
          store
            ? new RegExp(`${store} failed \\(HTTP 404\\)`)
            : uncertain
              ? new RegExp(`not found.*${mayStillComplete.source}`)
              : /not found/
        )
      )
    )
  }
  if (phase === 'validation reads') {
    cases.push(
      {
        id: `${phase} / 409 lock / operation in progress / locked`,
        phase,
        fault: '409 lock / operation in progress',
        injected: 'the flow is locked by a user',
        level: 'bundle',
        scenario: { flows: [mainIvr({ lockedBy: { user: { id: 'u-1', name: 'Dana Designer' } } })] },
        expect: stopped(phase, /locked by user Dana Designer/)
      },
      {
        id: `${phase} / 409 lock / operation in progress / busy`,
        phase,
        fault: '409 lock / operation in progress',
        injected: "someone else's publish is running",
        level: 'bundle',
        scenario: { flows: [mainIvr({ operationInProgress: { actionName: 'PUBLISH' } })] },
        expect: stopped(phase, /PUBLISH operation .* is .* for Another pipeline/)
      }
    )
  }
  if (phase === 'publish' || phase === 'rollback by republish') {
    cases.push(
      platformCase(
        phase,
        '409 lock / operation in progress',
        '409 conflict (the flow was locked after the checks)',
        { status: 409, code: 'conflict', message: 'Flow is locked by Dana Designer.', times: 0 },
        stopped(phase, /locked by Dana Designer/)
      )
    )
  }
  return cases
}

/** Faults in the platform's own answers about the publish (the operation and the read-back). */
function outcomeCases(): MatrixCase[] {
  const failure = { outcome: 'failure' as const, errorCode: 'FLOW_VALIDATION', errorMessage: 'Flow has errors.' }
  const noOp = { outcome: 'no-op' as const, durationMs: 0 }
  const scenario = (flow: ReturnType<typeof mainIvr>): ScenarioInput => ({ flows: [flow] })
  const olderIdsGoLive = (flow: ReturnType<typeof mainIvr>): ScenarioInput => ({
    flows: [flow],
    publishOnlyCheckedIn: false
  })
  const REPUBLISH = 'rollback by republish' as const
  return [
    {
      id: 'waiting / publish FAILURE',
      phase: 'waiting',
      fault: 'publish FAILURE',
      injected: 'the operation ends in FAILURE (FLOW_VALIDATION)',
      level: 'bundle',
      scenario: scenario(mainIvr({ publish: { ...failure, durationMs: 600 } })),
      expect: {
        ...stopped(
          'publish',
          /the publish of 3\.0 failed: FLOW_VALIDATION: Flow has errors\.; version 2\.0 is still live/
        ),
        operations: 1
      }
    },
    {
      id: 'verification / publish 200 that changes nothing',
      phase: 'verification',
      fault: 'publish 200 that changes nothing',
      injected: 'publish answers 200, the operation SUCCESS, nothing changes',
      level: 'bundle',
      scenario: scenario(mainIvr({ publish: noOp })),
      expect: {
        ...stopped('publish', /reported SUCCESS, but version 2\.0 is still live: nothing changed/),
        operations: 1
      }
    },
    {
      id: 'verification / verification mismatch',
      phase: 'verification',
      fault: 'verification mismatch',
      injected: "1.0 goes live instead of 3.0; publishing 2.0 again changes nothing, so 2.0's content is restored",
      level: 'bundle',
      scenario: scenario(mainIvr({ publishes: [mismatch(0)], publish: { durationMs: 0 } })),
      expect: {
        ...recovered(REPUBLISH),
        live: '4.0',
        error:
          /the publish of 3\.0 left version 1\.0 live instead; rolled back: the content of 2\.0 is live again as version 4\.0/
      }
    },
    {
      id: 'verification / verification mismatch / auto-rollback off',
      phase: 'verification',
      fault: 'verification mismatch',
      injected: '1.0 goes live instead of 3.0, auto-rollback false',
      level: 'bundle',
      scenario: scenario(mainIvr({ publishes: [mismatch(0)] })),
      inputs: { 'auto-rollback': 'false' },
      expect: {
        status: 'failed',
        exitCode: 1,
        live: '1.0',
        operations: 1,
        webhook: 'delivered',
        error: /left version 1\.0 live instead; auto-rollback is off, so it stays/
      }
    },
    {
      id: 'verification / verification mismatch / nothing live before',
      phase: 'verification',
      fault: 'verification mismatch',
      injected: '1.0 goes live instead of 3.0 on a flow that was never published',
      level: 'bundle',
      scenario: scenario(mainIvr({ published: undefined, publishes: [mismatch(0)] })),
      expect: {
        status: 'failed',
        exitCode: 1,
        live: '1.0',
        operations: 1,
        webhook: 'delivered',
        rollback: 'not-possible',
        error: /no version was live before the run, so there is nothing to roll back to/
      }
    },
    {
      id: 'rollback by republish / publish FAILURE',
      phase: REPUBLISH,
      fault: 'publish FAILURE',
      injected: "the rollback's operation ends in FAILURE (rollback-strategy republish: no restore; older ids go live)",
      level: 'bundle',
      scenario: olderIdsGoLive(mainIvr({ publishes: [mismatch(0), { ...failure, durationMs: 0 }] })),
      inputs: { 'rollback-strategy': 'republish' },
      expect: {
        ...stopped('rollback by republish', /the rollback to 2\.0 did not hold: version 1\.0 is live/),
        operations: 2
      }
    },
    {
      id: 'rollback by republish / publish 200 that changes nothing',
      phase: REPUBLISH,
      fault: 'publish 200 that changes nothing',
      injected: "the rollback's publish answers 200 and changes nothing (rollback-strategy republish: no restore)",
      level: 'bundle',
      scenario: scenario(mainIvr({ publishes: [mismatch(0), noOp] })),
      inputs: { 'rollback-strategy': 'republish' },
      expect: {
        ...stopped('rollback by republish', /the rollback to 2\.0 did not hold: version 1\.0 is live/),
        operations: 2
      }
    },
    {
      id: 'rollback by republish / publish 200 that changes nothing / restore',
      phase: REPUBLISH,
      fault: 'publish 200 that changes nothing',
      injected: "the rollback's publish changes nothing; rollback-strategy auto restores 2.0's content",
      level: 'bundle',
      scenario: scenario(mainIvr({ publishes: [mismatch(0), noOp] })),
      expect: {
        ...recovered('rollback by republish'),
        live: '4.0',
        error: /left version 1\.0 live instead; rolled back: the content of 2\.0 is live again as version 4\.0/
      }
    },
    {
      id: 'rollback by republish / verification mismatch',
      phase: REPUBLISH,
      fault: 'verification mismatch',
      injected:
        'the rollback puts 3.0 live instead of 2.0 (rollback-strategy republish: no restore; older ids go live)',
      level: 'bundle',
      inputs: { 'rollback-strategy': 'republish' },
      scenario: olderIdsGoLive(
        mainIvr({ publishes: [mismatch(0), { outcome: 'publishes-other', otherVersion: '3.0', durationMs: 0 }] })
      ),
      expect: {
        ...stopped('rollback by republish', /the rollback to 2\.0 did not hold: version 3\.0 is live/),
        live: '3.0',
        operations: 2
      }
    },
    {
      id: 'rollback by republish / rollback fails too',
      phase: REPUBLISH,
      fault: 'rollback fails too',
      injected: 'the rollback is still running at wait-timeout-seconds (2 s) (older ids go live)',
      level: 'bundle',
      scenario: olderIdsGoLive(mainIvr({ publishes: [mismatch(0), { outcome: 'success', durationMs: 600_000 }] })),
      inputs: { 'wait-timeout-seconds': '2' },
      expect: {
        status: 'failed',
        exitCode: 1,
        operations: 2,
        webhook: 'delivered',
        rollback: 'failed',
        error:
          /the rollback to 2\.0 did not hold: version 1\.0 is live \(the rollback, operation [0-9a-f-]{36}, was still running at the timeout and may still complete\)/
      }
    }
  ]
}

function cancelCases(): MatrixCase[] {
  const duringImport: MatrixCase = {
    id: 'import / cancelled while waiting',
    phase: 'import',
    fault: 'cancelled while waiting',
    injected: 'SIGTERM 1 s after a 60 s import job got its file (target 1.0, restored)',
    level: 'bundle',
    scenario: { importDurationMs: 60_000, flows: [mainIvr({ publish: { durationMs: 0 } })] },
    inputs: RESTORE_INPUTS,
    signal: { name: 'SIGTERM', afterMs: 1_000, afterOutput: RESTORING },
    expect: {
      status: 'failed',
      exitCode: 1,
      // The job has not published yet; the record names it, as it may.
      live: '2.0',
      operations: 1,
      webhook: 'delivered',
      error: /cancelled by SIGTERM while import job [0-9a-f-]{36} was running: it may still publish a new version/
    }
  }
  return [
    duringImport,
    ...(['SIGTERM', 'SIGINT'] as const).map((signal) => ({
      id: `waiting / cancelled while waiting / ${signal}`,
      phase: 'waiting' as const,
      fault: 'cancelled while waiting' as const,
      injected: `${signal} 1 s after a 60 s publish started`,
      level: 'bundle' as const,
      scenario: { flows: [mainIvr({ publish: { durationMs: 60_000 } })] },
      signal: { name: signal, afterMs: 1_000, afterOutput: PUBLISHING },
      expect: {
        status: 'failed' as const,
        exitCode: 1 as const,
        operations: 1,
        // Recorded at once, then one short delivery attempt before the process exits.
        webhook: 'delivered' as const,
        error: new RegExp(`cancelled by ${signal} while ${mayStillComplete.source}`)
      }
    }))
  ]
}

function webhookCases(): MatrixCase[] {
  const once =
    (first: ReturnType<Script>): Script =>
    (n) =>
      n === 0 ? first : { status: 204 }
  const ok = recovered('webhook')
  const failed = { ...ok, webhook: 'failed' as const }
  const cell = (
    fault: FaultName,
    injected: string,
    receiver: Script,
    expect: Expectation,
    { variant, ...extra }: Partial<MatrixCase> & { variant?: string } = {}
  ): MatrixCase => ({
    id: `webhook / ${fault}${variant ? ` / ${variant}` : ''}`,
    phase: 'webhook',
    fault,
    injected,
    level: 'bundle',
    scenario: { flows: [flowFor('webhook')] },
    receiver,
    ...extra,
    expect
  })
  return [
    cell('429, short Retry-After', '429, Retry-After: 1', once({ status: 429, headers: { 'retry-after': '1' } }), ok),
    cell(
      '429, long Retry-After',
      '429, Retry-After: 45 (virtual clock)',
      once({ status: 429, headers: { 'retry-after': '45' } }),
      ok,
      {
        level: 'virtual clock'
      }
    ),
    cell(
      '429, Retry-After over the cap',
      '429, Retry-After: 90 (over 60 s)',
      () => ({ status: 429, headers: { 'retry-after': '90' } }),
      failed
    ),
    cell(
      '429, Retry-After over the cap',
      '429, Retry-After: 90, fail-on-webhook-error true',
      () => ({ status: 429, headers: { 'retry-after': '90' } }),
      { ...failed, exitCode: 1 },
      { variant: 'fail-on-webhook-error', inputs: { 'fail-on-webhook-error': 'true' } }
    ),
    cell('502', '502, once', once({ status: 502 }), ok),
    cell('503', '503, once', once({ status: 503 }), ok),
    cell('504', '504, once', once({ status: 504 }), ok),
    cell('500', '500, once', once({ status: 500 }), ok),
    cell('connection reset', 'connection closed without an answer', once('drop'), ok),
    cell(
      'response slower than the timeout',
      'answer after 1.5 s, webhook-timeout-seconds 1',
      once({ status: 204, delayMs: 1_500 }),
      ok,
      { inputs: { 'webhook-timeout-seconds': '1' } }
    ),
    cell('403 missing.permissions', '403, every time (not retried)', () => ({ status: 403 }), failed),
    cell('404', '404, every time (not retried)', () => ({ status: 404 }), failed)
  ]
}

/** The shapes public evidence shows the real platform sending (docs/platform.md). */
function shapeCases(): MatrixCase[] {
  const SHAPES = 'captured shapes: nulls, user {}, sparse versions' as const
  const REPLACED = "another actor's operation replaces ours" as const
  const sparse = { explicitNulls: true, lastOperation: { actionName: 'VALIDATE', user: {} } }
  const cell = (phase: Phase, fault: FaultName, injected: string, flow: object, expect: Expectation, inputs = {}) => ({
    id: `${phase} / ${fault}`,
    phase,
    fault,
    injected,
    level: 'bundle' as const,
    scenario: (phase === 'rollback by republish'
      ? { flows: [flow], publishOnlyCheckedIn: false }
      : { flows: [flow] }) as ScenarioInput,
    inputs,
    expect
  })
  return [
    cell(
      'flow lookup',
      SHAPES,
      'every absent field null, last operation a VALIDATE by user {}, configurationVersion ≠ id',
      { ...flowFor('flow lookup'), ...sparse, configurationVersions: { '3.0': '4.0' } },
      recovered('flow lookup')
    ),
    cell(
      'validation reads',
      SHAPES,
      'lockedUser: {} (a lock by someone the platform does not name)',
      { ...flowFor('validation reads'), lockedBy: { user: {} } },
      stopped('validation reads', /locked by user \(not named by the platform\)/)
    ),
    cell(
      'waiting',
      SHAPES,
      'every poll with nulls and user {}',
      { ...flowFor('waiting'), ...sparse },
      recovered('waiting')
    ),
    cell(
      'verification',
      SHAPES,
      'the completing read with nulls and user {}',
      { ...flowFor('verification'), ...sparse },
      recovered('verification')
    ),
    cell(
      'rollback by republish',
      SHAPES,
      'every read with nulls and user {} (older ids go live)',
      { ...flowFor('rollback by republish'), ...sparse },
      recovered('rollback by republish')
    ),
    cell(
      'waiting',
      REPLACED,
      "the publish fails out of sight: another client's VALIDATE shows instead; wait-timeout-seconds 1",
      mainIvr({
        publish: { outcome: 'failure', durationMs: 300 },
        replaceOperation: { actionName: 'VALIDATE', client: { id: 'cx-as-code', name: 'CX as Code' } }
      }),
      {
        status: 'timed-out',
        exitCode: 1,
        operations: 1,
        webhook: 'delivered',
        error: /\(VALIDATE by OAuth client CX as Code\) replaced ours .*may still land, so nothing was rolled back/
      },
      { 'wait-timeout-seconds': '1' }
    ),
    cell(
      'verification',
      REPLACED,
      "the publish lands out of sight: a user's CHECKOUT (user {}) shows instead",
      mainIvr({ publish: { durationMs: 0 }, replaceOperation: { actionName: 'CHECKOUT', user: {} } }),
      recovered('verification')
    ),
    ...hiddenAndIgnoredCases()
  ]
}

/**
 * A publish of an older id the platform ignores, hidden by another client's VALIDATE (1 s after
 * each publish of ours, which runs 2 s): once the VALIDATE has ended and the live version has not
 * moved for the settle time (virtual clock), rollback-strategy auto restores.
 */
function hiddenAndIgnoredCases(): MatrixCase[] {
  const fault = "another actor's operation replaces ours" as const
  const validate = { actionName: 'VALIDATE', client: { id: 'cx-as-code', name: 'CX as Code' }, afterMs: 1_000 }
  return [
    {
      id: `waiting / ${fault} / older target ignored`,
      phase: 'waiting',
      fault,
      injected:
        "target 1.0 (older): its publish changes nothing, another client's VALIDATE hides it; 1.0's content is restored",
      level: 'virtual clock',
      scenario: { flows: [mainIvr({ publish: { durationMs: 2_000 }, replaceOperation: validate })] },
      inputs: RESTORE_INPUTS,
      expect: recovered('import')
    },
    {
      id: `rollback by republish / ${fault}`,
      phase: 'rollback by republish',
      fault,
      injected:
        "target 1.0: the version parameter ignored, 3.0 (checked in) goes live instead; the rollback's publish of 2.0 changes nothing and another client's VALIDATE hides it; 2.0's content is restored (older ids go live otherwise: publishOnlyCheckedIn false)",
      level: 'virtual clock',
      scenario: {
        publishOnlyCheckedIn: false,
        flows: [
          mainIvr({
            publishes: [
              { outcome: 'publishes-other', otherVersion: '3.0', durationMs: 0 },
              { outcome: 'no-op', durationMs: 2_000 }
            ],
            replaceOperation: validate
          })
        ]
      },
      inputs: RESTORE_INPUTS,
      expect: {
        ...recovered('rollback by republish'),
        live: '4.0',
        error: /left version 3\.0 live instead; rolled back: the content of 2\.0 is live again as version 4\.0/
      }
    }
  ]
}

/** How the Architect jobs of a backup and a restore end: Failure, other content, a restore as rollback. */
function jobCases(): MatrixCase[] {
  const job = (
    phase: Phase,
    fault: FaultName,
    injected: string,
    flow: ReturnType<typeof mainIvr>,
    expect: Expectation,
    inputs?: Record<string, string>
  ): MatrixCase => ({
    id: `${phase} / ${fault}`,
    phase,
    fault,
    injected,
    level: 'bundle',
    scenario: { flows: [flow] },
    inputs,
    expect
  })
  const importFailure = "Unable to find a queue named 'Billing'."
  return [
    job(
      'backup export',
      'publish FAILURE',
      'the export job of the live version ends in Failure',
      mainIvr({ publish: { durationMs: 0 }, jobs: { exportFailure: 'Export failed: internal error.' } }),
      stopped('backup export', /the backup of 2\.0 failed .*Export failed: internal error\..*nothing was written/)
    ),
    job(
      'import',
      'publish FAILURE',
      'the import job ends in Failure with an error message (target 1.0, restored)',
      mainIvr({ publish: { durationMs: 0 }, jobs: { importFailure } }),
      stopped(
        'import',
        /import of the flow file \(job [0-9a-f-]{36}\) failed: Error: Unable to find a queue named 'Billing'\./
      ),
      RESTORE_INPUTS
    ),
    job(
      'import',
      'rollback fails too',
      '1.0 goes live instead of 3.0; the rollback publish of 2.0 changes nothing, and the import restoring it fails',
      mainIvr({ publishes: [mismatch(0)], publish: { durationMs: 0 }, jobs: { importFailure } }),
      {
        status: 'failed',
        exitCode: 1,
        live: '1.0',
        operations: 2,
        webhook: 'delivered',
        rollback: 'failed',
        error: /left version 1\.0 live instead.*Unable to find a queue named 'Billing'\./
      }
    ),
    job(
      'content verification',
      'verification mismatch',
      'the import lands other content than the file (target 1.0, restored)',
      mainIvr({ publish: { durationMs: 0 }, jobs: { importLandsDifferent: true } }),
      {
        status: 'failed',
        exitCode: 1,
        live: '5.0',
        operations: 2,
        webhook: 'delivered',
        rollback: 'failed',
        error: /the restore of 1\.0 left version 4\.0 live, with other content than 1\.0's/
      },
      RESTORE_INPUTS
    )
  ]
}

export const CASES: MatrixCase[] = [
  ...platformCases(),
  ...outcomeCases(),
  ...jobCases(),
  ...cancelCases(),
  ...webhookCases(),
  ...shapeCases()
]

const READS_NEVER_CONFLICT =
  'reads never answer 409: the platform refuses writes only (lock and busy flows are checked in the validation reads)'
const NOT_A_PUBLISH = 'only the publish operation can fail, do nothing, or put another version live'

/** The cells of the job phases that cannot happen, and why. */
const JOB_NOT_APPLICABLE: NotApplicable[] = [
  ...STORE_PHASES.flatMap((phase) => [
    {
      phase,
      fault: 'expired token' as const,
      why: 'no token goes to the object store: its signed URL is the credential'
    },
    {
      phase,
      fault: 'malformed JSON body' as const,
      why: 'the object store answers a file or nothing, never JSON: an answer cut off is the connection-reset row'
    },
    { phase, fault: '409 lock / operation in progress' as const, why: 'the object store knows no locks' }
  ]),
  ...(['backup export', 'content verification'] as const).map((phase) => ({
    phase,
    fault: '409 lock / operation in progress' as const,
    why: 'an export job is a read: reads never answer 409'
  })),
  {
    phase: 'import',
    fault: '409 lock / operation in progress',
    why: 'the registration names no flow; a flow the import cannot change ends the job in Failure (that row)'
  },
  ...(['export', 'upload', 'content verification'] as const).map((phase) => ({
    phase,
    fault: 'publish FAILURE' as const,
    why:
      phase === 'upload'
        ? 'an upload has no job of its own: the import job ends in Failure (the import row)'
        : 'an export job ending in Failure takes the path of the backup export row (the emulator fails every export of the flow, so the backup fails first)'
  })),
  ...JOB_PHASES.map((phase) => ({
    phase,
    fault: 'publish 200 that changes nothing' as const,
    why: 'an import job that reports Success makes a version; what landed is compared by content (the content verification row)'
  })),
  ...JOB_PHASES.filter((p) => p !== 'content verification').map((phase) => ({
    phase,
    fault: 'verification mismatch' as const,
    why: 'what an import put live is compared at content verification'
  })),
  ...JOB_PHASES.filter((p) => p !== 'import').map((phase) => ({
    phase,
    fault: 'rollback fails too' as const,
    why: 'a restore that fails as a rollback fails in its import: the import row'
  })),
  ...JOB_PHASES.map((phase) => ({
    phase,
    fault: 'captured shapes: nulls, user {}, sparse versions' as const,
    why: 'no job answer from a real org is public yet: the job schemas read only the fields the action uses (src/genesys/schemas.ts)'
  })),
  ...JOB_PHASES.map((phase) => ({
    phase,
    fault: "another actor's operation replaces ours" as const,
    why: 'jobs have no currentOperation another actor could replace'
  }))
]

/** The cells that cannot happen, and why. */
export const NOT_APPLICABLE: NotApplicable[] = [
  ...JOB_NOT_APPLICABLE,
  { phase: 'login', fault: 'expired token', why: 'no token exists yet: the login is what mints it' },
  ...(['login', 'organization check', 'flow lookup', 'waiting', 'verification'] as const).map((phase) => ({
    phase,
    fault: '409 lock / operation in progress' as const,
    why: READS_NEVER_CONFLICT
  })),
  ...(['login', 'organization check', 'flow lookup', 'validation reads', 'publish', 'webhook'] as const).flatMap(
    (phase) =>
      (['publish FAILURE', 'publish 200 that changes nothing', 'verification mismatch'] as const).map((fault) => ({
        phase,
        fault,
        why:
          phase === 'publish'
            ? 'the publish request only starts the operation: how it ends is seen while waiting and verifying'
            : NOT_A_PUBLISH
      }))
  ),
  {
    phase: 'waiting',
    fault: 'publish 200 that changes nothing',
    why: 'the operation completes normally: it is seen at verification'
  },
  { phase: 'waiting', fault: 'verification mismatch', why: 'what went live is seen at verification' },
  {
    phase: 'verification',
    fault: 'publish FAILURE',
    why: 'a FAILURE is seen while waiting, before anything is verified'
  },
  ...PHASES.filter((p) => p !== 'rollback by republish' && !(JOB_PHASES as readonly Phase[]).includes(p)).map(
    (phase) => ({
      phase,
      fault: 'rollback fails too' as const,
      why: 'only a rollback can fail as a rollback'
    })
  ),
  ...PHASES.filter((p) => p !== 'waiting' && p !== 'import').map((phase) => ({
    phase,
    fault: 'cancelled while waiting' as const,
    why:
      phase === 'rollback by republish'
        ? 'the rollback waits the same way: covered by the waiting case (the record is written on the signal, whatever runs)'
        : 'the issue asks for cancellation while waiting; a signal at any other moment takes the same path (test/e2e/cancel)'
  })),
  { phase: 'webhook', fault: 'malformed JSON body', why: "the receiver's body is never read: only its status" },
  {
    phase: 'login',
    fault: 'captured shapes: nulls, user {}, sparse versions',
    why: "the token endpoint answers OAuth's own shape; a refused login's 400 has its own test (test/e2e/platform-shapes)"
  },
  {
    phase: 'organization check',
    fault: 'captured shapes: nulls, user {}, sparse versions',
    why: 'the organization answer carries only id and name; one without an id fails the check closed (unit test)'
  },
  {
    phase: 'publish',
    fault: 'captured shapes: nulls, user {}, sparse versions',
    why: 'a publish answer without its operation id is unreadable: the path of the malformed-JSON row'
  },
  {
    phase: 'webhook',
    fault: 'captured shapes: nulls, user {}, sparse versions',
    why: "the receiver's body is never read: only its status"
  },
  ...(['login', 'organization check', 'flow lookup', 'validation reads', 'publish', 'webhook'] as const).map(
    (phase) => ({
      phase,
      fault: "another actor's operation replaces ours" as const,
      why:
        phase === 'webhook'
          ? 'the receiver runs no operations'
          : 'no operation of ours exists yet: one already running is refused by the validation reads'
    })
  ),
  {
    phase: 'webhook',
    fault: 'expired token',
    why: 'the webhook sends a fixed authorization of the user; no token of ours can expire'
  },
  {
    phase: 'webhook',
    fault: '409 lock / operation in progress',
    why: "a receiver's 4xx (but 408 and 429) is not retried: the same path as the 403 and 404 rows"
  }
]
