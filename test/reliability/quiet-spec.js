// @ts-check
import { Readable } from 'node:stream'
import { spec } from 'node:test/reporters'
import { tsImport } from 'tsx/esm/api'

/**
 * Node's spec reporter without the reliability report's rows: they are data for reporter.js, and
 * printed they would bury the test log under a couple of hundred JSON lines. Plain JavaScript for
 * the reason reporter.js gives.
 *
 * @param {AsyncIterable<{ type: string, data: { message?: unknown } }>} source
 */
export default async function* quietSpec(source) {
  const { ROW_PREFIX } = await tsImport('./rows.ts', import.meta.url)
  async function* withoutRows() {
    for await (const event of source) {
      if (event.type === 'test:diagnostic' && String(event.data.message ?? '').startsWith(ROW_PREFIX)) continue
      yield event
    }
  }
  yield* Readable.from(withoutRows()).pipe(new spec())
}
