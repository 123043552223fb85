import assert from 'node:assert/strict'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server.js'
import type { ScenarioInput } from '../../emulator/scenario.js'

export const FLOW_ID = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
export const ORG_ID = '6f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f'

/** One inbound call flow, 2.0 live and 3.0 checked in; publishes take `publishDurationMs`. */
export function mainIvr(extra: Partial<NonNullable<ScenarioInput['flows']>[number]> = {}) {
  return {
    id: FLOW_ID,
    name: 'Main IVR',
    type: 'inboundcall',
    versions: ['1.0', '2.0', '3.0'],
    published: '2.0',
    ...extra
  }
}

export async function withEmulator<T>(
  scenario: ScenarioInput,
  body: (emulator: Emulator) => Promise<T>,
  options: EmulatorOptions = {}
): Promise<T> {
  const emulator = await startEmulator({ ...options, scenario: { publishDurationMs: 150, ...scenario } })
  try {
    return await body(emulator)
  } finally {
    await emulator.close()
  }
}

/** Reads until `done`, every 20 ms, at most 4 s: for jobs that end on the emulator's real clock. */
export async function until<T>(read: () => Promise<T>, done: (state: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const state = await read()
    if (done(state)) return state
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('it never ended')
}

/** Logs in with the demo client and answers the bearer header. */
export async function bearer(url: string, id = 'demo-client', secret = 'demo-secret'): Promise<string> {
  const response = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded'
    },
    body: 'grant_type=client_credentials'
  })
  const body = (await response.json()) as { access_token: string }
  return `Bearer ${body.access_token}`
}

/** One platform call to the emulator over HTTP, answered 200 (else the test fails), as JSON. */
export async function apiCall(
  url: string,
  auth: string,
  method: string,
  path: string,
  body?: unknown
): Promise<Record<string, any>> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  assert.equal(response.status, 200, `${method} ${path}: ${response.status}`)
  return (await response.json()) as Record<string, any>
}

/** Exports one version through an export job and answers the file downloaded. */
export async function exportVersion(url: string, auth: string, version: string, flowId = FLOW_ID): Promise<string> {
  const job = await apiCall(url, auth, 'POST', '/api/v2/flows/export/jobs', {
    flows: [{ flow: { id: flowId, version }, exportType: 'Yaml' }]
  })
  const done = await until(
    () => apiCall(url, auth, 'GET', `/api/v2/flows/export/jobs/${job.id}`),
    (s) => s.status !== 'Started'
  )
  return (await fetch(done.downloadUrl)).text()
}

/** Imports `file` through an import job, which must succeed. */
export async function importFile(url: string, auth: string, file: string): Promise<void> {
  const job = await apiCall(url, auth, 'POST', '/api/v2/flows/jobs')
  assert.equal((await fetch(job.presignedUrl, { method: 'PUT', headers: job.headers, body: file })).status, 200)
  const done = await until(
    () => apiCall(url, auth, 'GET', `/api/v2/flows/jobs/${job.id}`),
    (s) => s.status === 'Success' || s.status === 'Failure'
  )
  assert.equal(done.status, 'Success')
}
