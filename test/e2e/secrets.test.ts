import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { startReceiver } from '../../harness/receiver.js'
import { runBundle } from '../helpers/bundle.js'

const CLIENT_SECRET = 'cs-9f8e7d6c5b4a39281706f5e4d3c2b1a0'
const SIGNING_SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`
const AUTHORIZATION = 'Bearer itsm-token-5f4e3d2c1b0a99887766'

/** Everything the run left behind, except the runner's own mask commands. */
function traces(run: {
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  auditFile: string
}): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, JSON.stringify(run.outputs), run.summary, readFileSync(run.auditFile, 'utf8')].join('\n')
}

describe('bundle: secrets', () => {
  it('shows the client secret, the token, the webhook URL, secret and authorization only in ::add-mask::', async () => {
    const receiver = await startReceiver(() => ({ status: 500 }))
    const bodies = () => receiver.received.map((r) => r.body)
    const webhookUrl = `${receiver.origin}/hooks/T0/secret-path-token`
    try {
      await withEmulator(
        { flows: [mainIvr()], clients: [{ id: 'demo-client', secret: CLIENT_SECRET, tokenExpiresAfterCalls: 2 }] },
        async (emu) => {
          const run = await runBundle(emu.url, {
            'flow-id': FLOW_ID,
            'client-secret': CLIENT_SECRET,
            'webhook-url': webhookUrl,
            'webhook-secret': SIGNING_SECRET,
            'webhook-authorization': AUTHORIZATION
          })
          assert.equal(run.outputs.status, 'switched')
          const tokens = emu.issuedTokens()
          assert.ok(tokens.length >= 2, `expected a re-login, got ${tokens.length} tokens`)
          const secrets = [
            CLIENT_SECRET,
            SIGNING_SECRET,
            AUTHORIZATION,
            'itsm-token-5f4e3d2c1b0a99887766',
            webhookUrl,
            'secret-path-token',
            ...tokens
          ]
          const leftBehind = traces(run) + bodies().join('\n')
          for (const secret of secrets) {
            assert.ok(!leftBehind.includes(secret), `${secret.slice(0, 12)}… appears outside ::add-mask::`)
          }
          for (const secret of [CLIENT_SECRET, SIGNING_SECRET, AUTHORIZATION, webhookUrl, ...tokens]) {
            assert.ok(run.stdout.includes(`::add-mask::${secret}`), `${secret.slice(0, 12)}… was not masked`)
          }
          assert.ok(bodies().length >= 1, `the webhook was attempted: ${run.stdout}`)
        }
      )
    } finally {
      await receiver.close()
    }
  })
})
