import { startLoopbackServer } from './loopback-server.js'

/**
 * A loopback stand-in for GitHub's deployments API, for tests and the demo: the REST routes that
 * create deployments and their statuses, and the GraphQL query that reads an environment's
 * history. No kinder than GitHub: `auto_merge` left true or `required_contexts` left to every
 * commit status answer 409 (this run's own checks are pending), a description over 140 characters
 * or an unknown state 422, no token 401; a new `success` marks the environment's earlier successful
 * deployments `inactive` (GitHub's `auto_inactive`, outside `production`).
 */
export interface StoredStatus {
  state: string
  createdAt: string
  logUrl: string | null
  description: string | null
}

export interface StoredDeployment {
  id: number
  ref: string
  task: string
  environment: string
  payload: unknown
  description: string | null
  createdAt: string
  statuses: StoredStatus[]
}

export interface GithubDeploymentsOptions {
  /** Every request answers 403, as for a token without `deployments: write`. */
  forbid?: boolean
  /** The GraphQL query answers `errors`, as GitHub does with HTTP 200. */
  graphqlErrors?: boolean
  /** The first n requests answer 502. */
  failFirst?: number
  /** GitHub's clock, for the times it stamps (tests on a virtual clock set it apart from theirs). */
  now?: () => number
}

/** The commit the runs under test deploy. */
export const DEPLOYED_SHA = '3f1c2e9b7d4a5c6e8f0a1b2c3d4e5f60718293a4'

/** The runner's GitHub context for a run that deploys `DEPLOYED_SHA` of acme/cx-flows through `apiUrl`. */
export function deploymentEnv(apiUrl: string): Record<string, string> {
  return {
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'acme/cx-flows',
    GITHUB_SHA: DEPLOYED_SHA,
    GITHUB_RUN_ID: '1001',
    GITHUB_SERVER_URL: 'https://github.com'
  }
}

/** The fields of the requests it serves, as any client may send them. */
interface RequestBody {
  query?: unknown
  variables?: { environment?: unknown }
  ref?: unknown
  task?: unknown
  environment?: unknown
  auto_merge?: unknown
  required_contexts?: unknown
  payload?: unknown
  description?: unknown
  state?: unknown
  log_url?: unknown
}

const text = (value: unknown) => (typeof value === 'string' ? value : null)

const STATES = new Set(['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'])

