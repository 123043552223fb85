import { buildHistoryRecord, type HistoryEntry, type HistoryRecord } from '../audit/history.js'
import type { Clock } from '../model/clock.js'
import { worstStatus, type FlowOutcome, type StageProgress } from '../model/outcome.js'
import { callGithub, githubProblem, unreachable, type GithubClient } from './github-client.js'
import { DEPLOYMENT_TASK, promotionsOf, readDeployments } from './history.js'

/** GitHub cuts a status's description at 140 characters: ours ends before. */
const MAX_DESCRIPTION = 140
/**
 * The most the deployment may hold up the first write, whatever GitHub does: the flow's state was
 * read right before, and every second here is a second it may move unseen.
 */
const BEGIN_LIMIT_MS = 10_000

export interface DeploymentSettings {
  /** Makes the client when the run first needs it (a run that writes nothing never does). */
  client: () => Promise<GithubClient>
  environment: string
  /** From GITHUB_REPOSITORY; undefined outside a runner. */
  repository?: { owner: string; repo: string }
  /** The run's commit (GITHUB_SHA): the deployment's ref. */
  sha?: string
  runUrl?: string
  /** The run's audit id (a release's id). */
  auditId: string
  stages: StageProgress[]
  /** What every record says about the run: the organization is read from it, the history written to it. */
  facts: { organization?: { id: string; name?: string }; history?: HistoryRecord }
  clock: Clock
  log: { info(message: string): void; warning(message: string): void }
  /** A deployment that never said how it ended and is older than this (`time-budget-minutes`) died. */
  staleAfterMs: number
  /** Retries of a GitHub call end here: the promotion's own time is not GitHub's. */
  until: () => number
  /** Keeps the values this run masked out of what goes to GitHub. */
  redact: <T>(value: T) => T
}

type FinalState = 'success' | 'failure' | 'error'

/**
 * The run as one GitHub deployment of `deployment-environment`: `begin` right before the first write
 * (the environment's history read, the deployment created, `in_progress`), `end` once the promotion
 * is over (its final status; the history, this run included, into the record). A GitHub failure is
 * a warning that says what to grant or check; it never changes the promotion's outcome.
 */
export class GithubDeployment {
  private client?: GithubClient
  private begunAt?: number
  private id?: number
  private earlier?: HistoryEntry[]
  private flows: string[] = []
  /** A cancelled run's end: its status must be sent within the seconds the runner gives it. */
  private endBy?: number

  constructor(private readonly s: DeploymentSettings) {}

  readonly begin = async (): Promise<void> => {
    const s = this.s
    this.begunAt = s.clock.now()
    const pending = s.stages.flatMap((stage) => stage.outcomes).filter((o) => o.status === undefined)
    this.flows = pending.map((o) => o.flow?.name ?? o.flowId ?? '?')
    if (!s.repository || !s.sha) {
      s.log.warning(
        `No GitHub deployment: ${s.repository ? 'GITHUB_SHA' : 'GITHUB_REPOSITORY'} is not set (a run outside GitHub Actions). The promotion is unaffected.`
      )
      return
    }
    const { owner, repo } = s.repository
    let client: GithubClient
    try {
      client = this.client = await s.client()
    } catch (err) {
      this.warn('no GitHub client', err, 'create deployments')
      return
    }
    try {
      const read = await callGithub(
        (request) => readDeployments(client, s.repository!, s.environment, request),
        this.timing()
      )
      this.earlier = promotionsOf(read, s.clock.now(), s.staleAfterMs)
    } catch (err) {
      this.warn('the deployment history was not read', err, 'read deployments')
      if (unreachable(err)) return
    }
    try {
      const created = await callGithub(
        (request) =>
          client.request('POST /repos/{owner}/{repo}/deployments', {
            owner,
            repo,
            ref: s.sha,
            task: DEPLOYMENT_TASK,
            environment: s.environment,
            // GitHub's defaults merge the default branch into the ref and wait for every commit
            // status (this run's own checks are pending): 409 either way.
            auto_merge: false,
            required_contexts: [],
            payload: s.redact(this.payload(pending)),
            description: s.redact(this.startDescription(pending)),
            request
          }),
        this.timing()
      )
      const id = (created.data as { id?: unknown } | null)?.id
      if (created.status !== 201 || typeof id !== 'number')
        throw new Error(`GitHub answered HTTP ${created.status} without a deployment`)
      this.id = id
    } catch (err) {
      this.warn('no GitHub deployment was created', err, 'create deployments')
      return
    }
    await this.status('in_progress', this.startDescription(pending))
    s.log.info(`GitHub deployment ${this.id} in ${s.environment}: in progress`)
  }

