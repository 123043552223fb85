import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { resolveRegion } from '../../src/inputs/region.js'
import { run } from '../../src/main.js'
import { runBundle } from '../helpers/bundle.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeCore } from '../helpers/fake-core.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { startReceiver } from '../../harness/receiver.js'
import { reportRow } from './rows.js'

/**
 * Property: a value that is invalid for an input (or a manifest field) always ends the step with an
 * input error that names the field, no stack trace, and no request to anyone. Checked on `run()`
 * for many generated values per field, then for one of them per field through the bundle.
 */

const SEED = 8
const RUNS = 60
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Anything at all: binary strings, numbers as text, control sequences, workflow commands. */
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('\u0000', '\u001b[31mred', '\r\n::error::injected', 'NaN', 'Infinity', '1e309', 'null', '🙂', '-0')
)
const present = (v: string) => v.trim() !== ''
const notOneOf = (allowed: string[]) => junk.filter((v) => present(v) && !allowed.includes(v.trim()))
const notUuid = fc.oneof(
  junk.filter((v) => present(v) && !UUID.test(v.trim())),
  fc.uuid().map((u) => `${u.slice(0, -1)}g`),
  fc.uuid().map((u) => u.replace(/-/g, ''))
)
function notSeconds(max: number) {
  const valid = (v: string) => /^\d+(\.\d+)?$/.test(v.trim()) && Number(v) > 0 && Number(v) <= max
  return fc.oneof(
    fc.integer({ max: 0 }).map(String),
    fc.integer({ min: max + 1, max: 2 ** 53 }).map(String),
    junk.filter((v) => present(v) && !valid(v))
  )
}
function notSecondsOrOff(max: number) {
  const valid = (v: string) => /^\d+(\.\d+)?$/.test(v.trim()) && Number(v) <= max
  return fc.oneof(
    fc.integer({ max: -1 }).map(String),
    fc.integer({ min: max + 1, max: 2 ** 53 }).map(String),
    junk.filter((v) => present(v) && !valid(v))
  )
}
const badVersion = fc.oneof(
  fc
    .tuple(
      fc.string({ maxLength: 4 }),
      fc.constantFrom(' ', '/', '?', '#', '\\', '\t', '\u0000', '\u0007', '\u001b', '\u007f', '\n'),
      fc.string({ maxLength: 4 })
    )
    .map(([a, c, b]) => `v${a}${c}${b}1`),
  fc.integer({ min: 201, max: 400 }).map((n) => '9'.repeat(n))
)
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 300 }).map((n) => 'x'.repeat(n))
const badUrl = fc.oneof(
  junk.filter((v) => present(v) && !URL.canParse(v.trim())),
  fc.constantFrom(
    'http://hooks.example.invalid/x',
    'ftp://127.0.0.1/x',
    'https://user:pass@hooks.example.invalid/x',
    'http://10.0.0.1/x',
    'file:///etc/passwd',
    'javascript:alert(1)'
  ),
  fc.domain().map((d) => `http://${d}.invalid/path`)
)

interface Field {
  /** The input, or `manifest <field>`. */
  field: string
  values: fc.Arbitrary<string>
  /** What the error must name. */
  names: string
  base?: Record<string, string>
}

const byName = { 'flow-id': '', 'flow-name': 'Main IVR', 'flow-type': 'inboundcall' }
/** A promotion across organizations: the flow by name, the source's client and region. */
const fromSource = {
  ...byName,
  'source-client-id': 'source-client',
  'source-client-secret': 'source-secret',
  'source-region': 'us-east-1'
}
const webhook = { 'webhook-url': 'https://hooks.example.invalid/change' }