export async function startGithubDeployments(options: GithubDeploymentsOptions = {}) {
  const deployments: StoredDeployment[] = []
  const requests: { method: string; path: string; authorization?: string; body: string }[] = []
  let nextId = 9_000
  const now = () => new Date(options.now?.() ?? Date.now()).toISOString()
  const server = await startLoopbackServer((req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://api')
    requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, body })
    const json = (status: number, value: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
    if (requests.length <= (options.failFirst ?? 0)) return json(502, { message: 'Server Error' })
    if (!req.headers.authorization) return json(401, { message: 'Requires authentication' })
    if (options.forbid) return json(403, { message: 'Resource not accessible by integration' })
    const input = (body ? JSON.parse(body) : {}) as RequestBody

    if (req.method === 'POST' && url.pathname === '/graphql') {
      if (options.graphqlErrors) return json(200, { data: null, errors: [{ message: 'Something went wrong' }] })
      const environment = input.variables?.environment
      if (!/deployments\(/.test(String(input.query)) || typeof environment !== 'string')
        return json(200, { errors: [{ message: 'unexpected query' }] })
      const nodes = deployments
        .filter((d) => d.environment === environment)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
        .slice(0, 100)
        .map((d) => ({
          databaseId: d.id,
          createdAt: d.createdAt,
          task: d.task,
          payload: JSON.stringify(d.payload ?? {}),
          // Newest first: the reader must not rely on the order.
          statuses: {
            nodes: [...d.statuses]
              .reverse()
              .map((s) => ({ state: s.state.toUpperCase(), createdAt: s.createdAt, logUrl: s.logUrl }))
          }
        }))
      return json(200, { data: { repository: { deployments: { nodes } } } })
    }

    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/deployments$/.test(url.pathname)) {
      if (typeof input.ref !== 'string' || !input.ref) return json(422, { message: 'Invalid request: ref is required' })
      if (input.auto_merge !== false) return json(409, { message: `Conflict merging main into ${input.ref}.` })
      if (!Array.isArray(input.required_contexts) || input.required_contexts.length)
        return json(409, { message: `Conflict: Commit status checks failed for ${input.ref}.` })
      const environment = String(input.environment ?? 'production')
      if (environment.length > 255) return json(422, { message: 'environment is too long (maximum is 255 characters)' })
      if (typeof input.description === 'string' && input.description.length > 140)
        return json(422, { message: 'description is too long (maximum is 140 characters)' })
      const deployment: StoredDeployment = {
        id: nextId++,
        ref: input.ref,
        task: text(input.task) ?? 'deploy',
        environment,
        payload: input.payload ?? {},
        description: text(input.description),
        createdAt: now(),
        statuses: []
      }
      deployments.push(deployment)
      return json(201, { ...deployment, sha: deployment.ref, created_at: deployment.createdAt })
    }

    const status = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(url.pathname)
    if (req.method === 'POST' && status) {
      const deployment = deployments.find((d) => d.id === Number(status[1]))
      if (!deployment) return json(404, { message: 'Not Found' })
      const state = text(input.state) ?? ''
      if (!STATES.has(state)) return json(422, { message: `state is not included in the list` })
      if (typeof input.description === 'string' && input.description.length > 140)
        return json(422, { message: 'description is too long (maximum is 140 characters)' })
      const createdAt = now()
      if (state === 'success' && deployment.environment !== 'production')
        for (const earlier of deployments)
          if (
            earlier !== deployment &&
            earlier.environment === deployment.environment &&
            earlier.statuses.at(-1)?.state === 'success'
          )
            earlier.statuses.push({ state: 'inactive', createdAt, logUrl: null, description: null })
      const stored = { state, createdAt, logUrl: text(input.log_url), description: text(input.description) }
      deployment.statuses.push(stored)
      return json(201, { id: deployment.statuses.length, ...stored, created_at: createdAt })
    }
    json(404, { message: 'Not Found' })
  })

  return {
    url: server.origin,
    deployments,
    requests,
    /** An earlier deployment, as another run (or another tool) left it. */
    seed(deployment: Omit<StoredDeployment, 'id' | 'ref' | 'description'> & { ref?: string }): StoredDeployment {
      const stored = { id: nextId++, ref: 'earlier', description: null, ...deployment }
      deployments.push(stored)
      return stored
    },
    close: server.close
  }
}

/**
 * The must-show environment: four earlier promotions of ours (three succeeded, the oldest of them
 * since marked inactive by a newer success; one failed) and a failed deployment of another task (a
 * job's own `environment:` deployment), all before `now`.
 */
export function seedHistory(
  github: Awaited<ReturnType<typeof startGithubDeployments>>,
  environment: string,
  now: number
) {
  const at = (hoursAgo: number, plusSeconds = 0) =>
    new Date(now - hoursAgo * 3_600_000 + plusSeconds * 1000).toISOString()
  const run = (n: number) => `https://github.com/acme/cx-flows/actions/runs/${n}`
  const ours = (
    hoursAgo: number,
    flow: string,
    end: string,
    latencySeconds: number,
    runId: number,
    extra: StoredStatus[] = []
  ) =>
    github.seed({
      task: 'deploy:genesys-flow',
      environment,
      payload: { auditId: `audit-${runId}`, flows: [{ id: `id-${flow}`, name: flow, previous: '1.0', target: '2.0' }] },
      createdAt: at(hoursAgo),
      statuses: [
        { state: 'in_progress', createdAt: at(hoursAgo, 1), logUrl: run(runId), description: null },
        { state: end, createdAt: at(hoursAgo, 1 + latencySeconds), logUrl: run(runId), description: null },
        ...extra
      ]
    })
  ours(96, 'Main IVR', 'success', 2, 901, [{ state: 'inactive', createdAt: at(72), logUrl: null, description: null }])
  ours(72, 'Main IVR', 'success', 3, 902)
  ours(48, 'Queue Flow', 'failure', 5, 903)
  ours(24, 'Main IVR', 'success', 1.5, 904)
  github.seed({
    task: 'deploy',
    environment,
    payload: {},
    createdAt: at(12),
    statuses: [{ state: 'failure', createdAt: at(12, 30), logUrl: run(905), description: null }]
  })
}
