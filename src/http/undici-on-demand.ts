/**
 * Stands in for `undici` in the bundle (tsconfig `paths`). The toolkit's HTTP client imports it at
 * start-up for a proxy dispatcher, which this action needs only when it talks to GitHub; parsing
 * and evaluating its 0.9 MB on every start was the largest single cost of a plan's start. Here it
 * is a chunk of its own, loaded when the first request through it is made. The toolkit hands a
 * dispatcher only to `fetch`, so a `ProxyAgent` is made real there, the first time it is used.
 */
import type * as Undici from 'undici/index.js'

let undici: Promise<typeof Undici> | undefined
const load = () => (undici ??= import('undici/index.js'))

export class ProxyAgent {
  #options: Undici.ProxyAgent.Options | string
  #real: Promise<Undici.ProxyAgent> | undefined
  constructor(options: Undici.ProxyAgent.Options | string) {
    this.#options = options
  }
  real(): Promise<Undici.ProxyAgent> {
    return (this.#real ??= load().then((u) => new u.ProxyAgent(this.#options)))
  }
}

type FetchInit = Omit<NonNullable<Parameters<typeof Undici.fetch>[1]>, 'dispatcher'> & {
  dispatcher?: Undici.Dispatcher | ProxyAgent
}

export async function fetch(
  input: Parameters<typeof Undici.fetch>[0],
  init?: FetchInit
): ReturnType<typeof Undici.fetch> {
  const { fetch: realFetch } = await load()
  const dispatcher = init?.dispatcher instanceof ProxyAgent ? await init.dispatcher.real() : init?.dispatcher
  return realFetch(input, { ...init, dispatcher })
}
