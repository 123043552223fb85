import type { ScenarioInput } from '../emulator/scenario.js'

/**
 * The org `npm run probe -- --emulator` runs against: a scratch flow to probe, and flows the probe
 * must refuse. Every id and name here is something a shared report must never show.
 */

/** How the emulator answers a publish of an id other than the checked-in one. */
export const PUBLISH_MODES = {
  /** 200, SUCCESS, nothing changes: what public evidence says the platform does (the emulator's default). */
  'checked-in-only': true,
  /** The id goes live: the emulator's older behaviour (`publishOnlyCheckedIn: false`). */
  'older-goes-live': false
} as const

export type PublishMode = keyof typeof PUBLISH_MODES

export const PROBE_ORG = { id: '9b8e2c4a-5d6f-4a1b-8c3d-2e1f0a9b8c7d', name: 'Probe Sandbox Org' }
export const PROBE_CLIENT = { id: 'probe-sandbox-client', secret: 'probe-sandbox-secret', name: 'Probe Sandbox Client' }

export const PROBE_FLOWS = {
  /** 2.0 live, 3.0 checked in: the probe publishes 1.0 and puts 2.0 back by a restore. */
  scratch: { id: '3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5a', name: 'Probe Scratch IVR' },
  /** 2.0 live and checked in: the probe publishes 1.0 and puts 2.0 back by publishing it. */
  checkedInLive: { id: '3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5b', name: 'Probe Checked-in IVR' },
  locked: { id: '3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5c', name: 'Probe Locked IVR' },
  busy: { id: '3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5d', name: 'Probe Busy IVR' },
  unpublished: { id: '3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5e', name: 'Probe Unpublished IVR' },
  /** 2.0 live, 3.0 checked in, nothing else: no version to probe with. */
  twoVersions: { id: '3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5f', name: 'Probe Two-version IVR' }
} as const

const DIVISION = { id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', name: 'Probe Division' }
const DESIGNER = { id: '5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c', name: 'probe.designer@example.com' }
const LOCKSMITH = { id: '6f5e4d3c-2b1a-4e9f-8e7d-6c5b4a3f2e1d', name: 'Lee Locksmith' }

export function probeScenario(mode: PublishMode): ScenarioInput {
  const flow = (key: keyof typeof PROBE_FLOWS) => ({ ...PROBE_FLOWS[key], type: 'inboundcall', division: DIVISION })
  return {
    organization: PROBE_ORG,
    clients: [PROBE_CLIENT],
    publishOnlyCheckedIn: PUBLISH_MODES[mode],
    publishDurationMs: 200,
    exportDurationMs: 100,
    importDurationMs: 150,
    flows: [
      {
        ...flow('scratch'),
        versions: ['1.0', '2.0', '3.0'],
        published: '2.0',
        lastOperation: { actionName: 'VALIDATE', user: DESIGNER },
        validation: {
          '1.0': {
            messages: [
              { type: 'Error', text: 'A transfer action has no queue.' },
              { type: 'Warning', text: 'A prompt has no text-to-speech fallback.' }
            ]
          }
        }
      },
      { ...flow('checkedInLive'), versions: ['1.0', '2.0'], published: '2.0' },
      { ...flow('locked'), versions: ['1.0', '2.0', '3.0'], published: '2.0', lockedBy: { user: LOCKSMITH } },
      { ...flow('busy'), versions: ['1.0', '2.0', '3.0'], published: '2.0', operationInProgress: {} },
      { ...flow('unpublished'), versions: ['1.0', '2.0', '3.0'] },
      { ...flow('twoVersions'), versions: ['2.0', '3.0'], published: '2.0' }
    ]
  }
}

/** Everything of the scenario a report must not show (the emulator's URLs are added when it runs). */
export const SCENARIO_SECRETS: readonly string[] = [
  PROBE_ORG.id,
  PROBE_ORG.name,
  PROBE_CLIENT.id,
  PROBE_CLIENT.secret,
  PROBE_CLIENT.name,
  ...Object.values(PROBE_FLOWS).flatMap((f) => [f.id, f.name]),
  DIVISION.id,
  DIVISION.name,
  DESIGNER.id,
  DESIGNER.name,
  LOCKSMITH.id,
  LOCKSMITH.name,
  // The emulator's own names: the operation of the busy flow, and a version's author.
  'another-client',
  'Another pipeline',
  'Flow Author',
  '127.0.0.1'
]
