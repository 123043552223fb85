import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, it } from 'node:test'
import { checkConsumedResources, dependencyCandidates, DEPENDENCY_FLOWS } from '../../conformance/checks.js'
import type { DependencySample } from '../../conformance/findings.js'
import { DEPENDENCY_OBJECT_TYPES } from '../../src/promotion/checks/dependencies.js'

const FLOW_ID = '7a1b2c3d-0000-4000-8000-0000000f1001'
const ivr = {
  id: FLOW_ID,
  name: 'Billing IVR',
  type: 'INBOUNDCALL',
  publishedVersion: { id: '2.0' },
  checkedInVersion: { id: '3.0' }
}
const entry = {
  id: '0e0e0e0e-0000-4000-8000-0000000a0001',
  name: 'Billing',
  type: 'QUEUE',
  deleted: false,
  selfUri: '/api/v2/architect/dependencytracking/objects/0e0e0e0e-0000-4000-8000-0000000a0001'
}
const listing = (entities: unknown[]) => ({
  entities,
  pageNumber: 1,
  pageSize: 100,
  total: entities.length,
  pageCount: 1
})

/** A `get` that answers one status and body, and records the paths it was asked. */
function answering(status: number, body: unknown) {
  const paths: string[] = []
  const get = async (p: string) => {
    paths.push(p)
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })
  }
  return { get, paths }
}

async function run(flow: Parameters<typeof checkConsumedResources>[0], status: number, body: unknown) {
  const { get, paths } = answering(status, body)
  const samples: DependencySample[] = []
  let detail: string | undefined
  let error: Error | undefined
  try {
    detail = await checkConsumedResources(flow, true, get, samples)
  } catch (err) {
    error = err as Error
  }
  return { detail, error, sample: samples[0]!, paths }
}

describe('the conformance check of the dependency-tracking mapping', () => {
  it('asks for the published version with the objectType of the action’s table, as the action does', async () => {
    const { detail, error, sample, paths } = await run(ivr, 200, listing([entry]))
    assert.equal(error, undefined)
    assert.equal(paths.length, 1)
    const url = new URL(paths[0]!, 'http://x')
    assert.equal(url.pathname, '/api/v2/architect/dependencytracking/consumedresources')
    assert.equal(url.searchParams.get('id'), FLOW_ID)
    assert.equal(url.searchParams.get('version'), '2.0')
    assert.equal(url.searchParams.get('objectType'), DEPENDENCY_OBJECT_TYPES.INBOUNDCALL!.objectType)
    assert.equal(url.searchParams.get('pageSize'), '100')
    assert.match(detail!, /accepted, 1 entry/)
    assert.equal(sample.outcome, 'accepted')
    assert.equal(sample.version, 'published')
    assert.equal(sample.entries, 1)
    assert.deepEqual(sample.entryTypes, ['QUEUE'])
    assert.deepEqual(sample.entry, entry)
  })

  it('asks for the checked-in version when none is published', async () => {
    const { sample, paths } = await run({ ...ivr, type: 'commonmodule', publishedVersion: undefined }, 200, listing([]))
    const url = new URL(paths[0]!, 'http://x')
    assert.equal(url.searchParams.get('version'), '3.0')
    assert.equal(url.searchParams.get('objectType'), 'COMMONMODULEFLOW')
    assert.equal(sample.version, 'checked-in')
    assert.equal(sample.entries, 0)
  })

  it('reports a type the table lacks as a finding, without a request', async () => {
    const { detail, error, sample, paths } = await run({ ...ivr, type: 'speech' }, 200, listing([]))
    assert.equal(error, undefined)
    assert.equal(paths.length, 0)
    assert.match(detail!, /type SPEECH: not in the table/)
    assert.equal(sample.outcome, 'not in the table')
  })

  it('a 403 says the client lacks the permission, and does not fail', async () => {
    const { detail, error, sample } = await run(ivr, 403, { status: 403, code: 'missing.permissions', message: 'no' })
    assert.equal(error, undefined)
    assert.match(detail!, /HTTP 403 missing\.permissions: the OAuth client lacks architect:dependencyTracking:view/)
    assert.equal(sample.outcome, 'forbidden')
  })

  it('a 400 fails the check: the mapping is wrong for the type, and users should report it', async () => {
    const { error, sample } = await run(ivr, 400, { status: 400, code: 'bad.request', message: `no ${FLOW_ID}` })
    assert.match(
      error!.message,
      /HTTP 400 bad\.request: the mapping INBOUNDCALL → INBOUNDCALLFLOW is wrong .* please report it/
    )
    assert.deepEqual([sample.outcome, sample.status, sample.code], ['refused', 400, 'bad.request'])
  })

  it('any other refusal fails the check with its status and code', async () => {
    const { error, sample } = await run(ivr, 404, { status: 404, code: 'not.found' })
    assert.match(error!.message, /refused, HTTP 404 not\.found/)
    assert.equal(sample.outcome, 'refused')
  })

  it('fails on an answer the action’s schema does not read, saying where', async () => {
    const { error, sample } = await run(ivr, 200, listing([{ ...entry, deleted: 'yes' }]))
    assert.match(error!.message, /unexpected shape at entities\.0\.deleted/)
    assert.match(sample.shapeError!, /entities\.0\.deleted/)
    const notJson = await run(ivr, 200, '<html>')
    assert.match(notJson.error!.message, /not JSON/)
  })

  it('reads explicit nulls as absent, as the action does', async () => {
    const { error, sample } = await run(ivr, 200, listing([{ ...entry, version: null, stateUnknown: null }]))
    assert.equal(error, undefined)
    assert.equal(sample.entries, 1)
  })

  it('asks about the flow read in detail, then one listed flow per type, then others: at most 5', () => {
    const flow = (n: number, type: string) => ({ body: { id: `f${n}`, type, publishedVersion: { id: '1.0' } } })
    const listed = [
      flow(0, 'INBOUNDCALL'),
      flow(1, 'INBOUNDCALL'),
      flow(2, 'INBOUNDCALL'),
      flow(3, 'INBOUNDCHAT'),
      flow(4, 'COMMONMODULE'),
      flow(5, 'INBOUNDCHAT'),
      flow(6, 'WORKFLOW'),
      { body: { id: 7 } }
    ]
    const chosen = dependencyCandidates({ id: 'f0', type: 'INBOUNDCALL' }, listed)
    assert.equal(chosen.length, DEPENDENCY_FLOWS)
    assert.deepEqual(
      chosen.map((c) => [c.flow.id, c.detailed]),
      [
        ['f0', true],
        ['f3', false],
        ['f4', false],
        ['f6', false],
        ['f1', false]
      ]
    )
    assert.deepEqual(dependencyCandidates(undefined, []), [])
  })
})

