import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { sameFlowFile } from '../../emulator/flow-file.js'
import type { ScenarioInput } from '../../emulator/scenario.js'
import type { SessionOptions } from '../../src/genesys/client.js'
import type { Clock } from '../../src/model/clock.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeGenesys } from '../helpers/fake-genesys.js'
import { runPipeline } from '../helpers/pipeline.js'
import { VirtualClock } from '../helpers/virtual-clock.js'

const TEST_ORG = { id: '11111111-2222-4333-8444-555555555555', name: 'Test' }
const PROD_ORG = { id: '99999999-8888-4777-8666-555555555555', name: 'Production' }
const SOURCE_FLOW = 'a0a0a0a0-0000-4000-8000-000000000001'
const TARGET_FLOW = 'b0b0b0b0-0000-4000-8000-000000000001'

/** A flow file whose text says which version of which org it is. */
function ivr(text: string, name = 'Main IVR'): string {
  return `inboundCall:\n  name: ${name}\n  startUpRef: "./menus/menu[Main Menu]"\n  menus:\n    - menu:\n        name: Main Menu\n        audio:\n          tts: "${text}"\n`
}

const CONSUMES = [
  { name: 'Support', type: 'QUEUE' },
  { name: 'Look up account', type: 'DATAACTION' }
]

/** The test org: Main IVR with 3.0 published, 2.0 before it; 3.0 consumes a queue and a data action. */
function testOrg(extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    organization: TEST_ORG,
    flows: [
      {
        id: SOURCE_FLOW,
        name: 'Main IVR',
        versions: ['1.0', '2.0', '3.0', '4.0'],
        published: '3.0',
        content: { '2.0': ivr('test 2.0'), '3.0': ivr('test 3.0'), '4.0': ivr('test 4.0 {{greeting}}') },
        dependencies: { '3.0': CONSUMES, '2.0': CONSUMES }
      }
    ],
    ...extra
  }
}

/** Production: the same flow under another id, 2.0 live; it has the queue and the data action. */
function prodOrg(extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    organization: PROD_ORG,
    flows: [
      {
        id: TARGET_FLOW,
        name: 'Main IVR',
        versions: ['1.0', '2.0'],
        published: '2.0',
        content: { '1.0': ivr('prod 1.0'), '2.0': ivr('prod 2.0') }
      }
    ],
    objects: CONSUMES,
    ...extra
  }
}

const SOURCE_INPUTS = {
  'source-client-id': 'source-client',
  'source-client-secret': 'source-secret',
  'source-region': 'us-east-1',
  'flow-name': 'Main IVR',
  'flow-type': 'inboundcall'
}

/** Reads only: what the source may be asked. Anything else is a write. */
const READS = new Set([
  'getOrganization',
  'getFlow',
  'lookupFlows',
  'findFlowsByName',
  'getFlowVersion',
  'listFlowVersions',
  'consumedResources',
  'findDependencyObjects',
  'startExport',
  'getExportJob',
  'downloadExport'
])

/**
 * One run with two fake organizations: the source answers the session opened with the source's
 * client, the target every other. `source` and `target` persist between runs when given.
 */
async function acrossOrgs(
  inputs: Record<string, string>,
  orgs: { source?: FakeGenesys; target?: ScenarioInput; sourceScenario?: ScenarioInput } = {},
  options: { clock?: Clock; env?: NodeJS.ProcessEnv; prepareTarget?: (g: FakeGenesys) => void } = {}
) {
  const clock = options.clock ?? new FakeClock()
  const source = orgs.source ?? new FakeGenesys(orgs.sourceScenario ?? testOrg(), clock.now)
  let target!: FakeGenesys
  const opened: SessionOptions[] = []
  const run = await runPipeline({ ...SOURCE_INPUTS, ...inputs }, orgs.target ?? prodOrg(), {
    clock,
    env: options.env,
    prepare: (g) => {
      target = g
      options.prepareTarget?.(g)
    },
    deps: {
      openSession: async (o) => {
        opened.push(o)
        return o.clientId === 'source-client' ? source : target
      }
    }
  })
  return { ...run, source, target, opened }
}

function assertSourceOnlyRead(source: FakeGenesys): void {
  assert.deepEqual(source.writes(), [])
  const others = source.calls.filter((c) => !READS.has(c.method)).map((c) => c.method)
  assert.deepEqual(others, [], 'only reads reach the source')
}

function liveContent(org: FakeGenesys, flowId: string): string {
  const flow = org.state.flows.get(flowId)!
  return flow.versions.get(flow.publishedVersionId!)!.content
}

