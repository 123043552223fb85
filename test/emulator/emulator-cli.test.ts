import assert from 'node:assert/strict'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ScenarioSchema } from '../../emulator/scenario.js'
import { ROOT } from '../../harness/action-yml.js'
import { bearer, exportVersion } from '../helpers/emulator.js'

const CLI = path.join(ROOT, 'emulator', 'cli.ts')
const FLOW_ID = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
/** A line of a stack trace, which the command line must never print. */
const STACK = /^\s+at /m

function start(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT })
}

/** Runs the command line to its end (it must end by itself within 15 s). */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = start(args)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`still running after 15 s: ${stdout}${stderr}`))
    }, 15_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Waits until the output so far matches `pattern`. */
function waitFor(
  child: ChildProcessWithoutNullStreams,
  output: () => string,
  pattern: RegExp
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = pattern.exec(output())
      if (!m) return false
      clearTimeout(timer)
      child.stdout.off('data', check)
      resolve(m)
      return true
    }
    const timer = setTimeout(() => {
      child.stdout.off('data', check)
      reject(new Error(`never printed ${pattern}: ${output()}`))
    }, 15_000)
    if (!check()) child.stdout.on('data', check)
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*stops it/

describe('emulator command line', () => {
  let dir = ''
  const file = async (name: string, text: string) => {
    const p = path.join(dir, name)
    await writeFile(p, text)
    return p
  }
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'emulator-cli-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('starts on loopback with a scenario file, prints its URL, serves, and stops on SIGINT', async () => {
    const child = start(['--scenario', path.join(ROOT, 'demo', 'scenario.yaml')])
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    try {
      const url = (await waitFor(child, () => out, LISTENING))[1]!
      assert.match(out, /Main IVR \(inboundcall, 5d3a2f7e-1111-4c4c-9a9a-0123456789ab\)/)
      const response = await fetch(`${url}/api/v2/organizations/me`)
      assert.equal(response.status, 401)
      assert.ok(response.headers.get('inin-correlation-id'))
    } catch (err) {
      child.kill('SIGKILL')
      throw err
    }
    child.kill('SIGINT')
    const code = await new Promise((resolve) => child.on('close', resolve))
    assert.equal(code, 0)
    assert.match(out, /1 requests served, 0 writes/)
    // Without --log, no request is printed.
    assert.doesNotMatch(out, /organizations\/me/)
  })

  it('--export-round-trip: export jobs give back exactly the file a version holds', async () => {
    const scenario = await file(
      'round-trip.yaml',
      [
        'flows:',
        `  - id: ${FLOW_ID}`,
        '    name: Main IVR',
        '    versions: ["1.0"]',
        '    content:',
        '      "1.0": "# by hand\\ninboundCall:\\n  name: \\"Main IVR\\"\\n"',
        'exportDurationMs: 0',
        ''
      ].join('\n')
    )
    const child = start(['--scenario', scenario, '--export-round-trip'])
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    try {
      const url = (await waitFor(child, () => out, LISTENING))[1]!
      const file = await exportVersion(url, await bearer(url), '1.0')
      assert.match(file, /\n# by hand\ninboundCall:\n/)
      assert.match(file, /\n {2}name: "Main IVR"\n$/)
      assert.doesNotMatch(file, /settingsMenu/)
    } finally {
      child.kill('SIGINT')
      await new Promise((resolve) => child.on('close', resolve))
    }
  })

  it('prints its usage for --help and -h, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await run([flag])
      assert.equal(code, 0, flag)
      assert.equal(stderr, '', flag)
      assert.match(stdout, /^Usage: npm run emulator -- \[--scenario FILE\] \[--port N\] \[--host HOST\] \[--log\]/)
      assert.match(stdout, /stand-in for Genesys Cloud/)
      for (const option of [
        '--scenario FILE',
        '--port N',
        '--host HOST',
        '--log',
        '--export-round-trip',
        '-h, --help'
      ]) {
        assert.match(stdout, new RegExp(`^ {2}${escape(option)}( |$)`, 'm'), option)
      }
      assert.match(stdout, /emulator\/README\.md#scenario-reference/)
    }
  })

  it('refuses an unknown option or a bad port with one line and exit 2', async () => {
    const unknown = await run(['--verbose'])
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /^emulator: Unknown option '--verbose'/)
    assert.match(unknown.stderr, /^emulator: --help lists the options\.$/m)
    assert.doesNotMatch(unknown.stderr, STACK)
    const port = await run(['--port', 'eighty'])
    assert.equal(port.code, 2)
    assert.equal(port.stderr.split('\n')[0], 'emulator: --port: a whole number from 0 to 65535, not "eighty"')
  })

  it('names a missing scenario file, exit 2, no stack trace', async () => {
    const missing = path.join(dir, 'no-such-scenario.yaml')
    const { code, stdout, stderr } = await run(['--scenario', missing])
    assert.equal(code, 2)
    assert.equal(stdout, '')
    assert.equal(stderr, `emulator: ${missing}: no such file\n`)
  })

  it('names a file that is not YAML, not JSON or not a mapping, with the line the parser stopped at', async () => {
    const yaml = await file('broken.yaml', 'flows:\n  - { name: Main IVR, versions: ["1.0" }\n')
    const broken = await run(['--scenario', yaml])
    assert.equal(broken.code, 2)
    const lines = broken.stderr.trim().split('\n')
    assert.ok(lines.length >= 1)
    for (const line of lines)
      assert.match(line, new RegExp(`^emulator: ${escape(yaml)}: not valid YAML: .* at line 2, column \\d+$`))
    assert.doesNotMatch(broken.stderr, STACK)

    const json = await file('broken.json', '{"flows": [}')
    const notJson = await run(['--scenario', json])
    assert.equal(notJson.code, 2)
    assert.match(notJson.stderr, new RegExp(`^emulator: ${escape(json)}: not valid JSON: .+\\n$`))

    const prose = await file('notes.yaml', 'Remember to add the billing flow\n')
    const notScenario = await run(['--scenario', prose])
    assert.equal(notScenario.code, 2)
    assert.match(
      notScenario.stderr,
      new RegExp(`^emulator: ${escape(prose)}: not a scenario: it holds a string, not a mapping`)
    )
  })

  it('lists every invalid field, one line each, with the file and the field path', async () => {
    const scenario = await file(
      'invalid.yaml',
      [
        'rateLimit: { requests: -1 }',
        'flows:',
        '  - { name: Main IVR, versions: ["1.0", "2.0"], publish: { outcome: sometimes } }',
        '  - { name: Billing, versions: ["1.0"], colour: blue }',
        '  - { type: inboundcall }',
        ''
      ].join('\n')
    )
    const { code, stdout, stderr } = await run(['--scenario', scenario])
    assert.equal(code, 2)
    assert.equal(stdout, '')
    assert.doesNotMatch(stderr, STACK)
    const problems = stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith(`emulator: ${scenario}: `))
      .map((line) => line.slice(`emulator: ${scenario}: `.length))
    assert.deepEqual(problems.sort(), [
      'flows[0].publish.outcome (flow "Main IVR"): Invalid option: expected one of "success"|"failure"|"no-op"|"publishes-other"',
      'flows[1] (flow "Billing"): Unrecognized key: "colour"',
      'flows[2].name: required (string)',
      'rateLimit.requests: Too small: expected number to be >=0'
    ])
    assert.match(stderr, /^emulator: every field and its default: emulator\/README\.md#scenario-reference$/m)
  })

  it('names the flow when a scenario is well-formed but inconsistent', async () => {
    const scenario = await file(
      'unpublished.yaml',
      'flows: [{ name: Main IVR, versions: ["1.0"], published: "2.0" }]\n'
    )
    const { code, stderr } = await run(['--scenario', scenario])
    assert.equal(code, 2)
    assert.equal(stderr, `emulator: ${scenario}: flow "Main IVR" publishes 2.0, which is not in its versions\n`)
  })

  it('refuses two flows of one type and name without ids of their own, naming both', async () => {
    const scenario = await file(
      'twins.yaml',
      'flows:\n  - { name: Main IVR }\n  - { name: Main IVR, type: INBOUNDCALL }\n  - { name: Main IVR, type: inqueuecall }\n'
    )
    const { code, stderr } = await run(['--scenario', scenario])
    assert.equal(code, 2)
    const problems = stderr.split('\n').filter((line) => line.startsWith(`emulator: ${scenario}: `))
    assert.deepEqual(problems, [
      `emulator: ${scenario}: flows[1].name (flow "Main IVR"): flows[0] has the same name and type (inboundcall): ` +
        'the platform keeps flow names unique per type; to emulate two such flows anyway, give each its own `id`'
    ])
  })

  it('--log prints each request as it is answered: method, path, status, fault; no header, no token', async () => {
    const scenario = await file(
      'log.yaml',
      [
        `flows: [{ id: ${FLOW_ID}, name: Main IVR, versions: ["1.0", "2.0"], published: "1.0" }]`,
        'faults:',
        '  - { match: { method: GET, path: /api/v2/organizations/me }, status: 503, retryAfter: 1 }',
        ''
      ].join('\n')
    )
    const child = start(['--scenario', scenario, '--log'])
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    const basic = Buffer.from('demo-client:demo-secret').toString('base64')
    let token: string | undefined
    try {
      const url = (await waitFor(child, () => out, LISTENING))[1]!
      const login = await fetch(`${url}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials'
      })
      token = ((await login.json()) as { access_token: string }).access_token
      assert.ok(token.length > 20)
      await waitFor(child, () => out, /^\d\d:\d\d:\d\d\.\d{3} POST \/oauth\/token -> 200 {2}client: demo-client$/m)

      const org = await fetch(`${url}/api/v2/organizations/me`, { headers: { authorization: `Bearer ${token}` } })
      assert.equal(org.status, 503)
      await waitFor(child, () => out, /^\d\d:\d\d:\d\d\.\d{3} GET \/api\/v2\/organizations\/me -> 503 {2}fault: 503$/m)

      const flow = await fetch(`${url}/api/v2/flows/${FLOW_ID}?deleted=true`, {
        headers: { authorization: `Bearer ${token}` }
      })
      assert.equal(flow.status, 200)
      await waitFor(
        child,
        () => out,
        new RegExp(
          `^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} GET /api/v2/flows/${FLOW_ID}\\?deleted=true -> 200 {2}client: demo-client$`,
          'm'
        )
      )
    } catch (e) {
      child.kill('SIGKILL')
      throw e
    }
    child.kill('SIGINT')
    assert.equal(await new Promise((resolve) => child.on('close', resolve)), 0)
    assert.match(out, /3 requests served, 0 writes/)
    assert.ok(token)
    for (const secret of [token, basic, 'demo-secret', 'Bearer', 'Basic', 'authorization']) {
      assert.ok(!out.includes(secret) && !err.includes(secret), `the output shows "${secret}"`)
    }
  })
})

describe('emulator command line: two organizations', () => {
  it('serves one org per --scenario, each on its own port with its own clients, and stops both on SIGINT', async () => {
    const child = start([
      '--scenario',
      path.join(ROOT, 'demo', 'test-org.yaml'),
      '--scenario',
      path.join(ROOT, 'demo', 'prod-org.yaml')
    ])
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    try {
      await waitFor(child, () => out, /stops them/)
      const urls = [...out.matchAll(/listening on (http:\/\/127\.0\.0\.1:\d+) \(organization ([^,]+),/g)].map((m) => [
        m[1]!,
        m[2]!
      ])
      assert.deepEqual(
        urls.map(([, org]) => org),
        ['Test Contact Center', 'Production Contact Center']
      )
      assert.notEqual(urls[0]![0], urls[1]![0])
      // Each org knows only its own client.
      const login = (url: string, client: string) =>
        fetch(`${url}/oauth/token`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${Buffer.from(client).toString('base64')}`,
            'content-type': 'application/x-www-form-urlencoded'
          },
          body: 'grant_type=client_credentials'
        }).then((r) => r.status)
      assert.deepEqual(
        await Promise.all([
          login(urls[0]![0]!, 'test-client:test-secret'),
          login(urls[0]![0]!, 'prod-client:prod-secret'),
          login(urls[1]![0]!, 'prod-client:prod-secret')
        ]),
        [200, 400, 200]
      )
    } catch (err) {
      child.kill('SIGKILL')
      throw err
    }
    child.kill('SIGINT')
    assert.equal(await new Promise((resolve) => child.on('close', resolve)), 0)
    assert.match(
      out,
      /Test Contact Center: 2 requests served, 0 writes\.\nProduction Contact Center: 1 requests served, 0 writes\./
    )
  })
})