describe('npm run conformance against a real org', () => {
  const cli = path.join(import.meta.dirname, '..', '..', 'conformance', 'cli.ts')
  const start = (region: string | undefined) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli], {
      env: {
        PATH: process.env.PATH,
        GENESYSCLOUD_OAUTHCLIENT_ID: 'some-client',
        GENESYSCLOUD_OAUTHCLIENT_SECRET: 'some-secret',
        ...(region === undefined ? {} : { GENESYSCLOUD_REGION: region })
      },
      encoding: 'utf8',
      timeout: 30_000
    })

  it('refuses without GENESYSCLOUD_REGION (exit 2) instead of sending the secret to a default region', () => {
    for (const region of [undefined, '', '  ']) {
      const result = start(region)
      assert.equal(result.status, 2, result.stderr)
      assert.match(result.stderr, /Set GENESYSCLOUD_REGION/)
      assert.doesNotMatch(result.stdout, /Conformance checks against/)
    }
  })

  it('prints its usage for --help (exit 0), and refuses an unknown option (exit 2), without a stack trace', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
        env: { PATH: process.env.PATH },
        encoding: 'utf8',
        timeout: 30_000
      })
    for (const flag of ['--help', '-h']) {
      const help = run([flag])
      assert.equal(help.status, 0, help.stderr)
      assert.match(help.stdout, /^Usage: npm run conformance -- \[--emulator\] \[--flow-id ID\] \[--report FILE\]/)
      assert.match(help.stdout, /GENESYSCLOUD_REGION/)
      assert.equal(help.stderr, '')
    }
    const unknown = run(['--bogus'])
    assert.equal(unknown.status, 2)
    assert.equal(unknown.stderr, "conformance: Unknown option '--bogus'\nconformance: --help lists the options.\n")
    assert.doesNotMatch(unknown.stdout + unknown.stderr, /^\s+at /m)
  })

  it('refuses an unknown region (exit 2), naming GENESYSCLOUD_REGION', () => {
    const result = start('login.example.invalid')
    assert.equal(result.status, 2, result.stderr)
    assert.match(result.stderr, /^GENESYSCLOUD_REGION: unknown region/m)
  })
})
