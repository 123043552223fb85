import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { PlatformError } from '../../src/model/errors.js'
import { newCallTrace } from '../../src/model/port.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

const logins = (emu: { requests: { path: string }[] }) => emu.requests.filter((r) => r.path === '/oauth/token').length

describe('platform client over the real SDK, against the emulator', () => {
  it('logs in, reads a flow, pages versions, publishes and sees the operation complete', async () => {
    const versions = Array.from({ length: 130 }, (_, i) => `${i + 1}.0`)
    await withEmulator({ flows: [mainIvr({ versions, published: '2.0' })], publishDurationMs: 200 }, async (emu) => {
      const { session, masked, close } = await sdkSession(emu.url)
      const trace = newCallTrace()
      const port = session.port(trace)
      const flow = await port.getFlow(FLOW_ID)
      assert.deepEqual([flow.name, flow.publishedVersion?.id, flow.checkedInVersion?.id], ['Main IVR', '2.0', '130.0'])
      const all = await port.listFlowVersions(FLOW_ID)
      assert.equal(all.length, 130)
      assert.equal(emu.requests.filter((r) => r.path.endsWith('/versions')).length, 2, 'two pages of 100')
      const op = await port.publish(FLOW_ID, '130.0')
      assert.equal(op.complete, false)
      await new Promise((r) => setTimeout(r, 250))
      const after = await port.getFlow(FLOW_ID)
      assert.deepEqual(
        [after.currentOperation?.id, after.currentOperation?.actionStatus, after.publishedVersion?.id],
        [op.id, 'SUCCESS', '130.0']
      )
      assert.equal(trace.requests, 6)
      assert.equal(trace.correlationIds.length, 5)
      assert.ok(trace.correlationIds.every((id) => emu.requests.some((r) => r.correlationId === id)))
      assert.equal(masked.length, 1, 'the token is masked the moment it is minted')
      close()
    })
  })

  it('finds flows by name across pages and reads the organization', async () => {
    const flows = Array.from({ length: 120 }, (_, i) => ({
      name: `Queue flow ${i}`,
      type: 'inqueuecall',
      versions: ['1.0']
    }))
    await withEmulator({ flows }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const port = session.port(newCallTrace())
      assert.equal((await port.findFlowsByName('Queue flow', 'inqueuecall')).length, 120)
      assert.equal((await port.getOrganization()).name, 'Emulated Org')
      assert.equal(
        await port.getFlowVersion(
          flows.length ? (await port.findFlowsByName('Queue flow 7', 'inqueuecall'))[0]!.id! : '',
          '9.0'
        ),
        undefined
      )
      close()
    })
  })

  it('deactivates a flow (unpublish), synchronously', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const { session, close } = await sdkSession(emu.url)
      const flow = await session.port(newCallTrace()).deactivate(FLOW_ID)
      assert.deepEqual([flow.active, flow.publishedVersion], [false, undefined])
      assert.equal(emu.writes().length, 1)
      close()
    })
  })

  it('honours Retry-After, measured on the injected clock', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        faults: [{ match: { path: `/api/v2/flows/${FLOW_ID}` }, times: 2, status: 429, retryAfter: 7 }]
      },
      async (emu) => {
        const clock = new FakeClock()
        const { session, close } = await sdkSession(emu.url, { clock })
        const trace = newCallTrace()
        assert.equal((await session.port(trace).getFlow(FLOW_ID)).id, FLOW_ID)
        assert.deepEqual(clock.sleeps, [7_125, 7_125])
        assert.deepEqual([trace.retries, trace.waitedMs], [2, 14_250])
        close()
      }
    )
  })

  it('backs off on 502/503/504 and network errors, then succeeds', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        faults: [
          { match: { path: `/api/v2/flows/${FLOW_ID}` }, times: 1, status: 502 },
          { match: { path: `/api/v2/flows/${FLOW_ID}` }, times: 1, drop: true },
          { match: { path: `/api/v2/flows/${FLOW_ID}` }, times: 1, status: 504 }
        ]
      },
      async (emu) => {
        const clock = new FakeClock()
        const { session, close } = await sdkSession(emu.url, { clock })
        await session.port(newCallTrace()).getFlow(FLOW_ID)
        assert.deepEqual(clock.sleeps, [750, 2_250, 6_750])
        close()
      }
    )
  })

  it('bounds each request by request-timeout-seconds and retries the slow one', async () => {
    await withEmulator(
      { flows: [mainIvr()], faults: [{ match: { path: `/api/v2/flows/${FLOW_ID}` }, times: 1, delayMs: 1_500 }] },
      async (emu) => {
        const clock = new FakeClock()
        const { session, close } = await sdkSession(emu.url, { clock, requestTimeoutMs: 300 })
        const trace = newCallTrace()
        const started = performance.now()
        assert.equal((await session.port(trace).getFlow(FLOW_ID)).id, FLOW_ID)
        assert.ok(performance.now() - started < 1_400, 'the slow answer was not awaited')
        assert.equal(trace.retries, 1)
        close()
      }
    )
  })

  it('gives up after max-retries, naming the last correlation id', async () => {
    await withEmulator(
      { flows: [mainIvr()], faults: [{ match: { path: `/api/v2/flows/${FLOW_ID}` }, times: 0, status: 503 }] },
      async (emu) => {
        const { session, close } = await sdkSession(emu.url, { clock: new FakeClock(), maxRetries: 2 })
        await assert.rejects(session.port(newCallTrace()).getFlow(FLOW_ID), (err: PlatformError) => {
          const last = emu.requests.at(-1)!
          assert.match(err.message, /gave up after 2 retries/)
          assert.equal(err.correlationId, last.correlationId)
          assert.match(err.describe(), new RegExp(last.correlationId))
          return true
        })
        assert.equal(emu.requests.filter((r) => r.path === `/api/v2/flows/${FLOW_ID}`).length, 3)
        close()
      }
    )
  })

  it('logs in again when the token expires mid-run, and repeats the call', async () => {
    await withEmulator(
      { flows: [mainIvr()], clients: [{ id: 'demo-client', secret: 'demo-secret', tokenExpiresAfterCalls: 2 }] },
      async (emu) => {
        const { session, masked, close } = await sdkSession(emu.url)
        const port = session.port(newCallTrace())
        for (let i = 0; i < 5; i++) assert.equal((await port.getFlow(FLOW_ID)).id, FLOW_ID)
        assert.equal(logins(emu), 3)
        assert.equal(masked.length, 3, 'every new token is masked')
        close()
      }
    )
  })

  it('does not retry 400, 403 or 404', async () => {
    for (const status of [400, 403, 404]) {
      await withEmulator(
        { flows: [mainIvr()], faults: [{ match: { path: `/api/v2/flows/${FLOW_ID}` }, times: 0, status }] },
        async (emu) => {
          const { session, close } = await sdkSession(emu.url, { clock: new FakeClock() })
          await assert.rejects(
            session.port(newCallTrace()).getFlow(FLOW_ID),
            (err: PlatformError) => err.status === status
          )
          assert.equal(emu.requests.filter((r) => r.path.startsWith('/api/')).length, 1, `HTTP ${status} was repeated`)
          close()
        }
      )
    }
  })

  it('fails a wrong secret at login with the OAuth error and a hint naming where the host came from', async () => {
    await withEmulator({}, async (emu) => {
      const { session, close } = await sdkSession(emu.url, { clientSecret: 'wrong' })
      await assert.rejects(session.port(newCallTrace()).getOrganization(), (err: PlatformError) => {
        assert.equal(err.status, 400)
        assert.equal(err.code, 'invalid_client')
        assert.match(
          err.describe(),
          /authentication failed.*check client-id and client-secret.*\(chosen by gateway-url\).*only in the region that created it/
        )
        return true
      })
      close()
    })
  })

  it('ignores an SDK config file in the home folder that would redirect calls and log requests', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'home-'))
    mkdirSync(path.join(home, '.genesyscloudjavascript'))
    writeFileSync(
      path.join(home, '.genesyscloudjavascript', 'config'),
      '[general]\nhost = mypurecloud.example.invalid\n[gateway]\nhost = gateway.example.invalid\nprotocol = https\n[logging]\nlog_level = trace\nlog_to_console = true\nlog_request_body = true\n'
    )
    const previous = process.env.HOME
    process.env.HOME = home
    const printed: string[] = []
    const log = console.log
    console.log = (...args: unknown[]) => void printed.push(args.join(' '))
    try {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const { session, close } = await sdkSession(emu.url)
        assert.equal((await session.port(newCallTrace()).getFlow(FLOW_ID)).id, FLOW_ID)
        close()
      })
    } finally {
      console.log = log
      process.env.HOME = previous
    }
    assert.deepEqual(printed, [])
  })
})
