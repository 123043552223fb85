import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { busiestWindow, generatedRelease } from '../../harness/release-scenario.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'

function manifestFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'release-')), 'release.yml')
  writeFileSync(file, text)
  return file
}

describe('bundle: release manifests', () => {
  it('50 flows in 3 stages under a 300/min limit: all switched, no window over the limit, no 429 as a failure', async () => {
    const { scenario, manifest, ids } = generatedRelease(50, 3, [500, 3_000])
    await withEmulator(scenario, async (emu) => {
      const run = await runBundle(emu.url, { manifest: manifestFile(manifest) }, { timeoutMs: 240_000 })
      assert.equal(run.exitCode, 0, run.stdout.slice(-2_000))
      assert.equal(run.outputs.status, 'switched')
      const release = run.audit as { counts: { switched: number }; flows: unknown[]; successRate: number }
      assert.equal(release.counts.switched, 50)
      assert.equal(release.successRate, 1)
      assert.ok(ids.every((id) => emu.state.flow(id)!.publishedVersionId === '2.0'))
      const api = emu.requests.filter((r) => r.path.startsWith('/api/'))
      assert.ok(busiestWindow(api.map((r) => r.at)) <= 300, 'a sliding minute held more than 300 requests')
      assert.equal(emu.requests.filter((r) => r.status === 429).length, 0)
    })
  })

  it('atomic: one publish ends in FAILURE, every flow switched earlier has its previous content live again', async () => {
    const A = '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab'
    const B = '5d3a2f7e-bbbb-4c4c-9a9a-0123456789ab'
    const scenario = {
      flows: [
        { id: A, name: 'Module A', type: 'commonmodule', versions: ['1.0', '2.0'], published: '1.0' },
        { id: B, name: 'Queue B', type: 'inqueuecall', versions: ['5.0', '6.0'], published: '5.0' },
        mainIvr({
          publish: {
            outcome: 'failure' as const,
            errorCode: 'ARCHITECT_PUBLISH_FAILED',
            errorMessage: 'Missing prompt'
          }
        })
      ]
    }
    const manifest = `atomic: true\nstages:\n  - name: modules\n    flows:\n      - { flow-id: ${A}, target-version: "2.0" }\n      - { flow-name: Queue B, flow-type: inqueuecall, target-version: "6.0" }\n  - name: inbound\n    flows:\n      - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n`
    await withEmulator(scenario, async (emu) => {
      const run = await runBundle(emu.url, { manifest: manifestFile(manifest) })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'failed')
      // Publishing 1.0 and 5.0 again changes nothing: their content comes back as new versions.
      assert.deepEqual(
        [A, B, FLOW_ID].map((id) => emu.state.flow(id)!.publishedVersionId),
        ['3.0', '7.0', '2.0']
      )
      assert.deepEqual(
        [A, B].map((id) => {
          const flow = emu.state.flow(id)!
          return /This is version ([\d.]+)\./.exec(flow.versions.get(flow.publishedVersionId!)!.content)?.[1]
        }),
        ['1.0', '5.0']
      )
      const release = run.audit as { flows: { flow: { id: string }; status: string; error: { message: string } }[] }
      const byId = Object.fromEntries(release.flows.map((f) => [f.flow.id, f]))
      assert.deepEqual(
        [A, B, FLOW_ID].map((id) => byId[id]!.status),
        ['rolled-back', 'rolled-back', 'failed']
      )
      assert.match(byId[FLOW_ID]!.error.message, /ARCHITECT_PUBLISH_FAILED: Missing prompt/)
      assert.match(
        byId[A]!.error.message,
        /another flow of this atomic release failed; rolled back: the content of 1\.0 is live again as version 3\.0/
      )
      assert.match(run.summary, /Genesys Cloud release: failed \(atomic\)/)
    })
  })

  const refusals: [string, string, RegExp][] = [
    [
      'a duplicate flow',
      `flows:\n  - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n  - { flow-id: ${FLOW_ID}, target-version: "1.0" }\n`,
      /flows\[1\]: 5d3a2f7e-1111.* is listed twice \(first at flows\[0\]\)/
    ],
    [
      'an unknown field',
      `flows:\n  - { flow-id: ${FLOW_ID}, target-version: "3.0", auto-rollback: false }\n`,
      /flows\[0\] \(5d3a2f7e-1111.*\): unknown field "auto-rollback"/
    ],
    [
      'an unquoted numeric version',
      `flows:\n  - { flow-id: ${FLOW_ID}, target-version: 3.0 }\n`,
      /target-version: is the number 3: .*write it in quotes, e\.g\. "3\.0"/
    ],
    [
      'a flow both by id and by name',
      `flows:\n  - { flow-id: ${FLOW_ID}, flow-name: Main IVR, flow-type: inboundcall, target-version: "3.0" }\n`,
      /flows\[0\] \(Main IVR\) flow-name: set flow-id or flow-name, not both/
    ]
  ]
  for (const [what, text, message] of refusals) {
    it(`refuses ${what}, naming the entry, with zero requests`, async () => {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const run = await runBundle(emu.url, { manifest: manifestFile(text) })
        assert.equal(run.exitCode, 1)
        assert.match(errors(run), message)
        assert.equal(emu.requests.length, 0)
      })
    })
  }

  for (const atomic of [true, false])
    it(`${atomic ? 'atomic' : 'not atomic'}: a version missing in the last stage is found before any write, and named`, async () => {
      const A = '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab'
      const B = '5d3a2f7e-bbbb-4c4c-9a9a-0123456789ab'
      const scenario = {
        flows: [
          { id: A, name: 'Module A', type: 'commonmodule', versions: ['1.0', '2.0'], published: '1.0' },
          { id: B, name: 'Module B', type: 'commonmodule', versions: ['1.0', '2.0'], published: '1.0' },
          mainIvr()
        ]
      }
      const manifest = `atomic: ${atomic}\nstages:\n  - name: modules\n    flows:\n      - { flow-id: ${A}, target-version: "2.0" }\n      - { flow-id: ${B}, target-version: "2.0" }\n  - name: inbound\n    flows:\n      - { flow-id: ${FLOW_ID}, target-version: "9.0" }\n`
      await withEmulator(scenario, async (emu) => {
        const run = await runBundle(emu.url, { manifest: manifestFile(manifest) })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'failed')
        assert.equal(emu.writes().length, 0, 'nothing written')
        assert.match(errors(run), /version 9\.0 does not exist/)
        const release = run.audit as { notRun: { flow: string }[] }
        assert.deepEqual(
          release.notRun.map((n) => n.flow),
          [A, B]
        )
        // Three flows read in one lookup, and one of them once on its own: the entries' shape, checked.
        assert.equal(emu.requests.filter((r) => r.path.startsWith('/api/v2/flows/lookup')).length, 1)
        assert.equal(emu.requests.filter((r) => /^\/api\/v2\/flows\/[0-9a-f-]{36}$/.test(r.path)).length, 1)
      })
    })

  it('reads every flow again right before its write: one locked since the preflight is refused', async () => {
    const A = '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab'
    const scenario = {
      flows: [
        { id: A, name: 'Module A', type: 'commonmodule', versions: ['1.0', '2.0'], published: '1.0' },
        mainIvr({ lockAfterReads: { reads: 1, by: 'Erin Editor' } })
      ]
    }
    const manifest = `stages:\n  - name: modules\n    flows:\n      - { flow-id: ${A}, target-version: "2.0" }\n  - name: inbound\n    flows:\n      - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n`
    await withEmulator(scenario, async (emu) => {
      const run = await runBundle(emu.url, { manifest: manifestFile(manifest) })
      assert.equal(run.exitCode, 1)
      const flows = (
        run.audit as {
          flows: { flow: { id: string }; status: string; checks: { name: string; passed: boolean; detail: string }[] }[]
        }
      ).flows
      const ivr = flows.find((f) => f.flow.id === FLOW_ID)!
      assert.equal(ivr.status, 'failed')
      const again = ivr.checks.find((c) => c.name === 'not locked (again, before the write)')
      assert.equal(again?.passed, false)
      assert.match(again!.detail, /locked by user Erin Editor/)
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
      assert.equal(emu.state.flow(A)!.publishedVersionId, '2.0', 'the earlier stage was written')
    })
  })
})
