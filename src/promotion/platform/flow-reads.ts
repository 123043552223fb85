import type { Clock } from '../../model/clock.js'
import { errorMessage } from '../../model/errors.js'
import { LOOKUP_MAX_IDS, type Flow, type GenesysPort } from '../../model/port.js'
import type { Log } from './context.js'

/** What the checks and the wait read of a flow: an entry without one of them cannot stand in for a read. */
export const CHECKED_FIELDS = [
  'name',
  'type',
  'publishedVersion',
  'checkedInVersion',
  'lockedUser',
  'lockedClient',
  'currentOperation'
] as const

interface Waiter {
  resolve: (flow: Flow) => void
  reject: (err: unknown) => void
}

/**
 * A release's reads of flows, many in one request (`GET /api/v2/flows/lookup`, docs/platform.md#flow-lookup):
 * the preflight reads every flow at once, and later reads (the re-read before a write, the polls,
 * the verification) wait for the next tick of a shared grid, so that every flow in flight is read
 * by one lookup per tick. A lookup that nothing more could join goes at once: when every flow in
 * flight is waiting for it, or it is full. An id the lookup does not answer is read on its own, which tells a
 * missing flow (404) from a deleted one (410). A lookup the platform refuses, or one that leaves out
 * a flow the read then finds, is not tried again: the rest of the run reads flow by flow.
 *
 * The lock holder (`lockedUser`/`lockedClient`) decides whether a write may go ahead, and a lookup
 * that leaves it out would make a locked flow look free. Until a lookup entry has shown a holder
 * (so the lookup renders them), an entry without one is not believed for a flow whose last answer
 * named a holder, or whose last operation is a checkout (someone took the lock): that flow is read
 * on its own, and if the read names a holder, the run reads flow by flow (docs/platform.md#flow-lookup).
 */
export class FlowReads {
  private readonly primed = new Map<string, Promise<Flow>>()
  private batch = new Map<string, Waiter[]>()
  private flushAt?: number
  private lookups = true
  private shapeChecked = false
  /** Flows in their write phase (`during`): when all of them wait for a read, no tick is waited for. */
  private inFlight = 0
  /** Each flush starts a new generation: a timer of an earlier one flushes nothing. */
  private generation = 0
  /** A lookup entry has named a lock holder: the lookup renders them. */
  private locksShown = false
  /** Flows (lowercase ids) whose last answer named a lock holder. */
  private readonly held = new Set<string>()

  constructor(
    private readonly port: GenesysPort,
    private readonly clock: Clock,
    private readonly log: Log,
    /** The grid's spacing: at most one lookup per tick (besides the preflight's). */
    readonly tickMs: number
  ) {}

  /** Reads `ids` now, in as few requests as the lookup allows; each answer serves the next read of its id. */
  async prime(ids: string[]): Promise<void> {
    const unique = [...new Set(ids)]
    const answers = this.readMany(unique)
    for (const id of unique) {
      const answer = answers.then((found) => found(id))
      // A failure is the flow's own read's to report, when it is asked for.
      answer.catch(() => undefined)
      this.primed.set(id, answer)
    }
    await answers.catch(() => undefined)
  }

  /** The flow, from the preflight's answer when it has not been used yet, else from the next tick's lookup. */
  read(id: string): Promise<Flow> {
    const primed = this.primed.get(id)
    if (primed) {
      this.primed.delete(id)
      return primed
    }
    return new Promise<Flow>((resolve, reject) => {
      const waiters = this.batch.get(id) ?? []
      waiters.push({ resolve, reject })
      this.batch.set(id, waiters)
      this.schedule()
    })
  }

  /** Runs one flow's write phase, counted in flight: its reads may complete a batch. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++
    try {
      return await work()
    } finally {
      this.inFlight--
      // The flows still in flight may all be waiting already.
      if (this.batch.size) this.schedule()
    }
  }

  /** A port whose `getFlow` goes through these reads: the steps need not know about batches. */
  portFor(port: GenesysPort): GenesysPort {
    return { ...port, getFlow: (id) => this.read(id) }
  }

  private schedule(): void {
    if (this.batch.size >= LOOKUP_MAX_IDS || (this.inFlight > 0 && this.batch.size >= this.inFlight)) {
      // Nothing more can join this lookup by waiting: it goes once the current turn is over.
      const generation = this.generation
      setImmediate(() => generation === this.generation && void this.flush())
      return
    }
    if (this.flushAt !== undefined) return
    const now = this.clock.now()
    // The next tick strictly after now: a flush on a tick boundary must not open a second lookup in it.
    this.flushAt = Math.floor(now / this.tickMs) * this.tickMs + this.tickMs
    const generation = this.generation
    void this.clock.sleep(this.flushAt - now).then(() => {
      // Reads queued in the same turn join this tick: flush once the turn is over.
      setImmediate(() => generation === this.generation && void this.flush())
    })
  }