  /**
   * The final status, once: a cancelled run's handler and the run's own end may both ask. `withinMs`
   * bounds it (a cancelled run), else the run's own end does.
   */
  readonly end = (withinMs?: number): Promise<void> => (this.ended ??= this.finish(withinMs))
  private ended?: Promise<void>

  private async finish(withinMs?: number): Promise<void> {
    const s = this.s
    if (this.begunAt === undefined) return
    if (withinMs !== undefined) this.endBy = s.clock.now() + withinMs
    const outcomes = s.stages.flatMap((stage) => stage.outcomes)
    const state = finalState(outcomes)
    const latencyMs = s.clock.now() - this.begunAt
    if (this.id !== undefined) await this.status(state, endDescription(outcomes, latencyMs))
    const current: HistoryEntry = {
      time: new Date(this.begunAt).toISOString(),
      flows: this.flows,
      outcome: state,
      latencyMs,
      runUrl: s.runUrl ?? null
    }
    const history = s.redact(buildHistoryRecord(s.environment, this.id, current, this.earlier))
    s.facts.history = history
    if (this.id !== undefined)
      s.log.info(
        `GitHub deployment ${this.id} in ${s.environment}: ${state}` +
          (history.successRate === null
            ? ''
            : `; ${history.succeeded} of ${history.promotions} promotions there succeeded (${(history.successRate * 100).toFixed(1)}%)`)
      )
  }

  private async status(state: FinalState | 'in_progress', description: string): Promise<void> {
    const s = this.s
    const { owner, repo } = s.repository!
    try {
      await callGithub(
        (request) =>
          this.client!.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            owner,
            repo,
            deployment_id: this.id,
            state,
            ...(s.runUrl ? { log_url: s.runUrl } : {}),
            description: s.redact(description),
            request
          }),
        this.timing(state !== 'in_progress')
      )
    } catch (err) {
      this.warn(`GitHub deployment ${this.id} was not marked ${state}`, err, 'create deployment statuses')
    }
  }

  private warn(what: string, err: unknown, doing: string): void {
    this.s.log.warning(`${what}: ${githubProblem(err, doing)}. The promotion is unaffected.`)
  }

  /** Before the first write GitHub gets 10 s at most; at the end, what the run keeps back for its record. */
  private timing(ending = false) {
    const until = this.s.until()
    return {
      clock: this.s.clock,
      until: ending ? Math.min(until, this.endBy ?? Infinity) : Math.min(until, this.begunAt! + BEGIN_LIMIT_MS)
    }
  }

  /** What the deployment carries: the organization, the audit id and each flow it is about to write. */
  private payload(pending: FlowOutcome[]) {
    const org = this.s.facts.organization
    return {
      organization: org ? { id: org.id, name: org.name ?? null } : null,
      auditId: this.s.auditId,
      flows: pending.map((o) => ({
        id: o.flow?.id ?? o.flowId ?? null,
        name: o.flow?.name ?? null,
        previous: o.versions.previous ?? null,
        target: o.versions.target ?? o.spec.flowFile?.path ?? null
      }))
    }
  }

  private startDescription(pending: FlowOutcome[]): string {
    const only = pending.length === 1 ? pending[0] : undefined
    return clip(
      only
        ? `${only.flow?.name ?? only.flowId ?? 'flow'}: ${only.versions.previous ?? 'none'} → ${only.versions.target ?? only.spec.flowFile?.path ?? '?'}`
        : `release of ${pending.length} flows`
    )
  }
}

/** `success` (switched), `failure` (failed, rolled back), `error` (timed out, cancelled). */
export function finalState(outcomes: FlowOutcome[]): FinalState {
  if (outcomes.some((o) => o.error?.code === 'cancelled')) return 'error'
  const worst = worstStatus(outcomes.flatMap((o) => o.status ?? []))
  if (worst === 'timed-out') return 'error'
  return worst === 'failed' || worst === 'rolled-back' || worst === undefined ? 'failure' : 'success'
}

/** The outcome, what is live and how long it took, within GitHub's 140 characters. */
export function endDescription(outcomes: FlowOutcome[], latencyMs: number): string {
  const took = `${(latencyMs / 1000).toFixed(1)} s`
  const ran = outcomes.filter((o) => o.status !== undefined)
  if (outcomes.length === 1 && ran[0]) {
    const o = ran[0]
    return clip(`${o.status}: ${o.flow?.name ?? o.flowId ?? 'flow'}, ${o.versions.published ?? 'none'} live, ${took}`)
  }
  const counts = new Map<string, number>()
  for (const o of ran) counts.set(o.status!, (counts.get(o.status!) ?? 0) + 1)
  const worst = worstStatus(ran.map((o) => o.status!)) ?? 'failed'
  const each = [...counts].map(([status, n]) => `${n} ${status}`).join(', ')
  return clip(`release of ${outcomes.length} flows: ${worst} (${each}), ${took}`)
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`
}
