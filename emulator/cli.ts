import { parseArgs } from 'node:util'
import { loadScenario } from './scenario.js'
import { startEmulator } from './server.js'

/** `npm run emulator -- --port 8787 --scenario demo/scenario.yaml`: serves until interrupted. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string' }
  }
})
const scenario = values.scenario ? await loadScenario(values.scenario) : undefined
const emulator = await startEmulator({ port: Number(values.port), host: values.host, scenario })
console.log(`Genesys Cloud emulator listening on ${emulator.url}`)
console.log(
  `Flows: ${[...emulator.state.flows.values()].map((f) => `${f.name} (${f.type.toLowerCase()}, ${f.id})`).join('; ') || 'none'}`
)
console.log(`Use it as gateway-url: ${emulator.url}   Ctrl-C stops it.`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${emulator.requests.length} requests served, ${emulator.writes().length} writes.`)
    void emulator.close().then(() => process.exit(0))
  })
}