describe('scenario: flows of one type and name', () => {
  const parse = (input: unknown) => ScenarioSchema.safeParse(input)
  const messages = (input: unknown) => {
    const result = parse(input)
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }

  it('accepts such a pair when each has its own id (how an ambiguous name is tested), or of another type', () => {
    assert.equal(
      parse({
        flows: [
          { id: FLOW_ID, name: 'Main IVR' },
          { id: '5d3a2f7e-2222-4c4c-9a9a-0123456789ab', name: 'Main IVR' },
          { name: 'Main IVR', type: 'inqueuecall' }
        ]
      }).success,
      true
    )
  })

  it('refuses it when either lacks an id, and refuses a repeated id', () => {
    assert.deepEqual(messages({ flows: [{ id: FLOW_ID, name: 'Main IVR' }, { name: 'Main IVR' }] }), [
      'flows.1.name: flows[0] has the same name and type (inboundcall): the platform keeps flow names unique per type; to emulate two such flows anyway, give each its own `id`'
    ])
    assert.deepEqual(
      messages({
        flows: [
          { id: FLOW_ID, name: 'A' },
          { id: FLOW_ID, name: 'B' }
        ]
      }),
      ['flows.1.id: flows[0] has the same id']
    )
  })

  it('refuses a generated name that a listed flow or another group already has', () => {
    assert.deepEqual(
      messages({ flows: [{ name: 'Release flow 3' }], generate: [{ count: 5, namePrefix: 'Release flow ' }] }),
      [
        'generate.0.namePrefix: it makes "Release flow 3", the name of flows[0], of the same type (inboundcall): the platform keeps flow names unique per type; use another namePrefix'
      ]
    )
    assert.deepEqual(
      messages({
        generate: [
          { count: 2, namePrefix: 'Bulk ' },
          { count: 2, namePrefix: 'Bulk ', type: 'bot' }
        ]
      }),
      [
        'generate.1.namePrefix: generate[0] makes "Bulk 1" too: generated flows take their ids from their names; use another namePrefix'
      ]
    )
  })
})