const INPUT_FIELDS: Field[] = [
  { field: 'client-id', values: fc.constantFrom('', ' ', '\t', ' \n '), names: 'client-id' },
  { field: 'client-secret', values: fc.constantFrom('', ' ', '\t', ' \n '), names: 'client-secret' },
  {
    field: 'region',
    values: junk.filter((v) => {
      if (!present(v)) return false
      try {
        resolveRegion(v)
        return false
      } catch {
        return true
      }
    }),
    names: 'region',
    base: { 'gateway-url': '' }
  },
  { field: 'gateway-url', values: badUrl, names: 'gateway-url' },
  { field: 'organization-id', values: notUuid, names: 'organization-id' },
  { field: 'flow-id', values: notUuid, names: 'flow-id' },
  { field: 'flow-name', values: tooLong(200), names: 'flow-name', base: byName },
  {
    field: 'flow-type',
    values: junk.filter((v) => present(v) && !/^[a-z]+$/i.test(v.trim())),
    names: 'flow-type',
    base: byName
  },
  { field: 'target-version', values: badVersion, names: 'target-version' },
  { field: 'expected-current-version', values: badVersion, names: 'expected-current-version' },
  { field: 'rollback-version', values: badVersion, names: 'rollback-version' },
  {
    field: 'auto-rollback',
    values: notOneOf(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']),
    names: 'auto-rollback'
  },
  { field: 'mode', values: notOneOf(['apply', 'plan', 'check']), names: 'mode' },
  { field: 'wait-timeout-seconds', values: notSeconds(21_600), names: 'wait-timeout-seconds' },
  { field: 'poll-interval-seconds', values: notSeconds(60), names: 'poll-interval-seconds' },
  {
    field: 'max-retries',
    values: fc.oneof(
      fc.integer({ max: -1 }).map(String),
      fc.integer({ min: 21 }).map(String),
      junk.filter((v) => present(v) && !(/^\d+$/.test(v.trim()) && Number(v) <= 20))
    ),
    names: 'max-retries'
  },
  { field: 'request-timeout-seconds', values: notSeconds(600), names: 'request-timeout-seconds' },
  { field: 'change-reference', values: tooLong(500), names: 'change-reference' },
  { field: 'reason', values: tooLong(2000), names: 'reason' },
  { field: 'webhook-url', values: badUrl, names: 'webhook-url' },
  {
    field: 'webhook-secret',
    values: fc.oneof(
      junk.filter((v) => present(v) && !v.trim().startsWith('whsec_')),
      fc.integer({ min: 1, max: 23 }).map((n) => `whsec_${Buffer.alloc(n, 7).toString('base64')}`),
      fc.string({ minLength: 1, maxLength: 20 }).map((s) => `whsec_!${s}`)
    ),
    names: 'webhook-secret',
    base: webhook
  },
  {
    field: 'webhook-authorization',
    values: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\r', '\n', '\r\n'), fc.string({ maxLength: 10 }))
      .map(([a, c, b]) => `Bearer x${a}${c}${b}x`),
    names: 'webhook-authorization',
    base: webhook
  },
  {
    field: 'webhook-format',
    values: notOneOf(['cloudevents', 'json', 'pagerduty', 'slack']),
    names: 'webhook-format',
    base: webhook
  },
  { field: 'webhook-timeout-seconds', values: notSeconds(60), names: 'webhook-timeout-seconds', base: webhook },
  {
    field: 'fail-on-webhook-error',
    values: notOneOf(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']),
    names: 'fail-on-webhook-error'
  },
  { field: 'pr-comment', values: notOneOf(['on-plan', 'always', 'never']), names: 'pr-comment' },
  { field: 'validate', values: notOneOf(['auto', 'required', 'off']), names: 'validate' },
  { field: 'health-gate-on-fail', values: notOneOf(['rollback', 'fail', 'warn']), names: 'health-gate-on-fail' },
  {
    field: 'deployment-environment',
    values: tooLong(255),
    names: 'deployment-environment',
    base: { 'github-token': 'ghs_badInputsTestToken' }
  },
  { field: 'health-gate-seconds', values: notSecondsOrOff(21_600), names: 'health-gate-seconds' },
  {
    field: 'health-gate-min-entries',
    values: fc.oneof(
      fc.constant('0'),
      fc.integer({ min: 1_000_001 }).map(String),
      junk.filter((v) => present(v) && !/^\d+$/.test(v.trim()))
    ),
    names: 'health-gate-min-entries'
  },
  {
    field: 'health-gate-max-failure-percent',
    values: fc.oneof(
      fc.integer({ min: 101 }).map(String),
      fc.double({ min: 100.01, max: 1e6, noNaN: true }).map(String),
      junk.filter((v) => present(v) && !(/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) <= 100))
    ),
    names: 'health-gate-max-failure-percent'
  },
  {
    field: 'redact-keys',
    values: fc.oneof(
      // A wildcard or a regular expression, taken literally, would match nothing.
      fc.constantFrom('api*', '.*token', '^secret$', 'pass|word', '[a-z]+key', 'token?'),
      // Fewer than 3 letters or digits would hide almost every value.
      fc.constantFrom('ab', 'x', '-_', 'a.b', '  1 '),
      fc.integer({ min: 101, max: 300 }).map((n) => 'k'.repeat(n)),
      fc.integer({ min: 101, max: 150 }).map((n) => Array.from({ length: n }, (_, i) => `key${i}`).join(','))
    ),
    names: 'redact-keys'
  },
  { field: 'source-gateway-url', values: badUrl, names: 'source-gateway-url', base: fromSource },
  { field: 'source-organization-id', values: notUuid, names: 'source-organization-id', base: fromSource },
  { field: 'source-version', values: badVersion, names: 'source-version', base: fromSource }
]

/** A manifest whose first flow (or top level) has one bad field; the value is JSON, so any type fits. */
function manifestField(field: string, values: fc.Arbitrary<unknown>, where: 'flow' | 'top' = 'flow'): Field {
  return {
    field: `manifest ${field}`,
    names: field,
    values: values.map((value) => {
      const flow: Record<string, unknown> = { 'flow-id': FLOW_ID, 'target-version': '3.0' }
      const top: Record<string, unknown> = { flows: [flow] }
      if (where === 'flow') {
        if (field === 'flow-type') {
          delete flow['flow-id']
          flow['flow-name'] = 'Main IVR'
        }
        flow[field] = value
      } else top[field] = value
      return JSON.stringify(top)
    })
  }
}
const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 })
)
const MANIFEST_FIELDS: Field[] = [
  manifestField('flow-id', fc.oneof(notUuid, notAString)),
  manifestField(
    'flow-type',
    fc.oneof(
      junk.filter((v) => !/^[a-z]+$/i.test(v.trim())),
      notAString
    )
  ),
  manifestField('target-version', fc.oneof(badVersion, notAString)),
  manifestField('expected-current-version', fc.oneof(badVersion, notAString)),
  manifestField('rollback-version', fc.oneof(badVersion, notAString)),
  manifestField('atomic', fc.oneof(junk, fc.integer(), fc.constant(null)), 'top'),
  manifestField(
    'concurrency',
    fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 21 }), fc.double({ min: 1.01, max: 19.99, noNaN: true }), junk),
    'top'
  ),
  manifestField('rate-limit-per-minute', fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 10_001 }), junk), 'top'),
  manifestField('an-unknown-field', fc.oneof(junk, fc.integer()))
]

