import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PlatformError } from '../../src/model/errors.js'
import { newCallTrace } from '../../src/model/port.js'
import { FLOW_ID, apiCall, bearer, mainIvr, until, withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

const BROKEN = {
  '3.0': {
    messages: [
      { type: 'Error', text: "Transfer to ACD: no queue is set in task 'Billing'." },
      { type: 'Warning', text: 'Prompt "Welcome" has no TTS fallback.' }
    ]
  }
}

describe('emulator: Architect validate jobs (a preview API)', () => {
  it('answers a job per request, then the scenario’s messages, ending Success with errors by default', async () => {
    await withEmulator({ flows: [mainIvr({ validation: BROKEN })], validate: { durationMs: 30 } }, async (emu) => {
      const auth = await bearer(emu.url)
      const job = await apiCall(emu.url, auth, 'POST', '/api/v2/flows/validate/jobs', {
        flows: [{ flow: { id: FLOW_ID, version: '3.0' } }, { flow: { id: FLOW_ID, version: '2.0' } }]
      })
      assert.deepEqual([job.status, job.totalFlows], ['Started', 2])
      const done = await until(
        () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/validate/jobs/${job.id}?expand=messages`),
        (s) => s.status !== 'Started'
      )
      assert.equal(done.status, 'Success', 'a job that found errors is not documented to fail: the emulator does not')
      assert.deepEqual(
        done.messages.map((m: { type: string; text: string }) => [m.type, m.text]),
        BROKEN['3.0'].messages.map((m) => [m.type, m.text])
      )
      assert.equal(done.messages[0].details, undefined, 'by default a message names no flow')
      assert.equal(emu.writes().length, 0, 'a validate job is a read')
    })
  })

  it('names the flow in each message, ends Failure, refuses too many flows, and 404s without the preview', async () => {
    const scenario = { flows: [mainIvr({ validation: BROKEN })] }
    await withEmulator(
      { ...scenario, validate: { durationMs: 0, namesFlows: true, errorsEndAs: 'Failure', maxFlows: 2 } },
      async (emu) => {
        const auth = await bearer(emu.url)
        const job = await apiCall(emu.url, auth, 'POST', '/api/v2/flows/validate/jobs', {
          flows: [{ flow: { id: FLOW_ID, version: '3.0' } }]
        })
        const done = await apiCall(emu.url, auth, 'GET', `/api/v2/flows/validate/jobs/${job.id}`)
        assert.equal(done.status, 'Failure')
        assert.match(done.messages[0].details[0].url, new RegExp(`/api/v2/flows/${FLOW_ID}/versions/3\\.0$`))
        const many = await fetch(`${emu.url}/api/v2/flows/validate/jobs`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ flows: ['1.0', '2.0', '3.0'].map((version) => ({ flow: { id: FLOW_ID, version } })) })
        })
        assert.equal(many.status, 400)
      }
    )
    await withEmulator(
      { ...scenario, flows: [mainIvr({ validation: { '2.0': { jobFails: true } } })] },
      async (emu) => {
        const auth = await bearer(emu.url)
        const job = await apiCall(emu.url, auth, 'POST', '/api/v2/flows/validate/jobs', {
          flows: [{ flow: { id: FLOW_ID, version: '2.0' } }]
        })
        const done = await until(
          () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/validate/jobs/${job.id}`),
          (s) => s.status !== 'Started'
        )
        assert.deepEqual([done.status, done.messages], ['Failure', []], 'a job can end Failure without a message')
      }
    )
    await withEmulator({ ...scenario, validate: { available: false } }, async (emu) => {
      const auth = await bearer(emu.url)
      const refused = await fetch(`${emu.url}/api/v2/flows/validate/jobs`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ flows: [{ flow: { id: FLOW_ID, version: '3.0' } }] })
      })
      assert.equal(refused.status, 404)
      assert.equal(((await refused.json()) as { code: string }).code, 'not.found')
    })
  })

  it('is read by the SDK client: the start, the state with its messages, and a 404 without the preview', async () => {
    await withEmulator({ flows: [mainIvr({ validation: BROKEN })], validate: { durationMs: 0 } }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const trace = newCallTrace()
      const port = session.port(trace)
      const started = await port.startValidate([{ flowId: FLOW_ID, version: '3.0' }])
      assert.equal(started.totalFlows, 1)
      const state = await port.getValidateJob(started.id)
      assert.equal(state.status, 'Success')
      assert.deepEqual(
        state.messages?.map((m) => m.type),
        ['Error', 'Warning']
      )
      assert.deepEqual(
        emu.requests.filter((r) => r.path.startsWith('/api/v2/flows/validate/')).map((r) => `${r.method} ${r.query}`),
        ['POST ', 'GET ?expand=messages']
      )
      close()
    })
    await withEmulator({ flows: [mainIvr()], validate: { available: false } }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const port = session.port(newCallTrace())
      const err = await port.startValidate([{ flowId: FLOW_ID, version: '3.0' }]).catch((e: unknown) => e)
      assert.ok(err instanceof PlatformError)
      assert.equal(err.status, 404)
      assert.match(err.describe(), /POST \/api\/v2\/flows\/validate\/jobs failed/)
      close()
    })
  })

  it('refuses a scenario that validates a version the flow does not have', async () => {
    await assert.rejects(
      withEmulator({ flows: [mainIvr({ validation: { '9.0': { messages: [] } } })] }, async () => undefined),
      /flow "Main IVR" has validation for 9\.0, which is not in its versions/
    )
  })
})
