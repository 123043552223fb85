import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

/** The lines a person reads in the step log: without the runner's mask commands. */
const logLines = (stdout: string) => stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))

describe('bundle: the step log tells the story', () => {
  it('one flow: a group, each check, the operation, the read-back and a closing line', async () => {
    await withEmulator({ flows: [mainIvr({ publish: { durationMs: 1_200 } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.exitCode, 0, run.stdout)
      const lines = logLines(run.stdout)
      const group = lines.indexOf(`::group::Flow ${FLOW_ID}`)
      const end = lines.indexOf('::endgroup::')
      assert.ok(group >= 0 && end > group, lines.join('\n'))
      const inside = lines.slice(group, end).join('\n')
      assert.match(inside, /^✓ not locked: not locked$/m)
      assert.match(inside, /^✓ target is not a draft: 3\.0 is the flow's checked-in version$/m)
      assert.match(inside, /^Operation [0-9a-f-]+: SUCCESS after [\d.]+ s$/m)
      assert.match(inside, /^Publishing 3\.0 \(operation [0-9a-f-]+\)$/m)
      assert.match(inside, /^3\.0 is live \(read back after [\d.]+ s\)$/m)
      assert.match(inside, /^2\.0 → 3\.0 · switched in [\d.]+ s$/m)
      // Each request, for ACTIONS_STEP_DEBUG: method, path, status and correlation id.
      assert.match(
        inside,
        /^::debug::POST \/api\/v2\/flows\/actions\/publish \(flow [0-9a-f-]+, version 3\.0\): 200 \(correlation id [0-9a-f-]+\)$/m
      )
    })
  })

  it('a failed login: the closing line says the login failed, with no versions it never read', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'client-secret': 'not-the-secret' })
      assert.equal(run.exitCode, 1)
      const closing = logLines(run.stdout).filter((l) => / in [\d.]+ s: /.test(l))
      assert.equal(closing.length, 1, run.stdout)
      assert.match(closing[0]!, /^::warning::failed in [\d.]+ s: login failed: authentication failed/)
      assert.doesNotMatch(closing[0]!, /→/)
    })
  })

  it('says each retry: what failed, how long the wait is, and which attempt of how many', async () => {
    const faults = [{ match: { method: 'GET', path: `/api/v2/flows/${FLOW_ID}` }, status: 503, times: 2 }]
    await withEmulator({ flows: [mainIvr()], faults }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
      assert.equal(run.outputs.status, 'switched')
      const retries = logLines(run.stdout).filter((l) => /^::warning::GET \/api\/v2\/flows\/.*retrying in/.test(l))
      assert.equal(retries.length, 2, run.stdout)
      assert.match(retries[0]!, /HTTP 503.*retrying in [\d.]+ s \(retry 1 of 5\)$/)
      assert.match(retries[1]!, /\(retry 2 of 5\)$/)
    })
  })

  it('a release: one group per stage, every line of a flow prefixed [n/N] and its name', async () => {
    const A = '5d3a2f7e-aaaa-4c4c-9a9a-0123456789ab'
    const scenario = {
      flows: [{ id: A, name: 'Module A', type: 'commonmodule', versions: ['1.0', '2.0'], published: '1.0' }, mainIvr()]
    }
    const manifest = path.join(mkdtempSync(path.join(os.tmpdir(), 'log-')), 'release.yml')
    writeFileSync(
      manifest,
      `stages:\n  - name: modules\n    flows:\n      - { flow-id: ${A}, target-version: "2.0" }\n  - name: inbound\n    flows:\n      - { flow-id: ${FLOW_ID}, target-version: "3.0" }\n`
    )
    await withEmulator(scenario, async (emu) => {
      const run = await runBundle(emu.url, { manifest })
      assert.equal(run.exitCode, 0, run.stdout)
      const lines = logLines(run.stdout)
      const groups = lines.filter((l) => l.startsWith('::group::'))
      assert.deepEqual(groups, [
        '::group::Checks of all 2 flows, before any write',
        '::group::Stage 1/2: modules (1 flow)',
        '::group::Stage 2/2: inbound (1 flow)'
      ])
      assert.ok(lines.some((l) => /^\[1\/2\] Module A · 1\.0 → 2\.0 · switched in [\d.]+ s$/.test(l)))
      assert.ok(
        lines.some((l) => /^\[2\/2\] Main IVR · 2\.0 → 3\.0 · switched in [\d.]+ s$/.test(l)),
        lines.join('\n')
      )
      assert.ok(lines.some((l) => /^\[2\/2\] Main IVR · ✓ not locked: not locked$/.test(l)))
    })
  })
})
