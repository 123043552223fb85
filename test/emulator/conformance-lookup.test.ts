import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runConformance } from '../../conformance/checks.js'
import { renderReport } from '../../conformance/findings.js'
import type { ScenarioInput } from '../../emulator/scenario.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'

const LOOKUP_CHECK = 'flows: GET /api/v2/flows/lookup answers the flows asked for, with the fields a read has'

const SCENARIO: ScenarioInput = {
  flows: [
    mainIvr({ lastOperation: { actionName: 'VALIDATE', user: {} } }),
    { name: 'Chat', type: 'inboundchat', versions: ['1.0'], explicitNulls: true },
    {
      name: 'Module',
      type: 'commonmodule',
      versions: ['1.0'],
      lockedBy: { client: { id: 'c1a2b3c4-0000-4000-8000-00000000c11e', name: 'CX as Code' } }
    },
    { name: 'Gone', versions: ['1.0'], deleted: true }
  ]
}

async function conformance(scenario: ScenarioInput) {
  return withEmulator(scenario, (emu) =>
    runConformance({ loginUrl: emu.url, apiUrl: emu.url, clientId: 'demo-client', clientSecret: 'demo-secret' })
  )
}

describe('conformance: the flow lookup, against the emulator', () => {
  it('passes: every flow read is answered with the fields its read has, the unknown id left out', async () => {
    const { results, lookup } = await conformance(SCENARIO)
    const check = results.find((r) => r.name === LOOKUP_CHECK)
    assert.ok(check, 'the lookup check ran')
    assert.equal(check.passed, true, check.detail)
    assert.deepEqual([lookup.asked, lookup.found, lookup.unknownAnswered], [3, 3, false])
    assert.deepEqual(lookup.fields?.lockedClient, { present: 1, lacking: 0 })
    assert.deepEqual(lookup.fields?.currentOperation, { present: 1, lacking: 0 })
    assert.deepEqual(lookup.fields?.publishedVersion, { present: 1, lacking: 0 })
    assert.deepEqual([lookup.paging, lookup.repeatedIds], ['pages', 'accepted, the same flows'])
    assert.ok(
      results.every((r) => r.passed),
      results
        .filter((r) => !r.passed)
        .map((r) => r.name)
        .join('; ')
    )
    const report = renderReport([], 'demo-client', undefined, undefined, lookup)
    for (const value of [FLOW_ID, 'Main IVR', 'CX as Code']) assert.ok(!report.includes(value), value)
  })

  it('fails when the platform has no lookup (404), and names the status', async () => {
    const { results, lookup } = await conformance({
      ...SCENARIO,
      faults: [{ match: { path: '/api/v2/flows/lookup' }, status: 404, times: 0 }]
    })
    const check = results.find((r) => r.name === LOOKUP_CHECK)!
    assert.equal(check.passed, false)
    assert.match(check.detail, /HTTP 404 not\.found/)
    assert.equal(lookup.status, 404)
  })

  it('fails when an entry lacks what the read of the same flow carried (a lock)', async () => {
    // The read shows the flow locked; the lookup, right after, does not: as if the lookup left the lock out.
    await withEmulator({ flows: [mainIvr({ lockedBy: { user: { name: 'Dana Designer' } } })] }, async (emu) => {
      const original = globalThis.fetch
      globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
        if (String(input).includes('/api/v2/flows/lookup')) emu.state.flows.get(FLOW_ID)!.lockedUser = undefined
        return original(input, init)
      }) as typeof fetch
      try {
        const { results, lookup } = await runConformance({
          loginUrl: emu.url,
          apiUrl: emu.url,
          clientId: 'demo-client',
          clientSecret: 'demo-secret'
        })
        const check = results.find((r) => r.name === LOOKUP_CHECK)!
        assert.equal(check.passed, false)
        assert.match(check.detail, /lack lockedUser, which the read of the same flow carried/)
        assert.deepEqual(lookup.fields?.lockedUser, { present: 0, lacking: 1 })
      } finally {
        globalThis.fetch = original
      }
    })
  })
})
