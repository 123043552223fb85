import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'

/**
 * Hosts under `.invalid` never resolve (RFC 2606). Here getaddrinfo answers ENOTFOUND for them; a
 * runner without a reachable DNS server answers EAI_AGAIN: both mean "does not resolve".
 */
const DNS_CODE = '(ENOTFOUND|EAI_AGAIN|EAI_FAIL)'

/** What the run showed, except the runner's mask commands (which must carry the secrets). */
function shown(run: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
}

describe('bundle: a host that does not resolve', () => {
  it('the platform host: named, with the setting that chose it, retried once (not max-retries times)', async () => {
    const run = await runBundle('', { 'flow-id': FLOW_ID, 'gateway-url': 'https://genesys.invalid' })
    assert.equal(run.exitCode, 1)
    assert.equal(run.outputs.status, 'failed')
    assert.match(
      errors(run),
      new RegExp(
        `gave up after 1 retry: login failed: the host genesys\\.invalid \\(chosen by gateway-url\\) could not be resolved \\(${DNS_CODE}\\)\\. Check region or gateway-url`
      )
    )
    const audit = run.audit as { retries: { count: number }; requests: number }
    assert.equal(audit.retries.count, 1, 'max-retries is 5: a DNS failure is retried once only')
    assert.equal(audit.requests, 2)
    // The flow was never read: its versions are "not read", not "none".
    assert.match(run.summary, /\| not read \| ❌ failed \|/)
  })

  it('with max-retries 0: one attempt, and no "gave up after 0 retries"', async () => {
    const run = await runBundle('', {
      'flow-id': FLOW_ID,
      'gateway-url': 'https://genesys.invalid',
      'max-retries': '0'
    })
    assert.equal(run.exitCode, 1)
    assert.match(
      errors(run),
      /not retried \(max-retries is 0\): login failed: the host genesys\.invalid \(chosen by gateway-url\) could not be resolved/
    )
    assert.doesNotMatch(run.stdout, /gave up after 0/)
    assert.equal((run.audit as { requests: number }).requests, 1)
  })

  it('the webhook host: "the webhook host could not be resolved", the host never shown, the promotion unaffected', async () => {
    await withEmulator({ flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, {
        'flow-id': FLOW_ID,
        'webhook-url': 'https://t0k3n-5f4e3d.hooks.invalid/change?token=abc'
      })
      assert.equal(run.exitCode, 0)
      assert.equal(run.outputs.status, 'switched')
      assert.equal(run.outputs['webhook-status'], 'failed')
      assert.match(
        run.stdout,
        new RegExp(
          `::warning::Webhook delivery failed for [0-9a-f-]+: the webhook host could not be resolved \\(${DNS_CODE}\\)`
        )
      )
      assert.deepEqual((run.audit as { webhook: unknown }).webhook, { status: 'failed', httpStatus: null, attempts: 2 })
      assert.doesNotMatch(shown(run), /t0k3n|hooks\.invalid/)
    })
  })
})
