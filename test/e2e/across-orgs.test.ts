import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ActionRun } from '../../harness/run-action.js'
import { sameFlowFile } from '../../emulator/flow-file.js'
import type { ScenarioInput } from '../../emulator/scenario.js'
import type { Emulator } from '../../emulator/server.js'
import { withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'

const audit = (run: ActionRun) => run.audit as Record<string, any>
const QUICK_JOBS = { exportDurationMs: 40, importDurationMs: 40 }
const TEST_ORG = { id: '2b7d4c1e-0a9f-4e3d-8c2b-1a0f9e8d7c6b', name: 'Test Contact Center' }
const PROD_ORG = { id: '7e6d5c4b-3a29-4f18-9e07-d6c5b4a39281', name: 'Production Contact Center' }

function ivr(tts: string): string {
  return `inboundCall:\n  name: Main IVR\n  startUpRef: "./menus/menu[Main Menu]"\n  menus:\n    - menu:\n        name: Main Menu\n        audio:\n          tts: "${tts}"\n`
}

/** Test: Main IVR 4.0 published, 3.0 before it; both consume the Support queue. No flow ids given: each org derives its own. */
const testOrg: ScenarioInput = {
  ...QUICK_JOBS,
  organization: TEST_ORG,
  clients: [{ id: 'test-client', secret: 'test-secret' }],
  flows: [
    {
      name: 'Main IVR',
      versions: ['3.0', '4.0'],
      published: '4.0',
      content: { '3.0': ivr('test 3.0'), '4.0': ivr('test 4.0') },
      dependencies: { '3.0': [{ name: 'Support', type: 'QUEUE' }], '4.0': [{ name: 'Support', type: 'QUEUE' }] }
    }
  ]
}

/** Production: Main IVR 2.0 live, and the Support queue. */
function prodOrg(objects = [{ name: 'Support', type: 'QUEUE' }]): ScenarioInput {
  return {
    ...QUICK_JOBS,
    organization: PROD_ORG,
    clients: [{ id: 'prod-client', secret: 'prod-secret' }],
    flows: [{ name: 'Main IVR', versions: ['1.0', '2.0'], published: '2.0', content: { '2.0': ivr('prod 2.0') } }],
    objects
  }
}

function promote(source: Emulator, target: Emulator, inputs: Record<string, string> = {}) {
  return runBundle(target.url, {
    'client-id': 'prod-client',
    'client-secret': 'prod-secret',
    'source-client-id': 'test-client',
    'source-client-secret': 'test-secret',
    'source-gateway-url': source.url,
    'flow-name': 'Main IVR',
    'flow-type': 'inboundcall',
    ...inputs
  })
}

/** Every request the source answered was a read: a GET, the login, or an export job's start. */
function assertOnlyReads(source: Emulator): void {
  assert.deepEqual(source.writes(), [])
  const others = source.requests
    .filter((r) => r.method !== 'GET' && r.path !== '/oauth/token' && r.path !== '/api/v2/flows/export/jobs')
    .map((r) => `${r.method} ${r.path}`)
  assert.deepEqual(others, [])
  assert.deepEqual(
    source.objectStore.requests.filter((r) => r.method !== 'GET'),
    [],
    'nothing uploaded to the source'
  )
}

function live(emu: Emulator): { id: string; version: string; content: string } {
  const flow = [...emu.state.flows.values()].find((f) => f.name === 'Main IVR')!
  return {
    id: flow.id,
    version: flow.publishedVersionId!,
    content: flow.versions.get(flow.publishedVersionId!)!.content
  }
}

describe('bundle: across organizations (two emulators)', () => {
  it("plans, then puts the source's published version live in the target, verified; again is unchanged", async () => {
    await withEmulator(testOrg, (source) =>
      withEmulator(prodOrg(), async (target) => {
        const sourceId = live(source).id
        assert.notEqual(sourceId, live(target).id, 'the same flow has another id in each org')

        const plan = await promote(source, target, { mode: 'plan' })
        assert.equal(plan.exitCode, 0, plan.stdout + plan.stderr)
        assert.equal(plan.outputs.status, 'planned')
        assert.deepEqual(target.writes(), [], 'a plan writes nothing in the target')

        const run = await promote(source, target, {
          'organization-id': PROD_ORG.id,
          'source-organization-id': TEST_ORG.id
        })
        assert.equal(run.exitCode, 0, run.stdout + run.stderr)
        assert.deepEqual(
          [run.outputs.status, run.outputs['previous-version'], run.outputs['published-version']],
          ['switched', '2.0', '3.0']
        )
        assert.ok(sameFlowFile(live(target).content, ivr('test 4.0'), 'Home'), 'test 4.0 is live in production')
        const record = audit(run)
        assert.deepEqual(record.source.organization, TEST_ORG)
        assert.deepEqual([record.source.flowId, record.source.version], [sourceId, '4.0'])
        assert.match(record.source.contentSha256, /^sha256:[0-9a-f]{64}$/)
        assert.deepEqual(record.organization, PROD_ORG)
        assert.match(run.summary, /\*\*From:\*\* Test Contact Center/)
        // The source's token and secret are masked, like the target's.
        assert.match(run.stdout, /::add-mask::test-secret/)
        const tokens = source.requests.filter((r) => r.path === '/oauth/token').length
        assert.ok(tokens >= 1, 'the source was logged in to with its own client')

        const again = await promote(source, target)
        assert.equal(again.exitCode, 0, again.stdout + again.stderr)
        assert.equal(again.outputs.status, 'unchanged')
        assert.equal(
          target.writes().filter((w) => w.path.startsWith('/api/v2/flows/jobs')).length,
          1,
          'one import in all'
        )
        assert.equal(live(target).version, '3.0')
        assertOnlyReads(source)
        assert.equal(live(source).version, '4.0')
      })
    )
  })

  it('promotes a pinned source-version', async () => {
    await withEmulator(testOrg, (source) =>
      withEmulator(prodOrg(), async (target) => {
        const run = await promote(source, target, { 'source-version': '3.0' })
        assert.equal(run.outputs.status, 'switched', run.stdout)
        assert.ok(sameFlowFile(live(target).content, ivr('test 3.0'), 'Home'))
        assert.equal(audit(run).source.version, '3.0')
        assertOnlyReads(source)
      })
    )
  })

  it('refuses a target without what the version consumes, naming it, and the same org on both ends; no write', async () => {
    await withEmulator(testOrg, (source) =>
      withEmulator(prodOrg([]), async (target) => {
        const missing = await promote(source, target)
        assert.equal(missing.exitCode, 1)
        assert.equal(missing.outputs.status, 'failed')
        assert.match(errors(missing), /source 4\.0 consumes what the target does not have: QUEUE "Support"/)
        assert.deepEqual(target.writes(), [])

        // The test org's credentials on both ends: refused before any flow is read.
        const before = source.requests.length
        const same = await runBundle(source.url, {
          'client-id': 'test-client',
          'client-secret': 'test-secret',
          'source-client-id': 'test-client',
          'source-client-secret': 'test-secret',
          'source-gateway-url': source.url,
          'flow-name': 'Main IVR',
          'flow-type': 'inboundcall'
        })
        assert.equal(same.outputs.status, 'failed')
        assert.match(errors(same), /source and target are the same organization, Test Contact Center/)
        assertOnlyReads(source)
        assert.deepEqual(
          source.requests.slice(before).map((r) => r.path),
          ['/oauth/token', '/api/v2/organizations/me', '/oauth/token', '/api/v2/organizations/me'],
          'no flow was read'
        )
      })
    )
  })

  it('refuses bad source inputs before any request', async () => {
    await withEmulator(testOrg, (source) =>
      withEmulator(prodOrg(), async (target) => {
        const noRegion = await runBundle(target.url, {
          'client-id': 'prod-client',
          'client-secret': 'prod-secret',
          'source-client-id': 'test-client',
          'source-client-secret': 'test-secret',
          'flow-name': 'Main IVR',
          'flow-type': 'inboundcall'
        })
        assert.equal(noRegion.exitCode, 1)
        assert.match(errors(noRegion), /source-region: is required with source-client-id/)
        const byId = await promote(source, target, { 'flow-name': '', 'flow-type': '', 'flow-id': live(target).id })
        assert.match(
          errors(byId),
          /flow-id: does not go with a source organization: a flow has another id in each organization/
        )
        assert.equal(source.requests.length + target.requests.length, 0)
      })
    )
  })
})
