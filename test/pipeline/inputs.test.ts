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

  it('through gateway-url alone, the summary and the record show the gateway, not a region nobody gave', async () => {
    const gateway = { 'flow-id': FLOW_ID, mode: 'plan', 'gateway-url': 'http://127.0.0.1:8787' }
    const alone = await runPipeline({ ...gateway, region: '' }, { flows: [mainIvr()] })
    assert.equal(alone.core.outputs.status, 'planned')
    assert.match(alone.summary, /\*\*Gateway:\*\* http:\/\/127\.0\.0\.1:8787 ·/)
    assert.doesNotMatch(alone.summary, /Region|mypurecloud/)
    assert.equal(alone.audit!.region, 'http://127.0.0.1:8787')
    // A region given with the gateway names the org's region: both are true.
    const both = await runPipeline({ ...gateway, region: 'eu-west-1' }, { flows: [mainIvr()] })
    assert.match(both.summary, /\*\*Region:\*\* mypurecloud\.ie via http:\/\/127\.0\.0\.1:8787 ·/)
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
