import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { InputError } from '../../src/model/errors.js'
import { readRawInputs } from '../../src/inputs/config.js'
import { readInputs } from '../../src/inputs/read.js'
import { parse, inputError as refusal } from '../helpers/config.js'

const target = { 'client-id': 'id', 'client-secret': 'secret', region: 'eu-west-1' }
const source = { 'source-client-id': 'test-id', 'source-client-secret': 'test-secret', 'source-region': 'us-east-1' }
const byName = { 'flow-name': 'Main IVR', 'flow-type': 'inboundcall' }

/** A workspace holding `release.yaml` with this text. */
function manifest(text: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'source-manifest-'))
  writeFileSync(path.join(dir, 'release.yaml'), text)
  return { GITHUB_WORKSPACE: dir }
}

async function read(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const masked: string[] = []
  const read = await readInputs(
    readRawInputs((name) => inputs[name] ?? '', env),
    env,
    (s) => masked.push(s)
  )
  return { ...read, masked }
}

describe('inputs: a source organization', () => {
  it('reads the source: its own client, region or gateway, organization and version', () => {
    const config = parse({
      ...target,
      ...source,
      ...byName,
      'source-organization-id': '11111111-2222-4333-8444-555555555555',
      'source-version': '3.0'
    })
    assert.deepEqual(
      {
        clientId: config.source?.clientId,
        region: config.source?.platform.region,
        hostSource: config.source?.platform.hostSource,
        organizationId: config.source?.platform.organizationId,
        gateway: config.source?.platform.gateway
      },
      {
        clientId: 'test-id',
        region: 'mypurecloud.com',
        hostSource: 'source-region',
        organizationId: '11111111-2222-4333-8444-555555555555',
        gateway: undefined
      }
    )
    assert.equal(config.platform.region, 'mypurecloud.ie', "the target's own region is kept")
    assert.equal(config.flow?.source?.version, '3.0')

    const viaGateway = parse({
      ...target,
      'source-client-id': 'test-id',
      'source-client-secret': 'test-secret',
      'source-gateway-url': 'http://127.0.0.1:8788',
      ...byName
    })
    assert.equal(viaGateway.source?.platform.hostSource, 'source-gateway-url')
    assert.equal(viaGateway.source?.platform.gateway?.port, 8788)
    assert.equal(parse({ ...target, ...byName }).source, undefined)
  })

  it('refuses source credentials without a source region or gateway: the target region is not assumed', () => {
    const err = refusal({ ...target, ...byName, 'source-client-id': 'test-id', 'source-client-secret': 's' })
    assert.equal(err.input, 'source-region')
    assert.match(err.message, /is required with source-client-id \(or source-gateway-url\)/)
  })

  it('refuses half a source: a version or a secret without the client, a client without its secret', () => {
    assert.equal(refusal({ ...target, ...byName, 'source-version': '3.0' }).input, 'source-client-id')
    assert.equal(refusal({ ...target, ...byName, 'source-region': 'us-east-1' }).input, 'source-client-id')
    assert.equal(refusal({ ...target, ...byName, ...source, 'source-client-secret': '' }).input, 'source-client-secret')
  })

  it('refuses flow-id with a source: ids differ between organizations', () => {
    const err = refusal({ ...target, ...source, 'flow-id': '5d3a2f7e-1111-4c4c-9a9a-0123456789ab' })
    assert.equal(err.input, 'flow-id')
    assert.match(err.message, /a flow has another id in each organization; name it with flow-name and flow-type/)
  })

  it('refuses what the source decides: target-version, flow-file', () => {
    assert.equal(refusal({ ...target, ...source, ...byName, 'target-version': '3.0' }).input, 'target-version')
    assert.equal(refusal({ ...target, ...source, 'flow-file': 'main.yaml' }).input, 'flow-file')
  })

  it('refuses the same organization id on both ends', () => {
    const org = '11111111-2222-4333-8444-555555555555'
    const err = refusal({
      ...target,
      ...source,
      ...byName,
      'organization-id': org,
      'source-organization-id': org.toUpperCase()
    })
    assert.equal(err.input, 'source-organization-id')
    assert.match(err.message, /is organization-id/)
  })

  it('refuses a bad source region, gateway, organization id or version as the target inputs are', () => {
    assert.equal(refusal({ ...target, ...source, ...byName, 'source-region': 'mars-1' }).input, 'source-region')
    assert.equal(
      refusal({ ...target, ...source, ...byName, 'source-gateway-url': 'http://example.invalid' }).input,
      'source-gateway-url'
    )
    assert.equal(
      refusal({ ...target, ...source, ...byName, 'source-organization-id': 'test' }).input,
      'source-organization-id'
    )
    assert.equal(refusal({ ...target, ...source, ...byName, 'source-version': 'a b' }).input, 'source-version')
  })

  it('masks the source secret and gives every flow the substitutions', async () => {
    const { plan, masked } = await read({
      ...target,
      ...source,
      ...byName,
      substitutions: 'key: {secret: long-enough-secret}'
    })
    assert.ok(masked.includes('test-secret'))
    assert.ok(masked.includes('long-enough-secret'))
    const spec = plan.stages[0]!.flows[0]!
    assert.deepEqual([...spec.source!.substitutions!.keys()], ['key'])
    assert.equal(spec.source!.version, undefined)
  })

  it('takes source-version per flow in a manifest, and refuses flow-id, flow-file and target-version there', async () => {
    const ok = await read(
      { ...target, ...source, manifest: 'release.yaml' },
      manifest(
        'flows:\n  - { flow-name: Main IVR, flow-type: inboundcall, source-version: "3.0" }\n  - { flow-name: Billing, flow-type: inboundcall }\n'
      )
    )
    assert.deepEqual(
      ok.plan.stages[0]!.flows.map((f) => f.source?.version),
      ['3.0', undefined]
    )
    for (const [entry, field] of [
      ['{ flow-id: 5d3a2f7e-1111-4c4c-9a9a-0123456789ab }', 'flow-id'],
      ['{ flow-file: main.yaml }', 'flow-file'],
      ['{ flow-name: Main IVR, flow-type: inboundcall, target-version: "3.0" }', 'target-version']
    ]) {
      const err = await read(
        { ...target, ...source, manifest: 'release.yaml' },
        manifest(`flows:\n  - ${entry}\n`)
      ).then(
        () => assert.fail(`${entry} was taken`),
        (e: unknown) => e as InputError
      )
      assert.ok(err instanceof InputError)
      assert.match(
        err.message,
        new RegExp(`flows\\[0\\]( \\([^)]*\\))? ${field}: does not go with a source organization`),
        err.message
      )
    }
    const without = await read(
      { ...target, manifest: 'release.yaml' },
      manifest('flows:\n  - { flow-name: A, flow-type: inboundcall, target-version: "2.0", source-version: "3.0" }\n')
    ).then(
      () => assert.fail('source-version was taken without a source'),
      (e: unknown) => e as InputError
    )
    assert.match(without.message, /source-version: goes with source-client-id/)
  })
})
