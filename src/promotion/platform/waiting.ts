import type { Log, PromotionContext } from './context.js'
import { nextPollDelayMs } from './poll-schedule.js'
import { waitDeadline } from './time-left.js'

/** The longest a waiting flow goes without a line in the step log. */
export const PROGRESS_EVERY_MS = 10_000

/**
 * A read slower than this does not make progress lines come earlier than every half of
 * `PROGRESS_EVERY_MS`: a read that slow (retries) tells its own waits.
 */
const MAX_READ_ALLOWANCE_MS = PROGRESS_EVERY_MS / 2

/**
 * One wait for something the platform does (a publish, an export or import job, a health gate),
 * polled on the publish schedule until its deadline. While it waits, it says at least every
 * `PROGRESS_EVERY_MS` what it waits for, what the last read said, how long it has waited and how
 * much time is left. The line comes from the last read and the run's clock between polls, so it
 * costs no request.
 */
export interface Waiting {
  /** When the wait began. */
  readonly begun: number
  /** When it must end: at its own timeout, or earlier when the time budget ends first (`byBudget`). */
  readonly deadline: number
  readonly byBudget: boolean
  /** The wait's own lines: each one counts as its line, and the next progress line is due after it. */
  readonly log: Log
  /** Sleeps until the next poll on the publish schedule (never past the deadline, nor `notAfter`). */
  untilNextPoll(notAfter?: number): Promise<void>
  /** Sleeps `ms` on the run's clock, saying where the wait stands whenever a line falls due. */
  sleep(ms: number): Promise<void>
  /**
   * Runs one read of the wait. A line that would fall due while a read as slow as the slowest so
   * far is in flight is said before it: nothing can be said during a read.
   */
  read<T>(read: () => Promise<T>): Promise<T>
  /** What the last read said, for the next line; a line that fell due during the read comes now. */
  saw(status: string): void
  /** Whether the deadline has come. */
  over(): boolean
}

/**
 * Begins a wait for `what` (`the publish of 3.0 (operation 1b2c…)`), whose state is `status`
 * until a read says otherwise; the line before it (what was started) counts as its first.
 */
export function startWaiting(
  ctx: PromotionContext,
  what: string,
  status: string,
  /** A wait of its own length (the health gate's window), named by its input; else `wait-timeout-seconds`. */
  length: { ms: number; input: string } = { ms: ctx.settings.waitTimeoutMs, input: 'wait-timeout-seconds' }
): Waiting {
  const { clock, log } = ctx
  const begun = clock.now()
  const { at: deadline, byBudget } = waitDeadline(ctx, begun, length.ms)
  let lastLineAt = begun
  let slowestReadMs = 0
  const waitLog: Log = {
    info: (m) => {
      lastLineAt = clock.now()
      log.info(m)
    },
    warning: (m) => {
      lastLineAt = clock.now()
      log.warning(m)
    },
    debug: (m) => log.debug(m)
  }
  const due = () => lastLineAt + PROGRESS_EVERY_MS
  const limit = byBudget ? 'time-budget-minutes' : length.input
  const tell = () => waitLog.info(progressLine(ctx, what, status, clock.now() - begun, deadline, limit))

  const sleep = async (ms: number) => {
    const until = clock.now() + Math.max(0, ms)
    while (due() < until) {
      await clock.sleep(Math.max(0, due() - clock.now()))
      tell()
    }
    await clock.sleep(Math.max(0, until - clock.now()))
  }

  return {
    begun,
    deadline,
    byBudget,
    log: waitLog,
    sleep,
    untilNextPoll: (notAfter = Infinity) => {
      const now = clock.now()
      const scheduled = nextPollDelayMs(now - begun, ctx.settings.pollIntervalMs)
      return sleep(Math.min(scheduled, Math.max(0, Math.min(deadline, notAfter) - now)))
    },
    read: async (read) => {
      if (due() - clock.now() <= Math.min(slowestReadMs, MAX_READ_ALLOWANCE_MS)) tell()
      const sent = clock.now()
      try {
        return await read()
      } finally {
        slowestReadMs = Math.max(slowestReadMs, clock.now() - sent)
      }
    },
    saw: (next) => {
      status = next
      if (clock.now() >= due()) tell()
    },
    over: () => clock.now() >= deadline
  }
}

/**
 * `Still waiting for the publish of 3.0 (operation 1b2c…) after 20.0 s: IN_PROGRESS; gives up in
 * 4 min 40 s (wait-timeout-seconds); time budget left 29 min 20 s`
 */
function progressLine(
  ctx: PromotionContext,
  what: string,
  status: string,
  elapsedMs: number,
  deadline: number,
  limit: string
): string {
  const now = ctx.clock.now()
  const budget = ctx.settings.budget
  const left = budget ? `; time budget left ${duration(budget.endsAt - now)}` : ''
  return `Still waiting for ${what} after ${seconds(elapsedMs)}: ${status}; gives up in ${duration(deadline - now)} (${limit})${left}`
}

/** `18.6 s`: how long a wait has taken so far. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** `45 s`, `4 min 40 s`: time left, to the second. */
function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const minutes = Math.floor(total / 60)
  return minutes ? `${minutes} min ${total % 60} s` : `${total} s`
}
