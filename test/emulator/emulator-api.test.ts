import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ErrorBodySchema, FlowListingSchema, FlowSchema, OperationSchema } from '../../src/genesys/schemas.js'
import { bearer, FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'

async function get(url: string, auth: string) {
  const response = await fetch(url, { headers: { authorization: auth } })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>
  }
}

describe('emulator: login and errors', () => {
  it('issues a token for the right client credentials and refuses wrong ones with the OAuth error body', async () => {
    const login = (url: string, credentials: string) =>
      fetch(`${url}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` },
        body: 'grant_type=client_credentials'
      })
    await withEmulator({}, async (emu) => {
      // 400 as client libraries see it; a known client with a wrong secret "authentication failed".
      const wrong = await login(emu.url, 'demo-client:nope')
      assert.equal(wrong.status, 400)
      assert.deepEqual(await wrong.json(), {
        error: 'invalid_client',
        description: 'authentication failed',
        error_description: 'authentication failed'
      })
      const unknown = await login(emu.url, 'someone-else:nope')
      assert.equal(((await unknown.json()) as { description: string }).description, 'client not found')
      assert.match(await bearer(emu.url), /^Bearer .{20,}/)
    })
    await withEmulator({ loginRefusalStatus: 401 }, async (emu) => {
      assert.equal((await login(emu.url, 'demo-client:nope')).status, 401)
    })
  })

  it('checks the bearer token on every API call, with the platform error body and a correlation id', async () => {
    await withEmulator({}, async (emu) => {
      const r = await get(`${emu.url}/api/v2/organizations/me`, 'Bearer nonsense')
      assert.equal(r.status, 401)
      const body = ErrorBodySchema.parse(r.body)
      assert.equal(body.code, 'bad.credentials')
      assert.equal(body.contextId, r.headers.get('inin-correlation-id'))
      assert.deepEqual([body.details, body.errors], [[], []])
    })
  })

  it('expires a token after N calls when the scenario says so', async () => {
    await withEmulator(
      { clients: [{ id: 'demo-client', secret: 'demo-secret', tokenExpiresAfterCalls: 2 }] },
      async (emu) => {
        const auth = await bearer(emu.url)
        assert.equal((await get(`${emu.url}/api/v2/organizations/me`, auth)).status, 200)
        assert.equal((await get(`${emu.url}/api/v2/organizations/me`, auth)).status, 200)
        const third = await get(`${emu.url}/api/v2/organizations/me`, auth)
        assert.equal(third.status, 401)
        assert.equal(third.body.code, 'credentials.expired')
      }
    )
  })

  it('limits each token to N requests per sliding window with 429, Retry-After and the platform code', async () => {
    await withEmulator({ rateLimit: { requests: 3, windowSeconds: 60 } }, async (emu) => {
      const auth = await bearer(emu.url)
      for (let i = 0; i < 3; i++) assert.equal((await get(`${emu.url}/api/v2/organizations/me`, auth)).status, 200)
      const limited = await get(`${emu.url}/api/v2/organizations/me`, auth)
      assert.equal(limited.status, 429)
      assert.equal(limited.body.code, 'too.many.requests.retry.after')
      assert.ok(Number(limited.headers.get('retry-after')) >= 59)
      assert.equal(
        (await get(`${emu.url}/api/v2/organizations/me`, await bearer(emu.url))).status,
        200,
        'the limit is per token'
      )
    })
  })
})

