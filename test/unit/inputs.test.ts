import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Inputs } from '../../src/model/action.js'
import { InputError } from '../../src/model/errors.js'
import { readRawInputs } from '../../src/inputs/config.js'
import { inputError, parse } from '../helpers/config.js'

const FLOW_ID = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
const base = { 'client-id': 'id', 'client-secret': 'secret', region: 'us-east-1', 'flow-id': FLOW_ID }

describe('inputs', () => {
  it('applies the action.yml defaults when a process is started by hand', () => {
    const config = parse(base, { RUNNER_TEMP: '/runner/tmp' })
    assert.equal(config.mode, 'apply')
    assert.equal(config.flow?.targetVersion, 'checked-in')
    assert.equal(config.autoRollback, true)
    assert.equal(config.waitTimeoutMs, 300_000)
    assert.equal(config.pollIntervalMs, 500)
    assert.equal(config.platform.maxRetries, 5)
    assert.equal(config.platform.requestTimeoutMs, 30_000)
    assert.equal(config.platform.region, 'mypurecloud.com')
    assert.equal(config.auditFile, '/runner/tmp/genesys-flow-audit.json')
    assert.equal(config.prComment, 'on-plan')
    assert.equal(config.webhook, undefined)
  })

  it('falls back to the GENESYSCLOUD_* environment variables', () => {
    const config = parse(
      { 'flow-id': FLOW_ID },
      {
        GENESYSCLOUD_OAUTHCLIENT_ID: 'env-id',
        GENESYSCLOUD_OAUTHCLIENT_SECRET: 'env-secret',
        GENESYSCLOUD_REGION: 'eu-west-1'
      }
    )
    assert.equal(config.clientId, 'env-id')
    assert.equal(config.clientSecret, 'env-secret')
    assert.equal(config.platform.region, 'mypurecloud.ie')
  })

  it('prefers an input over its environment fallback', () => {
    assert.equal(
      parse({ ...base, region: 'ap-southeast-2' }, { GENESYSCLOUD_REGION: 'eu-west-1' }).platform.region,
      'mypurecloud.com.au'
    )
  })

  const refusals: [string, Record<string, string>, Inputs, RegExp][] = [
    ['no credentials', { 'flow-id': FLOW_ID }, Inputs.ClientId, /GENESYSCLOUD_OAUTHCLIENT_ID/],
    ['no secret', { 'client-id': 'x', 'flow-id': FLOW_ID }, Inputs.ClientSecret, /required/],
    ['no flow at all', { 'client-id': 'x', 'client-secret': 'y' }, Inputs.FlowId, /exactly one/],
    ['flow-id and flow-name', { ...base, 'flow-name': 'Main' }, Inputs.FlowName, /not flow-id and flow-name/],
    ['flow-id and manifest', { ...base, manifest: 'release.yml' }, Inputs.Manifest, /exactly one/],
    [
      'flow-name without type',
      { 'client-id': 'x', 'client-secret': 'y', 'flow-name': 'Main' },
      Inputs.FlowType,
      /required with flow-name/
    ],
    ['a flow id that is no UUID', { ...base, 'flow-id': 'main-ivr' }, Inputs.FlowId, /UUID/],
    ['an unknown mode', { ...base, mode: 'yolo' }, Inputs.Mode, /must be one of apply, plan, check$/],
    ['a negative timeout', { ...base, 'wait-timeout-seconds': '-5' }, Inputs.WaitTimeoutSeconds, /positive/],
    ['a zero poll interval', { ...base, 'poll-interval-seconds': '0' }, Inputs.PollIntervalSeconds, /positive/],
    ['fractional retries', { ...base, 'max-retries': '1.5' }, Inputs.MaxRetries, /whole number/],
    ['a yes/no boolean', { ...base, 'auto-rollback': 'yes' }, Inputs.AutoRollback, /true or false/],
    ['an unknown region', { ...base, region: 'mypurecloud.co' }, Inputs.Region, /unknown region/],
    [
      'http gateway off loopback',
      { ...base, 'gateway-url': 'http://gateway.example.invalid' },
      Inputs.GatewayUrl,
      /loopback/
    ],
    [
      'a gateway with credentials',
      { ...base, 'gateway-url': 'https://u:p@gw.example.invalid' },
      Inputs.GatewayUrl,
      /credentials/
    ],
    ['a version with a slash', { ...base, 'target-version': '3.0/../x' }, Inputs.TargetVersion, /version id/],
    [
      'http webhook off loopback',
      { ...base, 'webhook-url': 'http://itsm.example.invalid/hook' },
      Inputs.WebhookUrl,
      /loopback/
    ],
    [
      'a webhook URL with credentials',
      { ...base, 'webhook-url': 'https://u:p@itsm.example.invalid/hook' },
      Inputs.WebhookUrl,
      /credentials/
    ],
    [
      'a signing secret that is not whsec_',
      { ...base, 'webhook-url': 'https://itsm.example.invalid', 'webhook-secret': 'hunter2' },
      Inputs.WebhookSecret,
      /openssl rand/
    ],
    [
      'a pagerduty webhook without routing key',
      { ...base, 'webhook-url': 'https://events.pagerduty.com/v2/change/enqueue', 'webhook-format': 'pagerduty' },
      Inputs.WebhookSecret,
      /routing key/
    ],
    [
      'manifest with flow-type',
      { 'client-id': 'x', 'client-secret': 'y', manifest: 'r.yml', 'flow-type': 'inboundcall' },
      Inputs.FlowType,
      /manifest/
    ],
    [
      'manifest with expected-current-version',
      { 'client-id': 'x', 'client-secret': 'y', manifest: 'r.yml', 'expected-current-version': '1.0' },
      Inputs.ExpectedCurrentVersion,
      /manifest/
    ]
  ]
  for (const [what, inputs, input, message] of refusals) {
    it(`refuses ${what}, naming ${input}`, () => {
      const err = inputError(inputs)
      assert.equal(err.input, input)
      assert.match(err.message, message)
    })
  }

  it('never echoes a webhook URL in its error (it may carry a token)', () => {
    const err = inputError({ ...base, 'webhook-url': 'http://hooks.example.invalid/T000/B000/token-in-path' })
    assert.doesNotMatch(err.message, /token-in-path/)
  })

  it('accepts loopback http for the gateway and the webhook', () => {
    const config = parse({
      ...base,
      'gateway-url': 'http://127.0.0.1:8787',
      'webhook-url': 'http://localhost:9000/hook'
    })
    assert.deepEqual(config.platform.gateway, { protocol: 'http', host: '127.0.0.1', port: 8787, path: '' })
    assert.equal(config.webhook?.url.origin, 'http://localhost:9000')
  })

  it('refuses an empty region without gateway-url, naming region, and guesses none', () => {
    const { region: _unset, ...withoutRegion } = base
    assert.throws(
      () => parse(withoutRegion, { GENESYSCLOUD_REGION: '  ' }),
      (err: Error) => err instanceof InputError && err.input === Inputs.Region && /is required/.test(err.message)
    )
    assert.equal(parse(withoutRegion, { GENESYSCLOUD_REGION: 'eu-west-1' }).platform.region, 'mypurecloud.ie')
    assert.equal(parse({ ...withoutRegion, 'gateway-url': 'http://127.0.0.1:8080' }).platform.hostSource, 'gateway-url')
  })

  it('takes an unexpanded ${{ … }} (action.yml defaults passed as written) as unset', () => {
    const config = parse(
      { ...base, 'audit-file': '${{ runner.temp }}/genesys-flow-audit.json', 'github-token': '${{ github.token }}' },
      { RUNNER_TEMP: '/runner/tmp' }
    )
    assert.equal(config.auditFile, '/runner/tmp/genesys-flow-audit.json')
    assert.equal(config.githubToken, undefined)
  })

  it('lowercases the flow type and keeps versions as opaque strings', () => {
    const config = parse({
      'client-id': 'x',
      'client-secret': 'y',
      'flow-name': 'Main IVR',
      'flow-type': 'InboundCall',
      'target-version': '12.0',
      region: 'eu-west-1'
    })
    assert.equal(config.flow?.flowType, 'inboundcall')
    assert.equal(config.flow?.targetVersion, '12.0')
  })
})