  private async flush(): Promise<void> {
    this.generation++
    const batch = this.batch
    this.batch = new Map()
    this.flushAt = undefined
    if (!batch.size) return
    const ids = [...batch.keys()]
    try {
      const found = await this.readMany(ids)
      for (const [id, waiters] of batch) {
        const answer = found(id)
        answer.then(
          (flow) => waiters.forEach((w) => w.resolve(flow)),
          (err: unknown) => waiters.forEach((w) => w.reject(err))
        )
      }
    } catch (err) {
      for (const waiters of batch.values()) waiters.forEach((w) => w.reject(err))
    }
  }

  /**
   * The lookup's entries must carry what the checks read (a lock, a running operation): the first
   * is compared once with a read of the same flow. An entry without a field the read has would
   * make a lock look absent: then the run reads flow by flow (assumed shape: docs/platform.md#flow-lookup).
   */
  private async entriesCarryChecks(entry: Flow): Promise<boolean> {
    // A failed read settles nothing: this batch is read one by one, and the next lookup checked.
    const single = await this.port.getFlow(entry.id!).catch(() => undefined)
    if (!single) {
      this.shapeChecked = false
      return false
    }
    const lacking = CHECKED_FIELDS.filter((field) => single[field] !== undefined && entry[field] === undefined)
    if (!lacking.length) return true
    this.lookups = false
    this.log.warning(
      `The flow lookup answers without ${lacking.join(', ')}, which a read of the same flow has: reading flows one by one`
    )
    return false
  }

  /** One lookup for `ids` (one read when there is one id); answers a reader per id. */
  private async readMany(ids: string[]): Promise<(id: string) => Promise<Flow>> {
    const single = (id: string) => this.port.getFlow(id).then((flow) => this.noted(flow))
    if (ids.length === 1 || !this.lookups) return single
    let flows: Flow[]
    try {
      flows = await this.port.lookupFlows(ids)
    } catch (err) {
      this.lookups = false
      this.log.warning(`Reading many flows at once failed (${errorMessage(err)}): reading them one by one`)
      return single
    }
    if (!this.shapeChecked && flows.length) {
      this.shapeChecked = true
      if (!(await this.entriesCarryChecks(flows[0]!))) return single
    }
    if (flows.some(holdsLock)) this.locksShown = true
    const byId = new Map(flows.map((f) => [f.id!.toLowerCase(), f]))
    return (id) => {
      const flow = byId.get(id.toLowerCase())
      if (!flow) return single(id).then((found) => this.leftOut(found))
      return this.mayHideLock(flow) ? this.readForLock(id) : Promise.resolve(this.noted(flow))
    }
  }

  /** An entry without a holder, for a flow that was locked or has just been checked out, while no entry has shown one. */
  private mayHideLock(entry: Flow): boolean {
    if (this.locksShown || holdsLock(entry)) return false
    return this.held.has(entry.id!.toLowerCase()) || entry.currentOperation?.actionName?.toUpperCase() === 'CHECKOUT'
  }

  /** The flow read on its own; a holder there that the lookup left out ends the lookups for the run. */
  private async readForLock(id: string): Promise<Flow> {
    const flow = await this.port.getFlow(id)
    if (holdsLock(flow) && this.lookups) {
      this.lookups = false
      this.log.warning(
        'The flow lookup answered a locked flow without its lock holder, which a read of the same flow names: reading flows one by one'
      )
    }
    return this.noted(flow)
  }

  /**
   * A flow the lookup left out and a read finds: the lookup leaves out only unknown and deleted
   * flows, so it did not read the ids it was sent (a platform that takes another form of them:
   * docs/platform.md#flow-lookup). The rest of the run reads flow by flow.
   */
  private leftOut(flow: Flow): Flow {
    if (this.lookups) {
      this.lookups = false
      this.log.warning('The flow lookup left out a flow that a read of it finds: reading flows one by one')
    }
    return flow
  }

  private noted(flow: Flow): Flow {
    const key = flow.id?.toLowerCase()
    if (key !== undefined) {
      if (holdsLock(flow)) this.held.add(key)
      else this.held.delete(key)
    }
    return flow
  }
}

function holdsLock(flow: Flow): boolean {
  return flow.lockedUser !== undefined || flow.lockedClient !== undefined
}
