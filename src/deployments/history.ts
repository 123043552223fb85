import type { HistoryEntry } from '../audit/history.js'
import type { GithubClient } from './github-client.js'

/** Our deployments' task: a job's own `environment:` deployment (task `deploy`) is not one of ours. */
export const DEPLOYMENT_TASK = 'deploy:genesys-flow'

/** The environment's last 100 deployments, any task, with their statuses: one GraphQL request. */
const HISTORY_QUERY = `query($owner: String!, $name: String!, $environment: String!) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$environment], first: 100, orderBy: {field: CREATED_AT, direction: DESC}) {
      nodes { databaseId createdAt task payload statuses(first: 100) { nodes { state createdAt logUrl } } }
    }
  }
}`

/** A deployment as GitHub's GraphQL answers it (states upper case there, lower case here). */
export interface DeploymentRead {
  id: number | null
  createdAt: string
  task: string | null
  /** GraphQL gives the payload as a JSON string. */
  payload: string | null
  statuses: { state: string; createdAt: string; logUrl: string | null }[]
}

export async function readDeployments(
  client: GithubClient,
  repository: { owner: string; repo: string },
  environment: string,
  request: { signal: AbortSignal }
): Promise<DeploymentRead[]> {
  const answer = (await client.graphql(HISTORY_QUERY, {
    owner: repository.owner,
    name: repository.repo,
    environment,
    request
  })) as { repository?: { deployments?: { nodes?: unknown } } | null } | null
  const nodes = answer?.repository?.deployments?.nodes
  if (!Array.isArray(nodes)) throw new Error('the answer has no repository.deployments.nodes')
  return nodes.filter((n): n is Record<string, unknown> => !!n && typeof n === 'object').map(deploymentRead)
}

function deploymentRead(node: Record<string, unknown>): DeploymentRead {
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  const statuses = (node.statuses as { nodes?: unknown } | null)?.nodes
  return {
    id: typeof node.databaseId === 'number' ? node.databaseId : null,
    createdAt: text(node.createdAt) ?? '',
    task: text(node.task),
    payload: text(node.payload),
    statuses: (Array.isArray(statuses) ? statuses : [])
      .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object')
      .map((s) => ({
        state: String(s.state).toLowerCase(),
        createdAt: text(s.createdAt) ?? '',
        logUrl: text(s.logUrl)
      }))
  }
}

/**
 * Our task's deployments as promotions, newest first. One succeeded when any of its statuses is
 * `success` (GitHub adds `inactive` to earlier successful deployments once a newer one succeeds);
 * else it ended with its `failure` or `error`; a run that never said how it ended and is older than
 * `staleAfterMs` (the time budget) died, which counts as `error`; a younger one still runs.
 */
export function promotionsOf(deployments: DeploymentRead[], now: number, staleAfterMs: number): HistoryEntry[] {
  return deployments
    .filter((d) => d.task === DEPLOYMENT_TASK && !Number.isNaN(Date.parse(d.createdAt)))
    .map((d) => promotionOf(d, now, staleAfterMs))
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
}

function promotionOf(deployment: DeploymentRead, now: number, staleAfterMs: number): HistoryEntry {
  const statuses = [...deployment.statuses].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
  const started = statuses.find((s) => s.state === 'in_progress')
  const ended =
    statuses.find((s) => s.state === 'success') ??
    statuses.filter((s) => s.state === 'failure' || s.state === 'error').pop()
  const outcome = ended
    ? (ended.state as HistoryEntry['outcome'])
    : now - Date.parse(deployment.createdAt) > staleAfterMs
      ? 'error'
      : 'in_progress'
  const latency = ended && started ? Date.parse(ended.createdAt) - Date.parse(started.createdAt) : NaN
  return {
    time: new Date(Date.parse(deployment.createdAt)).toISOString(),
    flows: flowsOf(deployment.payload),
    outcome,
    latencyMs: Number.isFinite(latency) && latency >= 0 ? latency : null,
    runUrl: ended?.logUrl ?? statuses.findLast((s) => s.logUrl)?.logUrl ?? null
  }
}

/** The flows our payload names; none when the payload is not ours to read. */
function flowsOf(payload: string | null): string[] {
  try {
    const flows = (JSON.parse(payload ?? '') as { flows?: unknown })?.flows
    if (!Array.isArray(flows)) return []
    return flows
      .map((f: { name?: unknown; id?: unknown }) => (typeof f?.name === 'string' ? f.name : f?.id))
      .filter((name): name is string => typeof name === 'string')
  } catch {
    return []
  }
}
