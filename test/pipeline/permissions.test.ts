import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { PlatformError } from '../../src/model/errors.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { runPipeline } from '../helpers/pipeline.js'

/** Everything apply needs, but `architect:flow:publish`: a client that writes (it may import). */
const ALL_BUT_PUBLISH = [
  'architect:flow:view',
  'architect:jobExport:create',
  'architect:jobExport:view',
  'architect:job:create',
  'architect:job:view',
  'architect:dependencyTracking:view'
]
const VIEW_ONLY = [
  'architect:flow:view',
  'architect:jobExport:create',
  'architect:jobExport:view',
  'architect:dependencyTracking:view'
]
/** The pipeline's OAuth client (`client-id: test-client`), holding only these grants. */
const client = (...grants: { division?: string; permissions: string[] }[]) => [
  { id: 'test-client', secret: 'test-secret', grants }
]
type Checks = { name: string; passed: boolean; skipped?: boolean; detail: string }[]
const permissionsCheck = (audit: Record<string, any> | undefined) =>
  (audit?.checks as Checks | undefined)?.find((c) => c.name === 'permissions')

describe('pipeline: permissions before writes', () => {
  it('apply without architect:flow:publish fails before any write and before the backup, naming the permission', async () => {
    const { core, genesys, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()], clients: client({ permissions: ALL_BUT_PUBLISH }) }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    assert.deepEqual(
      genesys.calls.filter((c) => ['startExport', 'consumedResources', 'getFlowVersion'].includes(c.method)),
      [],
      'no backup, nor any read after the check'
    )
    const wording = 'publish needs architect:flow:publish in division Home'
    assert.equal(permissionsCheck(audit)?.passed, false)
    assert.match(permissionsCheck(audit)!.detail, new RegExp(`^${wording}: .*nothing was written`))
    assert.ok(summary.includes(wording), 'the summary names the permission and the step')
    assert.ok(core.text().includes(wording), 'the log names it')
    assert.ok(core.failed?.includes(wording))
    assert.equal(genesys.calls.filter((c) => c.method === 'getMyGrants').length, 1)
  })

  it('apply with a health gate and without analytics:flowAggregate:view fails before any write', async () => {
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, 'health-gate-seconds': '600' },
      { flows: [mainIvr()], clients: client({ permissions: ['architect:flow:*', ...ALL_BUT_PUBLISH] }) }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    assert.equal(permissionsCheck(audit)?.passed, false)
    assert.match(permissionsCheck(audit)!.detail, /health gate needs analytics:flowAggregate:view/)
    // Without the gate, the same client promotes.
    const ungated = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()], clients: client({ permissions: ['architect:flow:*', ...ALL_BUT_PUBLISH] }) }
    )
    assert.equal(ungated.core.outputs.status, 'switched', ungated.core.failed)
  })

  it('a flow file without the import permissions is refused before its backup', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'perm-file-'))
    writeFileSync(path.join(dir, 'main.yaml'), 'inboundCall:\n  name: Main IVR\n  startUpRef: ./menus/menu[Main]\n')
    const { core, genesys, audit } = await runPipeline(
      { 'flow-file': 'main.yaml', 'flow-id': FLOW_ID },
      { flows: [mainIvr()], clients: client({ permissions: ['architect:flow:*', ...VIEW_ONLY] }) },
      { env: { GITHUB_WORKSPACE: dir } }
    )
    assert.equal(core.outputs.status, 'failed', core.failed)
    assert.match(permissionsCheck(audit)!.detail, /^import needs architect:job:create and architect:job:view: /)
    assert.equal(genesys.calls.filter((c) => c.method === 'startExport').length, 0, 'no backup export')
    assert.equal(genesys.writes().length, 0)
  })

  it('plan shows the failing check, with no write, for a client that writes but lacks publish', async () => {
    const { core, genesys, audit, summary } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan' },
      { flows: [mainIvr()], clients: client({ permissions: ALL_BUT_PUBLISH }) }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    assert.match(permissionsCheck(audit)!.detail, /^apply: publish needs architect:flow:publish in division Home: /)
    assert.match(summary, /permissions/)
    assert.ok(summary.includes('apply: publish needs architect:flow:publish in division Home'))
  })

  it("a view-only plan client passes, listing what apply's own client must hold", async () => {
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never' },
      { flows: [mainIvr()], clients: client({ permissions: VIEW_ONLY }) }
    )
    assert.equal(core.outputs.status, 'planned')
    assert.equal(genesys.writes().length, 0)
    const check = permissionsCheck(audit)!
    assert.equal(check.passed, true)
    assert.match(check.detail, /a view-only plan client\): publish needs architect:flow:publish in division Home/)
  })

  it('a release of 10 flows writes none when one flow’s division lacks publish', async () => {
    const sales = { id: '9a8b7c6d-0000-4000-8000-00000000000a', name: 'Sales' }
    const flows = Array.from({ length: 10 }, (_, i) => ({
      name: `Release flow ${i + 1}`,
      versions: ['1.0', '2.0'],
      published: '1.0',
      ...(i === 6 ? { division: sales } : {})
    }))
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'perm-release-')), 'release.yml')
    writeFileSync(
      file,
      `concurrency: 4\nflows:\n${flows.map((f) => `  - { flow-name: ${f.name}, flow-type: inboundcall, target-version: checked-in }`).join('\n')}\n`
    )
    const { core, genesys, audit } = await runPipeline(
      { manifest: file },
      {
        flows,
        clients: client(
          { division: 'Home', permissions: ['architect:flow:*', ...ALL_BUT_PUBLISH] },
          { division: 'Sales', permissions: ALL_BUT_PUBLISH }
        )
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0, 'no flow written')
    assert.equal(genesys.calls.filter((c) => c.method === 'startExport').length, 0, 'no backup either')
    const failing = (audit?.flows as { flowName?: string; checks: Checks }[]).filter(
      (f) => f.checks.find((c) => c.name === 'permissions')?.passed === false
    )
    assert.equal(failing.length, 1)
    assert.match(failing[0]!.checks.find((c) => c.name === 'permissions')!.detail, /in division Sales/)
    assert.equal(genesys.calls.filter((c) => c.method === 'getMyGrants').length, 1, 'one answer for the 10 flows')
  })

  it('with every permission a release costs one preflight request, and switches every flow', async () => {
    const flows = Array.from({ length: 10 }, (_, i) => ({
      name: `Release flow ${i + 1}`,
      versions: ['1.0', '2.0'],
      published: '1.0'
    }))
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'perm-release-')), 'release.yml')
    writeFileSync(
      file,
      `concurrency: 4\nflows:\n${flows.map((f) => `  - { flow-name: ${f.name}, flow-type: inboundcall, target-version: checked-in }`).join('\n')}\n`
    )
    const { core, genesys, audit } = await runPipeline({ manifest: file }, { flows })
    assert.equal(core.outputs.status, 'switched', core.failed)
    assert.equal(genesys.writes().length, 10)
    const preflight = genesys.calls.filter((c) => ['getMyGrants', 'divisionsPermitted'].includes(c.method))
    assert.deepEqual(
      preflight.map((c) => c.method),
      ['getMyGrants']
    )
    assert.ok(
      (audit?.flows as { checks: Checks }[]).every((f) => f.checks.find((c) => c.name === 'permissions')?.passed)
    )
  })

  it('asks permission by permission when the subject answer is refused, and still blocks on what it learns', async () => {
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()], clients: client({ permissions: ALL_BUT_PUBLISH }) },
      {
        prepare: (g) =>
          g.failNext('getMyGrants', new PlatformError({ message: 'no', status: 403, code: 'missing.permissions' }))
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.equal(genesys.writes().length, 0)
    const check = permissionsCheck(audit)!
    assert.match(check.detail, /^publish needs architect:flow:publish in division Home: .*divisionspermitted/)
    assert.ok(genesys.calls.filter((c) => c.method === 'divisionsPermitted').length >= 2)
  })

  it('asks subjects/me early, and nothing more, in a run that fails before any flow needs the answer', async () => {
    const { core, genesys } = await runPipeline(
      { 'flow-id': '00000000-0000-4000-8000-000000000000' },
      { flows: [mainIvr()] },
      {
        prepare: (g) =>
          g.failNext('getMyGrants', new PlatformError({ message: 'no', status: 403, code: 'missing.permissions' }))
      }
    )
    assert.equal(core.outputs.status, 'failed')
    assert.deepEqual(
      genesys.calls.filter((c) => ['getMyGrants', 'divisionsPermitted'].includes(c.method)).map((c) => c.method),
      ['getMyGrants'],
      'no one-by-one fallback: no flow asked'
    )
    assert.doesNotMatch(core.text('warning'), /Permissions not checked/)
  })

  it('skips the check with a warning when the platform says nothing, and the run goes on as before', async () => {
    const refused = () => new PlatformError({ message: 'refused', status: 400, code: 'bad.request' })
    const { core, genesys, audit } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()] },
      {
        prepare: (g) => {
          g.failNext('getMyGrants', refused())
          g.failNext('divisionsPermitted', refused())
        }
      }
    )
    assert.equal(core.outputs.status, 'switched', core.failed)
    const check = permissionsCheck(audit)!
    assert.deepEqual([check.passed, check.skipped], [true, true])
    assert.match(core.text('warning'), /Permissions not checked: the platform did not say what the OAuth client may do/)
    assert.equal(genesys.calls.filter((c) => c.method === 'divisionsPermitted').length, 1, 'stops at the first refusal')
  })

  it('skips the check when the answer denies reading a flow the client has just read', async () => {
    const { core, audit } = await runPipeline(
      { 'flow-id': FLOW_ID },
      { flows: [mainIvr()] },
      {
        prepare: (g) => {
          // An answer of another shape than the one this action reads: flow permissions in no division.
          ;(g.state.grants as any).subject = (c: { id: string; name: string }) => ({
            id: c.id,
            name: c.name,
            grants: [
              {
                division: { id: 'elsewhere', name: 'Elsewhere' },
                role: { policies: [{ domain: 'architect', entityName: 'flow', actions: ['view'] }] }
              }
            ]
          })
        }
      }
    )
    assert.equal(core.outputs.status, 'switched', core.failed)
    const check = permissionsCheck(audit)!
    assert.equal(check.skipped, true)
    assert.match(check.detail, /yet it has just read this one/)
  })
})