describe('inputs on a pull request', () => {
  it('says that empty credentials may live in an environment the job does not name', async () => {
    const { readInputs } = await import('../../src/inputs/read.js')
    const raw = readRawInputs((name) => ({ ...base, 'client-id': '' })[name] ?? '', {})
    const refused = async (env: NodeJS.ProcessEnv) => {
      try {
        await readInputs(raw, env, () => undefined)
      } catch (err) {
        assert.ok(err instanceof InputError)
        return err
      }
      assert.fail('accepted')
    }
    const onPullRequest = await refused({ GITHUB_EVENT_NAME: 'pull_request' })
    assert.equal(onPullRequest.input, Inputs.ClientId)
    assert.match(onPullRequest.message, /^client-id: is required .*names the environment that holds the secrets/)
    assert.doesNotMatch((await refused({ GITHUB_EVENT_NAME: 'push' })).message, /environment that holds/)
  })

  it('takes flow-file alone or with flow-id, never with a version, a name or a manifest', () => {
    const file = { ...base, 'flow-id': '', 'flow-file': 'flows/a.yaml' }
    assert.equal(parse(file).flow?.flowFilePath, 'flows/a.yaml')
    assert.equal(parse({ ...file, 'flow-id': FLOW_ID }).flow?.flowId, FLOW_ID)
    assert.equal(inputError({ ...file, 'target-version': '3.0' }).input, Inputs.TargetVersion)
    assert.equal(inputError({ ...file, 'flow-name': 'A', 'flow-type': 'inboundcall' }).input, Inputs.FlowName)
    assert.equal(inputError({ ...file, manifest: 'r.yml' }).input, Inputs.FlowFile)
    assert.equal(
      inputError({ ...base, 'webhook-url': 'https://hooks.example.com/x', 'webhook-events': 'plans' }).input,
      Inputs.WebhookEvents
    )
  })
})
