import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { commentOnPullRequest } from '../../src/outputs/pr-comment.js'

const GREETING = '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab'
const QUEUE = '5d3a2f7e-bbbb-4c4c-9a9a-0123456789ab'
const flows = (extra: Record<string, Record<string, unknown>> = {}) => [
  {
    id: GREETING,
    name: 'Shared Greeting',
    type: 'commonmodule',
    versions: ['11.0', '12.0'],
    published: '11.0',
    ...extra.greeting
  },
  { id: QUEUE, name: 'Support Queue', type: 'inqueuecall', versions: ['4.0', '5.0'], published: '4.0', ...extra.queue },
  mainIvr(extra.ivr)
]

function manifest(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'release-')), 'release.yml')
  writeFileSync(file, text)
  return file
}

const RELEASE = (atomic: boolean) => `
atomic: ${atomic}
concurrency: 1
stages:
  - name: modules
    flows:
      - { flow-name: Shared Greeting, flow-type: commonmodule, target-version: "12.0" }
      - { flow-id: ${QUEUE}, target-version: checked-in, expected-current-version: "4.0" }
  - name: inbound
    flows:
      - { flow-id: ${FLOW_ID}, target-version: "3.0" }
`

describe('pipeline: release manifests', () => {
  it('promotes every flow, stage by stage, with a release record and one event per flow', async () => {
    const events: { headers: Record<string, string>; body: any }[] = []
    const { core, genesys, audit, summary } = await runPipeline(
      { manifest: manifest(RELEASE(false)), 'client-id': 'c', 'webhook-url': 'https://itsm.example.invalid/hook' },
      { flows: flows() },
      {
        deps: {
          sendWebhook: async (_u, body, headers) => {
            events.push({ headers, body: JSON.parse(body) })
            return { status: 200 }
          }
        }
      }
    )
    assert.equal(core.failed, undefined)
    assert.deepEqual(
      [core.outputs.status, core.outputs.changed, core.outputs['flow-id'], core.outputs['latency-ms']],
      ['switched', 'true', '', '']
    )
    assert.equal(core.outputs['audit-id'], audit?.releaseId)
    assert.deepEqual(audit?.counts, {
      total: 3,
      switched: 3,
      unchanged: 0,
      planned: 0,
      'rolled-back': 0,
      'timed-out': 0,
      failed: 0,
      'in-sync': 0,
      drifted: 0,
      notRun: 0
    })
    assert.equal(audit?.successRate, 1)
    assert.deepEqual(
      audit?.stages.map((s: { name: string; auditIds: string[] }) => [s.name, s.auditIds.length]),
      [
        ['modules', 2],
        ['inbound', 1]
      ]
    )
    const ids = audit?.flows.map((f: { auditId: string }) => f.auditId)
    assert.equal(new Set(ids).size, 3)
    assert.ok(audit?.flows.every((f: { releaseId: string }) => f.releaseId === audit.releaseId))
    assert.deepEqual(
      events.map((e) => e.headers['webhook-id']),
      ids
    )
    assert.ok(events.every((e) => e.body.data.releaseId === audit?.releaseId))
    assert.deepEqual(
      [GREETING, QUEUE, FLOW_ID].map((id) => genesys.state.flow(id)!.publishedVersionId),
      ['12.0', '5.0', '3.0']
    )
    assert.match(summary, /\| modules \| Shared Greeting · commonmodule .*\| 11\.0 → 12\.0 \| ✅ switched/)
    assert.match(summary, /\| inbound \| Main IVR/)
  })

  it('atomic, where older ids go live (publishOnlyCheckedIn off): a failure republishes every flow this run switched, newest first, verified', async () => {
    const { core, genesys, audit } = await runPipeline(
      { manifest: manifest(RELEASE(true)) },
      {
        publishOnlyCheckedIn: false,
        flows: flows({ ivr: { publish: { outcome: 'failure', errorCode: 'BROKEN' } } })
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.match(core.failed!, /release failed: 3 of 3 flows failed/)
    const status = Object.fromEntries(
      audit?.flows.map((f: { flow: { id: string }; status: string }) => [f.flow.id, f.status])
    )
    assert.deepEqual(status, { [GREETING]: 'rolled-back', [QUEUE]: 'rolled-back', [FLOW_ID]: 'failed' })
    assert.deepEqual(
      [GREETING, QUEUE, FLOW_ID].map((id) => genesys.state.flow(id)!.publishedVersionId),
      ['11.0', '4.0', '2.0']
    )
    const writes = genesys.writes().map((w) => `${w.args[0]}@${w.args[1]}`)
    assert.deepEqual(writes, [`${GREETING}@12.0`, `${QUEUE}@5.0`, `${FLOW_ID}@3.0`, `${QUEUE}@4.0`, `${GREETING}@11.0`])
    for (const flow of audit!.flows.filter((f: { status: string }) => f.status === 'rolled-back')) {
      assert.match(flow.error.message, /another flow of this atomic release failed; rolled back: .* is live again/)
    }
  })

  it('atomic: a failure restores the previous content of every flow this run switched, newest first, verified', async () => {
    const { core, genesys, audit } = await runPipeline(
      { manifest: manifest(RELEASE(true)) },
      { flows: flows({ ivr: { publish: { outcome: 'failure', errorCode: 'BROKEN' } } }) }
    )
    assert.equal(core.outputs.status, 'failed')
    const status = Object.fromEntries(
      audit?.flows.map((f: { flow: { id: string }; status: string }) => [f.flow.id, f.status])
    )
    assert.deepEqual(status, { [GREETING]: 'rolled-back', [QUEUE]: 'rolled-back', [FLOW_ID]: 'failed' })
    // The publish of the old id changes nothing; the restore imports its content as a new version.
    const live = [GREETING, QUEUE].map((id) => genesys.state.flow(id)!)
    assert.deepEqual(
      live.map((flow) => flow.publishedVersionId),
      ['13.0', '6.0']
    )
    assert.deepEqual(
      live.map((flow) => /This is version ([\d.]+)\./.exec(flow.versions.get(flow.publishedVersionId!)!.content)?.[1]),
      ['11.0', '4.0']
    )
    const restores = genesys
      .writes()
      .filter((w) => w.method === 'registerImport')
      .map((w) => w.args[0])
    assert.equal(restores.length, 2)
  })

  it('refuses the whole release in its preflight: a flow locked in a later stage means nothing is written', async () => {
    const { core, genesys, audit } = await runPipeline(
      { manifest: manifest(RELEASE(false)) },
      { flows: flows({ ivr: { lockedBy: { user: { id: 'u', name: 'Dana' } } } }) }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    assert.equal(genesys.state.flow(GREETING)!.publishedVersionId, '11.0')
    assert.deepEqual(audit?.notRun, [
      { stage: 'modules', flow: 'Shared Greeting (commonmodule)' },
      { stage: 'modules', flow: QUEUE }
    ])
    assert.match(core.failed!, /locked by user Dana/)
  })

  it('lists every flow that fails the preflight, not only the first', async () => {
    const { core, genesys, audit } = await runPipeline(
      { manifest: manifest(RELEASE(true)) },
      {
        flows: flows({
          queue: { lockedBy: { user: { id: 'u', name: 'Dana' } } },
          ivr: { versions: ['1.0', '2.0'], published: '2.0' }
        })
      }
    )
    assert.equal(genesys.writes().length, 0)
    const failed = audit?.flows.filter((f: { status: string }) => f.status === 'failed')
    assert.equal(failed.length, 2)
    assert.match(core.failed!, /locked by user Dana/)
    assert.match(core.failed!, /version 3\.0 does not exist/)
  })

  it('without atomic: a failure at write time stops later stages, leaves earlier switches, and says what did not run', async () => {
    const { core, genesys, audit, summary } = await runPipeline(
      { manifest: manifest(RELEASE(false)) },
      { flows: flows({ queue: { publish: { outcome: 'failure' } } }) }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.state.flow(GREETING)!.publishedVersionId, '12.0')
    assert.equal(genesys.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
    assert.deepEqual(audit?.notRun, [{ stage: 'inbound', flow: FLOW_ID }])
    assert.match(core.failed!, /not run: 5d3a2f7e-1111/)
    assert.match(summary, /\| inbound \| 5d3a2f7e-1111-4c4c-9a9a-0123456789ab \| — \| ⏭️ not run/)
  })

  it('refuses the same flow listed by id and by name before any write', async () => {
    const text = `flows:\n  - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n  - { flow-name: Main IVR, flow-type: inboundcall, target-version: "1.0" }\n`
    const { core, genesys } = await runPipeline({ manifest: manifest(text) }, { flows: flows() })
    assert.match(
      core.failed!,
      /listed twice in the manifest \(id 5d3a2f7e-1111.* and "Main IVR" \(inboundcall\)\); nothing was published/
    )
    assert.equal(genesys.writes().length, 0)
  })

  it('plans a release with no write, and one fingerprint for it', async () => {
    const { core, genesys, audit } = await runPipeline(
      { manifest: manifest(RELEASE(true)), mode: 'plan' },
      { flows: flows() }
    )
    assert.equal(core.outputs.status, 'planned')
    assert.equal(genesys.writes().length, 0)
    assert.match(core.outputs['plan-fingerprint']!, /^sha256:/)
    assert.equal(audit?.counts.planned, 3)
  })

  it('plans a release of one unchanged and one changing flow as planned: output, summary and comment agree', async () => {
    const text = `flows:\n  - { flow-id: ${GREETING}, target-version: "11.0" }\n  - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n`
    const github = await startGithubApi()
    try {
      const { core, audit, summary } = await runPipeline(
        { manifest: manifest(text), mode: 'plan', 'github-token': 'ghs_test' },
        { flows: flows() },
        { env: pullRequestEnv(github.url), deps: { commentOnPullRequest } }
      )
      assert.deepEqual(
        audit?.flows.map((f: { status: string }) => f.status),
        ['unchanged', 'planned']
      )
      assert.equal(core.outputs.status, 'planned')
      assert.match(summary, /^### 📝 Genesys Cloud release: planned/m)
      const comment = github.comments[0]?.body ?? ''
      assert.match(comment, /Apply would promote the release: 1 of 2 flows change/)
    } finally {
      await github.close()
    }
  })
})
