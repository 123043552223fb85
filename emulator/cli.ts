import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { parseDocument } from 'yaml'
import { ScenarioSchema, type Scenario } from './scenario.js'
import { startEmulator, type Emulator, type RequestRecord } from './server.js'

/**
 * `npm run emulator -- --port 8787 --scenario demo/scenario.yaml`: serves until interrupted.
 * Exit status: 0 after a signal or `--help`; 2 for a bad option or scenario file, one line per
 * problem and no stack trace; 1 when it cannot start (the port is taken).
 */

const REFERENCE = 'emulator/README.md#scenario-reference'
const HELP_HINT = 'emulator: --help lists the options.'

const USAGE = `Usage: npm run emulator -- [--scenario FILE] [--port N] [--host HOST] [--log] [--export-round-trip]
       (or: npx tsx emulator/cli.ts [options])

A local stand-in for Genesys Cloud: a real HTTP server answering the parts of the platform API
the action uses (login, organization, flows, flow lookups and versions, publish, unlock, deactivate,
dependency tracking, export and import jobs), set up by a scenario file, with the faults it names
injected.
Point the action's gateway-url at the URL it prints and log in with the scenario's OAuth client
(demo-client / demo-secret unless the scenario names others). It is not the platform: which of
its behaviours are documented, reported or assumed is in emulator/README.md.

Options:
  --scenario FILE  the org to emulate: flows, OAuth clients, faults. YAML, or JSON when FILE ends
                   in .json. Omitted: one org, the demo client, no flows. Given twice or more: one
                   org per file, each on its own port (--port N: N, N+1, ...), e.g. a test and a
                   production org to promote across (the action's source-gateway-url and gateway-url).
  --port N         the port to listen on (default 0: any free port)
  --host HOST      the address to listen on (default 127.0.0.1, loopback only)
  --log            print each API request as it is answered: time, method, path and query, status
                   (or "dropped"), the fault injected if any, the OAuth client; never a header or a token
  --export-round-trip
                   export jobs give back exactly the file a version was imported from, instead of
                   what a real export writes (the blocks a file leaves to defaults, its own key
                   order, unquoted strings); the scenario's exportRoundTrip: true
  -h, --help       print this help and exit

Every scenario field and its default: ${REFERENCE}
(the schema: emulator/scenario.ts). An example to start from: demo/scenario.yaml.

Exit status: 0 after Ctrl-C (SIGINT) or SIGTERM; 2 for a bad option or scenario file (one line
per problem); 1 if it cannot start (e.g. the port is in use).
`

/** Something wrong with what the user gave: each line is one problem. */
class InputProblem extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'))
  }
}

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        scenario: { type: 'string', multiple: true },
        log: { type: 'boolean', default: false },
        'export-round-trip': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (err) {
    throw new InputProblem([`emulator: ${(err as Error).message}`, HELP_HINT])
  }
}

/** The file's scenario, or every problem with it, each naming the file and the field. */
async function readScenario(file: string): Promise<Scenario> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a directory, not a scenario file'
          : code === 'EACCES'
            ? 'not readable (permission denied)'
            : `cannot be read (${code ?? (err as Error).message})`
    throw new InputProblem([`emulator: ${file}: ${why}`])
  }
  if (text.includes('\u0000')) throw new InputProblem([`emulator: ${file}: not a text file (YAML or JSON)`])
  let data: unknown
  if (/\.json$/i.test(file)) {
    try {
      data = JSON.parse(text)
    } catch (err) {
      throw new InputProblem([`emulator: ${file}: not valid JSON: ${(err as Error).message}`])
    }
  } else {
    const doc = parseDocument(text)
    if (doc.errors.length) {
      throw new InputProblem(
        doc.errors.map((e) => `emulator: ${file}: not valid YAML: ${e.message.split('\n')[0]!.replace(/:$/, '')}`)
      )
    }
    data = doc.toJS()
  }
  data ??= {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : `a ${typeof data}`
    throw new InputProblem([
      `emulator: ${file}: not a scenario: it holds ${what}, not a mapping of fields (see ${REFERENCE})`
    ])
  }
  const parsed = ScenarioSchema.safeParse(data)
  if (!parsed.success) {
    throw new InputProblem([
      ...parsed.error.issues.map(
        (issue) => `emulator: ${file}: ${fieldPath(issue.path, data)}: ${plainMessage(issue.message)}`
      ),
      `emulator: every field and its default: ${REFERENCE}`
    ])
  }
  return parsed.data
}

/** `flows[1].publish.outcome (flow "Main IVR")`: indexes in brackets, and the flow's name when it has one. */
function fieldPath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return '(top level)'
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
  const flow =
    path[0] === 'flows' && typeof path[1] === 'number'
      ? (data as { flows?: { name?: unknown }[] }).flows?.[path[1]]
      : undefined
  return typeof flow?.name === 'string' ? `${text} (flow "${flow.name}")` : text
}

/** zod's "expected string, received undefined" is a field left out. */
function plainMessage(message: string): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(message)
  return missing ? `required (${missing[1]})` : message
}

