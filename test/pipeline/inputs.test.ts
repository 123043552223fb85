import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

describe('pipeline: inputs', () => {
  it('fails a bad input with a message naming it, before any request', async () => {
    const { core, sessionsOpened, summary } = await runPipeline({ 'flow-id': 'not-a-uuid' }, { flows: [mainIvr()] })
    assert.equal(core.failed, 'Input flow-id: must be a flow id (a UUID)')
    assert.equal(sessionsOpened, 0)
    assert.deepEqual([core.outputs.status, core.outputs['webhook-status']], ['failed', 'skipped'])
    assert.match(
      summary,
      /input error[\s\S]*Input flow-id: must be a flow id \(a UUID\)[\s\S]*Nothing was sent anywhere/
    )
  })

  it('refuses mode: destroy naming every mode, before any request', async () => {
    const { core, sessionsOpened, genesys } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'destroy' },
      { flows: [mainIvr()] }
    )
    assert.equal(core.failed, 'Input mode: must be one of apply, plan, check')
    assert.equal(sessionsOpened, 0)
    assert.deepEqual(genesys.calls, [])
  })

  it('ends a plan on a fork pull request green, with a warning, without any request', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'event-'))
    const event = path.join(dir, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          head: { repo: { fork: true, full_name: 'someone/cx' } },
          base: { repo: { full_name: 'acme/cx' } }
        }
      })
    )
    const { core, sessionsOpened } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', 'client-id': '', 'client-secret': '' },
      { flows: [mainIvr()] },
      { env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } }
    )
    assert.equal(core.failed, undefined)
    assert.match(core.text('warning'), /secrets to workflows triggered from forks/)
    assert.equal(sessionsOpened, 0)
  })

  it('still fails missing credentials on a pull request from the same repository', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'event-'))
    const event = path.join(dir, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          head: { repo: { fork: false, full_name: 'acme/cx' } },
          base: { repo: { full_name: 'acme/cx' } }
        }
      })
    )
    const { core } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', 'client-id': '', 'client-secret': '' },
      { flows: [mainIvr()] },
      { env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } }
    )
    assert.match(core.failed!, /Input client-id: is required/)
  })
})