const BASE: Record<string, string> = {
  'client-id': 'demo-client',
  'client-secret': 'demo-secret',
  'gateway-url': 'http://127.0.0.1:9',
  'flow-id': FLOW_ID
}

/** The inputs of one generated case: the manifest, if any, is written to a file of its own. */
function inputsFor(f: Field, value: string, dir: string): Record<string, string> {
  if (!f.field.startsWith('manifest ')) return { ...BASE, ...f.base, [f.field]: value }
  const file = path.join(mkdtempSync(path.join(dir, 'm-')), 'release.json')
  writeFileSync(file, value)
  return { ...BASE, 'flow-id': '', manifest: file }
}

/** `run()` with every way out counted: a session, a webhook, a PR comment. */
async function runInputs(inputs: Record<string, string>, dir: string) {
  const summaryFile = path.join(mkdtempSync(path.join(dir, 's-')), 'summary.md')
  writeFileSync(summaryFile, '')
  const core = new FakeCore(inputs)
  let calls = 0
  let thrown: unknown
  try {
    await run({
      core,
      env: { RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summaryFile, ...pullRequestEnv('http://127.0.0.1:9') },
      clock: new FakeClock(),
      openSession: async () => {
        calls += 1
        throw new Error('no session may be opened')
      },
      sendWebhook: async () => {
        calls += 1
        return { status: 204 }
      },
      commentOnPullRequest: async () => void (calls += 1)
    })
  } catch (err) {
    thrown = err
  }
  return { core, calls, thrown, summary: readFileSync(summaryFile, 'utf8') }
}