/** Query values of parameters named like a credential are masked (the platform's API has none). */
function safeQuery(query: string): string {
  if (!query) return ''
  const params = new URLSearchParams(query)
  for (const name of new Set(params.keys())) {
    if (/token|secret|password|signature|key/i.test(name)) params.set(name, '***')
  }
  return `?${params.toString()}`
}

/** One line per answered request; the record's `token` (a login's) is never printed. */
function logLine(r: Readonly<RequestRecord>): string {
  const time = new Date().toISOString().slice(11, 23)
  const status = r.status === -1 ? 'dropped' : String(r.status)
  const parts = [`${time} ${r.method} ${r.path}${safeQuery(r.query)} -> ${status}`]
  if (r.fault) parts.push(`fault: ${r.fault}`)
  if (r.write) parts.push('write')
  if (r.clientGone) parts.push('client gone')
  if (r.clientId) parts.push(`client: ${r.clientId}`)
  return parts.join('  ')
}

async function main(): Promise<void> {
  // Output piped into a reader that stopped (`--help | head`) ends the program quietly, as a closed pipe does.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err
      process.exit(process.exitCode ?? 0)
    })
  }
  const values = options()
  if (values.help) {
    process.stdout.write(USAGE)
    return
  }
  if (!/^\d+$/.test(values.port) || Number(values.port) > 65_535) {
    throw new InputProblem([`emulator: --port: a whole number from 0 to 65535, not "${values.port}"`, HELP_HINT])
  }
  const files = values.scenario ?? []
  const read = files.length ? await readScenarios(files) : [{ file: undefined, scenario: undefined }]
  // --export-round-trip holds for every org served.
  const scenarios = read.map(({ file, scenario }) => ({
    file,
    scenario: values['export-round-trip'] ? { ...(scenario ?? {}), exportRoundTrip: true } : scenario
  }))
  // A port in use fails in the server's 'error' event, outside any promise: one line, not a stack.
  let listening = `${values.host}:${values.port}`
  const cannotListen = (err: Error) => {
    console.error(`emulator: cannot start on ${listening}: ${err.message}`)
    process.exit(1)
  }
  process.once('uncaughtException', cannotListen)
  const several = scenarios.length > 1
  const emulators: Emulator[] = []
  for (const [i, { file, scenario }] of scenarios.entries()) {
    const port = Number(values.port) === 0 ? 0 : Number(values.port) + i
    listening = `${values.host}:${port}`
    const org = scenario?.organization?.name ?? ''
    const emulator = await startEmulator({
      port,
      host: values.host,
      scenario,
      onRequest: values.log ? (record) => console.log(`${several ? `[${org}] ` : ''}${logLine(record)}`) : undefined
    }).catch((err: unknown) => {
      // The checks the org makes while building the flows (a published version not in `versions`).
      const message = err instanceof Error ? err.message : String(err)
      if (message.startsWith('scenario: ')) {
        throw new InputProblem([`emulator: ${file}: ${message.slice('scenario: '.length)}`])
      }
      throw err
    })
    emulators.push(emulator)
    const { id, name } = emulator.state.scenario.organization
    console.log(`Genesys Cloud emulator listening on ${emulator.url}${several ? ` (organization ${name}, ${id})` : ''}`)
    console.log(
      `Flows: ${[...emulator.state.flows.values()].map((f) => `${f.name} (${f.type.toLowerCase()}, ${f.id})`).join('; ') || 'none'}`
    )
  }
  process.removeListener('uncaughtException', cannotListen)
  if (values.log) console.log('Logging each request as it is answered.')
  console.log(
    several
      ? 'Use each URL as a gateway-url (source-gateway-url for the one promoted from).   Ctrl-C stops them.'
      : `Use it as gateway-url: ${emulators[0]!.url}   Ctrl-C stops it.`
  )
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log('')
      for (const emulator of emulators) {
        const org = several ? `${emulator.state.scenario.organization.name}: ` : ''
        console.log(`${org}${emulator.requests.length} requests served, ${emulator.writes().length} writes.`)
      }
      void Promise.all(emulators.map((e) => e.close())).then(() => process.exit(0))
    })
  }
}

/** Every file's scenario, or every problem of every file. */
async function readScenarios(files: string[]): Promise<{ file: string; scenario: Scenario }[]> {
  const read = await Promise.allSettled(files.map(readScenario))
  const problems = read.flatMap((r) =>
    r.status === 'rejected' && r.reason instanceof InputProblem ? r.reason.lines : []
  )
  if (problems.length) throw new InputProblem(problems)
  return read.map((r, i) => {
    if (r.status === 'rejected') throw r.reason
    return { file: files[i]!, scenario: r.value }
  })
}

try {
  await main()
} catch (err) {
  // Nothing is listening yet when the input is wrong: setting the status lets the output drain.
  if (err instanceof InputProblem) {
    console.error(err.message)
    process.exitCode = 2
  } else {
    console.error(`emulator: cannot start: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  }
}
