import { backoffDelayMs } from '../http/backoff.js'
import type { Clock } from '../model/clock.js'
import { errorMessage } from '../model/errors.js'

/**
 * What the deployments need of GitHub: REST routes and GraphQL. `@actions/github`'s Octokit is one
 * (`deps.ts` makes it); tests pass one pointed at a loopback stand-in of GitHub's API.
 */
export interface GithubClient {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: unknown }>
  graphql(query: string, parameters?: Record<string, unknown>): Promise<unknown>
}

/** Per request: GitHub is never on the critical path, so it never holds a promotion for long. */
const GITHUB_REQUEST_TIMEOUT_MS = 10_000
const MAX_ATTEMPTS = 3
const BACKOFF = { baseMs: 1_000, factor: 2, capMs: 4_000, jitter: 'half' } as const

/** An error as Octokit throws it: `status` (500 for a failed fetch), `response` when GitHub answered. */
interface OctokitError {
  status?: number
  response?: { status?: number }
  errors?: { message?: string }[]
}

/** GitHub never answered (refused, reset, timed out): the host is down for this run. */
export function unreachable(err: unknown): boolean {
  const e = err as OctokitError
  return typeof e?.status === 'number' && e.response === undefined && !e.errors
}

function retryable(err: unknown): boolean {
  const status = (err as OctokitError)?.response?.status
  return unreachable(err) || status === 429 || (status !== undefined && status >= 500 && status !== 501)
}

/** The least an attempt is given, even past `until`: the deployment's final status is worth one try. */
const MIN_ATTEMPT_MS = 1_000

/**
 * One GitHub call, each attempt bounded by its own timeout and by `until`; a failed connection, a
 * 429 or a 5xx is tried again (at most 3 attempts) while `until` leaves room for the pause.
 */
export async function callGithub<T>(
  call: (request: { signal: AbortSignal }) => Promise<T>,
  timing: { clock: Clock; until: number }
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const timeoutMs = Math.max(MIN_ATTEMPT_MS, Math.min(GITHUB_REQUEST_TIMEOUT_MS, timing.until - timing.clock.now()))
    try {
      return await call({ signal: AbortSignal.timeout(timeoutMs) })
    } catch (err) {
      const delay = backoffDelayMs(BACKOFF, attempt, timing.clock.random)
      if (attempt >= MAX_ATTEMPTS || !retryable(err) || timing.clock.now() + delay > timing.until) throw err
      await timing.clock.sleep(delay)
    }
  }
}

/**
 * A GitHub failure as a warning's reason: what happened and what to grant or check. `doing` is what
 * was refused ("create deployments").
 */
export function githubProblem(err: unknown, doing: string): string {
  const e = err as OctokitError
  const said = errorMessage(err).replace(/\s+/g, ' ').slice(0, 200)
  if (e?.errors)
    return `GitHub's GraphQL answer has errors (${said}): check that the token may read deployments (permissions: deployments: read or write)`
  if (unreachable(err))
    return `GitHub could not be reached (${said}): check GITHUB_API_URL and the runner's network and proxy`
  const status = e?.response?.status
  if (status === undefined) return `GitHub's answer could not be read (${said})`
  switch (status) {
    case 401:
      return `GitHub refused the token (HTTP 401): check github-token`
    case 403:
    case 404:
      return `the token may not ${doing} (HTTP ${status}: ${said}): give the job permissions: deployments: write (a fork's pull request gets a read-only token whatever you set; another repository's token needs access to this one)`
    case 409:
      return `GitHub answered HTTP 409 (${said}): check the environment's deployment protection rules and branch policy for this commit`
    case 422:
      return `GitHub refused it (HTTP 422: ${said}): check deployment-environment and that the run's commit is pushed`
    default:
      return `GitHub answered HTTP ${status} (${said})${status >= 500 ? ` after at most ${MAX_ATTEMPTS} attempts` : ''}: see githubstatus.com`
  }
}
