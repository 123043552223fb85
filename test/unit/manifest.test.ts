import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { InputError } from '../../src/model/errors.js'
import { loadManifest } from '../../src/inputs/manifest.js'

const ID_A = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
const ID_B = '5d3a2f7e-2222-4c4c-9a9a-0123456789ab'

async function load(text: string, name = 'release.yml') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'))
  writeFileSync(path.join(dir, name), text)
  return loadManifest(name, { GITHUB_WORKSPACE: dir })
}

async function refusal(text: string, name?: string): Promise<string> {
  try {
    await load(text, name)
  } catch (err) {
    assert.ok(err instanceof InputError)
    assert.equal(err.input, 'manifest')
    return err.message
  }
  assert.fail('the manifest was accepted')
}

describe('manifest', () => {
  it('reads stages in order, with defaults', async () => {
    const plan = await load(`
atomic: true
stages:
  - name: modules
    flows:
      - { flow-name: Shared Greeting, flow-type: CommonModule, target-version: "12.0" }
  - name: inbound
    flows:
      - { flow-id: ${ID_A}, target-version: checked-in, expected-current-version: "7.0" }
`)
    assert.equal(plan.atomic, true)
    assert.equal(plan.concurrency, 4)
    assert.equal(plan.rateLimitPerMinute, 300)
    assert.deepEqual(
      plan.stages.map((s) => s.name),
      ['modules', 'inbound']
    )
    assert.deepEqual(plan.stages[0]!.flows[0], {
      flowId: undefined,
      flowName: 'Shared Greeting',
      flowType: 'commonmodule',
      targetVersion: '12.0',
      flowFilePath: undefined,
      expectedCurrentVersion: undefined,
      rollbackVersion: undefined
    })
    assert.equal(plan.stages[1]!.flows[0]!.expectedCurrentVersion, '7.0')
  })

  it('takes a top-level flows list as one stage, and JSON', async () => {
    const plan = await load(
      JSON.stringify({ concurrency: 2, flows: [{ 'flow-id': ID_A, 'target-version': '3.0' }] }),
      'release.json'
    )
    assert.equal(plan.stages.length, 1)
    assert.equal(plan.concurrency, 2)
  })

  it('refuses an unquoted numeric version, saying to quote it', async () => {
    const message = await refusal(`flows:\n  - { flow-id: ${ID_A}, target-version: 12.0 }\n`)
    assert.match(message, /flows\[0\] \(5d3a2f7e.*\) target-version: is the number 12/)
    assert.match(message, /"12\.0"/)
    assert.match(message, /line 2/)
  })

  it('refuses an unknown field, naming the entry and the field', async () => {
    const message = await refusal(
      `stages:\n  - name: inbound\n    flows:\n      - { flow-id: ${ID_A}, target-version: "1.0", taget-version: "2.0" }\n`
    )
    assert.match(
      message,
      /stages\[0\] \(inbound\) flows\[0\] \(5d3a2f7e-1111-4c4c-9a9a-0123456789ab\): unknown field "taget-version"/
    )
  })

  it('refuses a flow both by id and by name', async () => {
    assert.match(
      await refusal(
        `flows:\n  - { flow-id: ${ID_A}, flow-name: Main, flow-type: inboundcall, target-version: "1.0" }\n`
      ),
      /flows\[0\] \(Main\) flow-name: set flow-id or flow-name, not both/
    )
  })

  it('refuses the same flow twice, by id or by name', async () => {
    assert.match(
      await refusal(
        `stages:\n  - { name: a, flows: [{ flow-id: ${ID_A}, target-version: "1.0" }, { flow-id: ${ID_B}, target-version: "1.0" }] }\n  - { name: b, flows: [{ flow-id: ${ID_A.toUpperCase()}, target-version: "2.0" }] }\n`
      ),
      /stages\[1\] \(b\) flows\[0\]: .* is listed twice \(first at stages\[0\] \(a\) flows\[0\]\)/
    )
    assert.match(
      await refusal(
        `flows:\n  - { flow-name: Main, flow-type: inboundcall, target-version: "1.0" }\n  - { flow-name: Main, flow-type: InboundCall, target-version: "2.0" }\n`
      ),
      /flows\[1\]: "Main" \(inboundcall\) is listed twice/
    )
  })

  it('refuses both stages and flows, or neither', async () => {
    assert.match(await refusal('atomic: true\n'), /set either stages or a top-level flows list/)
  })

  it('says when the file cannot be read or parsed', async () => {
    assert.match(await refusal('flows: [\n'), /not valid YAML/)
    await assert.rejects(
      loadManifest('missing.yml', { GITHUB_WORKSPACE: os.tmpdir() }),
      /cannot read missing\.yml: ENOENT/
    )
  })
})