describe('emulator: flows', () => {
  const scenario = {
    flows: [
      mainIvr(),
      { name: 'Main IVR (old)', type: 'inboundcall', versions: ['1.0'] },
      { name: 'Main IVR', type: 'inboundchat', versions: ['1.0'] },
      { name: 'Gone', type: 'inboundcall', deleted: true, id: '5d3a2f7e-9999-4c4c-9a9a-0123456789ab' }
    ]
  }

  it('pages the listing, filters name as contains and type as lowercase', async () => {
    await withEmulator(scenario, async (emu) => {
      const auth = await bearer(emu.url)
      const first = FlowListingSchema.parse(
        (await get(`${emu.url}/api/v2/flows?name=main%20ivr&type=inboundcall&pageSize=1`, auth)).body
      )
      assert.equal(first.total, 2)
      assert.equal(first.pageCount, 2)
      const second = FlowListingSchema.parse(
        (await get(`${emu.url}/api/v2/flows?name=main%20ivr&type=inboundcall&pageSize=1&pageNumber=2`, auth)).body
      )
      assert.notEqual(first.entities[0]!.id, second.entities[0]!.id)
      assert.equal((await get(`${emu.url}/api/v2/flows?type=INBOUNDCALL`, auth)).status, 400)
    })
  })

  it('answers 404 not.found for an unknown flow and 410 architect.flow.deleted for a deleted one', async () => {
    await withEmulator(scenario, async (emu) => {
      const auth = await bearer(emu.url)
      assert.equal(
        (await get(`${emu.url}/api/v2/flows/5d3a2f7e-0000-4c4c-9a9a-0123456789ab`, auth)).body.code,
        'not.found'
      )
      const gone = await get(`${emu.url}/api/v2/flows/5d3a2f7e-9999-4c4c-9a9a-0123456789ab`, auth)
      assert.equal(gone.status, 410)
      assert.equal(gone.body.code, 'architect.flow.deleted')
    })
  })

  it('publishes asynchronously: STARTED, then SUCCESS with the live version and both dates changed at once', async () => {
    await withEmulator({ flows: [mainIvr()], publishDurationMs: 300 }, async (emu) => {
      const auth = await bearer(emu.url)
      const response = await fetch(`${emu.url}/api/v2/flows/actions/publish?flow=${FLOW_ID}&version=3.0`, {
        method: 'POST',
        headers: { authorization: auth }
      })
      const op = OperationSchema.parse(await response.json())
      assert.deepEqual([op.complete, op.actionName, op.actionStatus], [false, 'PUBLISH', 'STARTED'])
      const during = FlowSchema.parse((await get(`${emu.url}/api/v2/flows/${FLOW_ID}`, auth)).body)
      assert.equal(during.publishedVersion?.id, '2.0')
      assert.equal(during.currentOperation?.id, op.id)
      await new Promise((r) => setTimeout(r, 350))
      const after = FlowSchema.parse((await get(`${emu.url}/api/v2/flows/${FLOW_ID}`, auth)).body)
      assert.deepEqual([after.currentOperation?.complete, after.currentOperation?.actionStatus], [true, 'SUCCESS'])
      assert.equal(after.publishedVersion?.id, '3.0')
      const versions = (await get(`${emu.url}/api/v2/flows/${FLOW_ID}/versions`, auth)).body.entities as {
        id: string
        datePublished?: string
        datePublishedEnd?: string
      }[]
      const old = versions.find((v) => v.id === '2.0')!
      const now = versions.find((v) => v.id === '3.0')!
      assert.equal(old.datePublishedEnd, now.datePublished)
      assert.equal(emu.writes().length, 1)
    })
  })

  it('refuses to publish a locked flow or one with an operation running, with 409', async () => {
    await withEmulator(
      {
        flows: [
          mainIvr({ lockedBy: { user: { id: 'u1', name: 'Alice Author' } } }),
          {
            id: '5d3a2f7e-3333-4c4c-9a9a-0123456789ab',
            name: 'Busy',
            versions: ['1.0', '2.0'],
            operationInProgress: {}
          }
        ]
      },
      async (emu) => {
        const auth = await bearer(emu.url)
        const locked = await fetch(`${emu.url}/api/v2/flows/actions/publish?flow=${FLOW_ID}&version=3.0`, {
          method: 'POST',
          headers: { authorization: auth }
        })
        assert.equal(locked.status, 409)
        assert.match(((await locked.json()) as { message: string }).message, /Alice Author/)
        const busy = await fetch(
          `${emu.url}/api/v2/flows/actions/publish?flow=5d3a2f7e-3333-4c4c-9a9a-0123456789ab&version=2.0`,
          { method: 'POST', headers: { authorization: auth } }
        )
        assert.equal(busy.status, 409)
      }
    )
  })

  it('answers 200 to a publish of an unknown version and changes nothing (as reported of the platform)', async () => {
    await withEmulator({ flows: [mainIvr()], publishDurationMs: 0 }, async (emu) => {
      const auth = await bearer(emu.url)
      const r = await fetch(`${emu.url}/api/v2/flows/actions/publish?flow=${FLOW_ID}&version=9.0`, {
        method: 'POST',
        headers: { authorization: auth }
      })
      assert.equal(r.status, 200)
      const flow = FlowSchema.parse((await get(`${emu.url}/api/v2/flows/${FLOW_ID}`, auth)).body)
      assert.deepEqual([flow.currentOperation?.actionStatus, flow.publishedVersion?.id], ['SUCCESS', '2.0'])
    })
  })

  it('injects faults: statuses with Retry-After, dropped connections, slow answers', async () => {
    await withEmulator(
      {
        flows: [mainIvr()],
        faults: [
          { match: { path: '/api/v2/flows/*' }, times: 1, status: 503, retryAfter: 2 },
          { match: { path: '/api/v2/flows/*' }, times: 1, drop: true },
          { match: { path: '/api/v2/flows/*' }, times: 1, delayMs: 200 }
        ]
      },
      async (emu) => {
        const auth = await bearer(emu.url)
        const first = await get(`${emu.url}/api/v2/flows/${FLOW_ID}`, auth)
        assert.deepEqual([first.status, first.headers.get('retry-after')], [503, '2'])
        await assert.rejects(fetch(`${emu.url}/api/v2/flows/${FLOW_ID}`, { headers: { authorization: auth } }))
        const started = performance.now()
        assert.equal((await get(`${emu.url}/api/v2/flows/${FLOW_ID}`, auth)).status, 200)
        assert.ok(performance.now() - started >= 190)
        assert.deepEqual(
          emu.requests.map((r) => r.fault ?? '-'),
          ['-', '503', 'drop', 'delay 200ms']
        )
      }
    )
  })
})