function problemsOf(f: Field, value: string, r: Awaited<ReturnType<typeof runInputs>>): string[] {
  const failed = r.core.failed ?? ''
  const printed = r.core.text() + r.summary
  return [
    r.thrown !== undefined && `run() threw ${String(r.thrown)}`,
    !failed.startsWith(`Input ${f.field.startsWith('manifest ') ? 'manifest' : f.field}:`) &&
      `the failure does not start with the input: "${failed.slice(0, 120)}"`,
    !failed.includes(f.names) && `the failure does not name ${f.names}`,
    r.calls !== 0 && `${r.calls} calls went out`,
    r.core.outputs.status !== 'failed' && `status output ${r.core.outputs.status}`,
    /\n\s+at .+:\d+:\d+/.test(printed) && 'a stack trace was printed',
    // URLs may carry tokens: an invalid one is never echoed back.
    /url$/.test(f.field) && value.trim().length >= 8 && printed.includes(value.trim()) && 'the URL was echoed'
  ].filter((p): p is string => typeof p === 'string')
}

describe('reliability: generated bad inputs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bad-inputs-'))
  for (const f of [...INPUT_FIELDS, ...MANIFEST_FIELDS]) {
    it(`${f.field}: an input error naming it, no stack trace, no request`, async (t) => {
      let failure: string | undefined
      try {
        await fc.assert(
          fc.asyncProperty(f.values, async (value) => {
            assert.deepEqual(problemsOf(f, value, await runInputs(inputsFor(f, value, dir), dir)), [])
          }),
          { seed: SEED, numRuns: RUNS }
        )
      } catch (err) {
        failure = String(err)
      }
      reportRow(t, {
        kind: 'input',
        id: f.field,
        field: f.field,
        generated: RUNS,
        expected: 'input error naming the field, no stack trace, zero requests',
        held: failure === undefined
      })
      assert.equal(failure, undefined)
    })
  }

  it('through the bundle: one generated value per field, against a live emulator, receiver and GitHub API', async (t) => {
    const github = await startGithubApi()
    const receiver = await startReceiver()
    try {
      await withEmulator({ flows: [mainIvr()] }, async (emu) => {
        const problems: string[] = []
        const fields = [...INPUT_FIELDS, ...MANIFEST_FIELDS]
        const queue = [...fields]
        const worker = async () => {
          for (let f = queue.shift(); f; f = queue.shift()) {
            // An environment variable cannot hold a NUL byte: no runner can pass one.
            const [value] = fc.sample(
              f.values.filter((v) => !v.includes('\u0000')),
              { seed: SEED, numRuns: 1 }
            )
            const inputs: Record<string, string> = { ...inputsFor(f, value!, dir), 'gateway-url': emu.url }
            if (f.field === 'gateway-url') inputs['gateway-url'] = value!
            if (!f.base?.['webhook-url'] && f.field !== 'webhook-url') inputs['webhook-url'] = receiver.url
            const run = await runBundle(emu.url, inputs, { env: pullRequestEnv(github.url) })
            const annotation = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
            const named = f.field.startsWith('manifest ') ? 'manifest' : f.field
            if (run.exitCode !== 1) problems.push(`${f.field}: exit code ${run.exitCode}`)
            if (!annotation.startsWith(`::error::Input ${named}:`))
              problems.push(`${f.field}: annotation "${annotation}"`)
            if (/\n\s+at .+:\d+:\d+/.test(run.stdout + run.stderr)) problems.push(`${f.field}: a stack trace`)
          }
        }
        await Promise.all([worker(), worker(), worker(), worker()])
        const sent = emu.requests.length + receiver.received.length + github.requests.length
        if (sent) problems.push(`${sent} requests went out`)
        reportRow(t, {
          kind: 'input',
          id: 'zz bundle',
          field: `all ${fields.length} fields above, one value each, through dist/index.js`,
          generated: fields.length,
          expected:
            '::error:: annotation naming the field, exit 1, no stack trace, zero requests to the emulator, receiver and GitHub API',
          held: problems.length === 0
        })
        assert.deepEqual(problems, [])
      })
    } finally {
      await Promise.all([github.close(), receiver.close()])
    }
  })
})