describe('pipeline: across organizations', () => {
  it("puts the source's published version live in the target, verified; the source is only read", async () => {
    const run = await acrossOrgs({})
    assert.equal(run.core.failed, undefined, run.core.text())
    assert.equal(run.core.outputs.status, 'switched')
    const live = run.target.state.flows.get(TARGET_FLOW)!.publishedVersionId
    assert.equal(live, '3.0', 'the import made the next version and published it')
    assert.ok(
      sameFlowFile(liveContent(run.target, TARGET_FLOW), ivr('test 3.0'), 'Home'),
      'the source 3.0 content is live'
    )
    assert.ok(run.audit!.notes.some((n: string) => /is live as version 3\.0, verified by content/.test(n)))
    assertSourceOnlyRead(run.source)
    assert.equal(run.source.state.flows.get(SOURCE_FLOW)!.publishedVersionId, '3.0', 'the source is as it was')

    // Each organization logged in with its own client; the source's secret is masked.
    assert.deepEqual(
      run.opened.map((o) => [o.clientId, o.platform.region, o.platform.hostSource]),
      [
        ['test-client', 'mypurecloud.com', 'region'],
        ['source-client', 'mypurecloud.com', 'source-region']
      ]
    )
    assert.notEqual(run.opened[0]!.budget, run.opened[1]!.budget, 'each org has its own rate budget')
    assert.ok(run.core.secrets.includes('source-secret'))

    const audit = run.audit!
    assert.deepEqual(audit.source, {
      organization: TEST_ORG,
      flowId: SOURCE_FLOW,
      version: '3.0',
      contentSha256: audit.source.contentSha256
    })
    assert.match(audit.source.contentSha256, /^sha256:[0-9a-f]{64}$/)
    assert.deepEqual(audit.organization, PROD_ORG)
    assert.equal(audit.flow.id, TARGET_FLOW)
    assert.deepEqual([audit.versions.previous, audit.versions.published], ['2.0', '3.0'])
    const checks = Object.fromEntries(audit.checks.map((c: { name: string; passed: boolean }) => [c.name, c.passed]))
    for (const name of [
      'source organization',
      'two organizations',
      'source: name resolves to one flow',
      'source: version',
      'dependencies in the target',
      'file names this flow'
    ])
      assert.equal(checks[name], true, name)
    assert.match(run.summary, /\*\*From:\*\* Test <code>11111111-2222-4333-8444-555555555555<\/code>, flow/)
  })

  it("leaves the source's division out: a source flow in another division is unchanged the second time", async () => {
    const clock = new FakeClock()
    const inTesting = testOrg()
    inTesting.flows![0] = {
      ...inTesting.flows![0]!,
      division: { id: 'd7e1c0de-0000-4000-8000-00000000beef', name: 'Testing' }
    }
    const source = new FakeGenesys(inTesting, clock.now)
    const first = await acrossOrgs({}, { source }, { clock })
    assert.equal(first.core.outputs.status, 'switched', first.core.text())
    const live = liveContent(first.target, TARGET_FLOW)
    assert.doesNotMatch(live, /Testing/, "the target's version names no division of the source")
    const prod = first.target.state
    const again = await acrossOrgs(
      {},
      { source },
      { clock, prepareTarget: (g) => prod.flows.forEach((flow, id) => g.state.flows.set(id, flow)) }
    )
    assert.equal(again.core.outputs.status, 'unchanged', again.core.text())
    assert.deepEqual(again.target.writes(), [])
  })

  it('the same run again is unchanged, with no import anywhere', async () => {
    const clock = new FakeClock()
    const source = new FakeGenesys(testOrg(), clock.now)
    const first = await acrossOrgs({}, { source }, { clock })
    assert.equal(first.core.outputs.status, 'switched')
    // The second run meets the target as the first left it.
    const prod = first.target.state
    const again = await acrossOrgs(
      {},
      { source },
      {
        clock,
        prepareTarget: (g) => {
          for (const [id, flow] of prod.flows) g.state.flows.set(id, flow)
        }
      }
    )
    assert.equal(again.core.failed, undefined, again.core.text())
    assert.equal(again.core.outputs.status, 'unchanged')
    assert.deepEqual(again.target.writes(), [], 'no import')
    assert.equal(again.target.state.flows.get(TARGET_FLOW)!.publishedVersionId, '3.0')
    assertSourceOnlyRead(source)
    assert.equal(
      again.audit!.source.contentSha256,
      first.audit!.source.contentSha256,
      'the same content, the same hash'
    )
  })

  it('promotes the pinned source-version, not the published one', async () => {
    const run = await acrossOrgs({ 'source-version': '2.0' })
    assert.equal(run.core.outputs.status, 'switched', run.core.text())
    assert.ok(sameFlowFile(liveContent(run.target, TARGET_FLOW), ivr('test 2.0'), 'Home'))
    assert.equal(run.audit!.source.version, '2.0')
    assertSourceOnlyRead(run.source)
  })

  it('a plan writes to neither organization', async () => {
    const run = await acrossOrgs({ mode: 'plan' })
    assert.equal(run.core.failed, undefined, run.core.text())
    assert.equal(run.core.outputs.status, 'planned')
    assert.deepEqual(run.target.writes(), [])
    assertSourceOnlyRead(run.source)
    assert.match(run.summary, /2\.0 → source 3\.0/)
    assert.ok(run.audit!.notes.some((n: string) => n.includes('Apply would import source 3.0')))
  })

  it('mode check compares the target with the source: drifted, then in sync once promoted', async () => {
    const clock = new FakeClock()
    const source = new FakeGenesys(testOrg(), clock.now)
    const drifted = await acrossOrgs({ mode: 'check' }, { source }, { clock })
    assert.equal(drifted.core.outputs.status, 'drifted')
    assert.match(drifted.core.failed ?? '', /^drifted: 2\.0 is live, with other content than source 3\.0/)
    assert.deepEqual(drifted.target.writes(), [])

    const applied = await acrossOrgs({}, { source }, { clock })
    const inSync = await acrossOrgs(
      { mode: 'check' },
      { source },
      { clock, prepareTarget: (g) => g.state.flows.set(TARGET_FLOW, applied.target.state.flows.get(TARGET_FLOW)!) }
    )
    assert.equal(inSync.core.outputs.status, 'in-sync', inSync.core.text())
    assertSourceOnlyRead(source)
  })

  it("content other than the source's going live is rolled back by restoring the backup", async () => {
    // The first import lands a value other than the file's (the restore's import lands as sent).
    const run = await acrossOrgs(
      {},
      {},
      {
        prepareTarget: (g) => {
          const importVersion = g.state.importVersion.bind(g.state)
          let imports = 0
          g.state.importVersion = (flow, content, client) =>
            importVersion(flow, imports++ ? content : content.replace('test 3.0', 'something else'), client)
        }
      }
    )
    assert.equal(run.core.outputs.status, 'rolled-back', run.core.text())
    assert.match(run.audit!.error.message, /with other content than the file's|other content than source 3\.0/)
    assert.ok(sameFlowFile(liveContent(run.target, TARGET_FLOW), ivr('prod 2.0'), 'Home'), 'the backup is live again')
    assertSourceOnlyRead(run.source)
  })

  it('a dependency the target lacks is a failing check naming it; nothing is written', async () => {
    const run = await acrossOrgs({}, { target: prodOrg({ objects: [{ name: 'Support', type: 'QUEUE' }] }) })
    assert.equal(run.core.outputs.status, 'failed')
    const check = run.audit!.checks.find((c: { name: string }) => c.name === 'dependencies in the target')
    assert.equal(check.passed, false)
    assert.match(check.detail, /DATAACTION "Look up account"/)
    assert.doesNotMatch(check.detail, /QUEUE "Support"/)
    assert.match(run.core.failed ?? '', /Look up account/)
    assert.deepEqual(run.target.writes(), [])
    assertSourceOnlyRead(run.source)
  })

  it('a name the target has only inside a longer one, or under another type, is missing', async () => {
    const objects = [
      { name: 'Support Tier 2', type: 'QUEUE' },
      { name: 'Look up account', type: 'QUEUE' }
    ]
    const run = await acrossOrgs({ mode: 'plan' }, { target: prodOrg({ objects }) })
    const check = run.audit!.checks.find((c: { name: string }) => c.name === 'dependencies in the target')
    assert.equal(check.passed, false)
    assert.match(check.detail, /QUEUE "Support", DATAACTION "Look up account"/)
  })

  it('refuses the same organization on both ends, before any flow is read', async () => {
    const run = await acrossOrgs({}, { sourceScenario: testOrg({ organization: PROD_ORG }) })
    assert.equal(run.core.outputs.status, 'failed')
    assert.match(run.core.failed ?? '', /source and target are the same organization, Production/)
    assert.deepEqual(run.target.writes(), [])
    assert.deepEqual(
      [...run.source.calls, ...run.target.calls].map((c) => c.method),
      ['getOrganization', 'getOrganization']
    )
  })

  it('refuses source credentials of another organization than source-organization-id', async () => {
    const run = await acrossOrgs({ 'source-organization-id': '00000000-0000-4000-8000-000000000000' })
    assert.equal(run.core.outputs.status, 'failed')
    assert.match(run.core.failed ?? '', /the source: the credentials belong to organization Test/)
    assert.equal(run.audit!.checks.at(-1).name, 'source organization')
    assert.deepEqual(run.target.writes(), [])
    assert.deepEqual(
      run.source.calls.map((c) => c.method),
      ['getOrganization']
    )
  })

  it('says which organization a failure is in: a flow missing in the source', async () => {
    const billing = {
      id: 'b1b1b1b1-0000-4000-8000-000000000001',
      name: 'Billing IVR',
      versions: ['1.0'],
      published: '1.0'
    }
    const run = await acrossOrgs({ 'flow-name': 'Billing IVR' }, { target: prodOrg({ flows: [billing] }) })
    assert.equal(run.core.outputs.status, 'failed')
    assert.match(run.core.failed ?? '', /^failed: the source: no inboundcall flow is named exactly "Billing IVR"/)
    assert.ok(
      run.audit!.checks.some(
        (c: { name: string; passed: boolean }) => c.name === 'source: name resolves to one flow' && !c.passed
      )
    )
  })

  it('a flow the target does not have is refused, saying it must exist there', async () => {
    const run = await acrossOrgs({}, { target: prodOrg({ flows: [] }) })
    assert.equal(run.core.outputs.status, 'failed')
    assert.match(
      run.core.failed ?? '',
      /no inboundcall flow is named exactly "Main IVR"; a flow from another organization is imported into the flow of the same name and type, which must exist/
    )
    assert.deepEqual(run.target.writes(), [])
    assert.deepEqual(
      run.source.calls.map((c) => c.method),
      ['getOrganization'],
      'the source is not read for it'
    )
  })

  it('bad source inputs are refused before any session opens', async () => {
    for (const [inputs, input] of [
      [{ 'flow-name': '', 'flow-type': '', 'flow-id': TARGET_FLOW }, 'flow-id'],
      [{ 'source-region': '' }, 'source-region']
    ] as const) {
      const run = await acrossOrgs(inputs)
      assert.equal(run.opened.length, 0, input)
      assert.match(run.core.failed ?? '', new RegExp(`^Input ${input}: `))
      assert.equal(run.core.outputs.status, 'failed')
    }
  })

  it("substitutes the export's placeholders; one without a value is a failing check", async () => {
    const substituted = await acrossOrgs({ 'source-version': '4.0', substitutions: 'greeting: Hello there' })
    assert.equal(substituted.core.outputs.status, 'switched', substituted.core.text())
    assert.ok(sameFlowFile(liveContent(substituted.target, TARGET_FLOW), ivr('test 4.0 Hello there'), 'Home'))

    const missing = await acrossOrgs({ 'source-version': '4.0' })
    assert.equal(missing.core.outputs.status, 'failed')
    assert.match(missing.core.failed ?? '', /the export of 4\.0 has the placeholder \{\{greeting\}\}/)
    assert.deepEqual(missing.target.writes(), [])
  })

  it('a release promotes many flows from one source, exporting them side by side', async () => {
    const names = ['Main IVR', 'Billing IVR', 'Sales IVR']
    const flow = (name: string, i: number, org: string) => ({
      id: `${org}${i}000000-0000-4000-8000-000000000001`,
      name,
      versions: ['1.0', '2.0'],
      published: org === 'a' ? '2.0' : '1.0',
      content: { '1.0': ivr(`${org} 1.0`, name), '2.0': ivr(`${org} 2.0`, name) }
    })
    const dir = mkdtempSync(path.join(os.tmpdir(), 'across-orgs-'))
    writeFileSync(
      path.join(dir, 'release.yaml'),
      `concurrency: 3\nflows:\n${names.map((n) => `  - { flow-name: ${n}, flow-type: inboundcall }`).join('\n')}\n`
    )
    const clock = new VirtualClock()
    const run = await acrossOrgs(
      { manifest: 'release.yaml', 'flow-name': '', 'flow-type': '' },
      {
        sourceScenario: { organization: TEST_ORG, flows: names.map((n, i) => flow(n, i, 'a')) },
        target: { organization: PROD_ORG, flows: names.map((n, i) => flow(n, i, 'b')) }
      },
      { clock, env: { GITHUB_WORKSPACE: dir } }
    )
    assert.equal(run.core.failed, undefined, run.core.text())
    assert.equal(run.core.outputs.status, 'switched')
    for (const [i, name] of names.entries())
      assert.ok(
        sameFlowFile(liveContent(run.target, `b${i}000000-0000-4000-8000-000000000001`), ivr('a 2.0', name), 'Home')
      )
    assertSourceOnlyRead(run.source)
    // Every export started before the first one was downloaded: they ran side by side.
    const methods = run.source.calls.map((c) => c.method)
    assert.equal(methods.filter((m) => m === 'startExport').length, 3)
    assert.ok(methods.lastIndexOf('startExport') < methods.indexOf('downloadExport'), methods.join(' '))
  })
})
