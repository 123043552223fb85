import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/**
 * The rules every example workflow keeps (docs/pipelines.md): the jobs that write to an org share
 * one concurrency group and never cancel a running promotion; plans and checks stay out of it and
 * never get the production environment; outputs and inputs reach scripts through env:.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const EXAMPLES = path.join(ROOT, 'examples')

/** The one concurrency group of every job that writes to an org, the same string in every example. */
export const WRITERS_GROUP = 'genesys-flows-${{ vars.GENESYS_ORG_ID }}'
/** The environment with required reviewers, which holds the client that can publish. */
export const PRODUCTION = 'production'
const ACTION = 'genesys-flow-promote/genesys-flow-promote@'
/** An expression a shell would run as text: a step's output, a form input, a job's output, event data. */
const INLINE_EXPRESSION = /\$\{\{\s*(steps|inputs|needs|github\.event)\./

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

type Concurrency = string | { group?: string; 'cancel-in-progress'?: unknown }

interface Job {
  environment?: string | { name?: string }
  concurrency?: Concurrency
  'timeout-minutes'?: unknown
  steps?: Step[]
}

export interface Workflow {
  on?: unknown
  concurrency?: Concurrency
  jobs: Record<string, Job>
}

/** What a job does to the org: `writer` unless every step of the action is literally a plan or a check. */
export type JobKind = 'writer' | 'plan' | 'check'

function actionSteps(job: Job): Step[] {
  return (job.steps ?? []).filter((step) => step.uses?.startsWith(ACTION))
}

/** A mode that is an expression (or absent: apply is the default) may write: the job counts as a writer. */
function modeOf(step: Step): string {
  const mode = step.with?.mode
  return mode === 'plan' || mode === 'check' ? mode : 'apply'
}

export function jobKind(job: Job): JobKind | undefined {
  const modes = actionSteps(job).map(modeOf)
  if (modes.length === 0) return undefined
  if (modes.includes('apply')) return 'writer'
  return modes.includes('check') ? 'check' : 'plan'
}

function groupOf(concurrency: Concurrency | undefined): string | undefined {
  if (concurrency === undefined) return undefined
  return typeof concurrency === 'string' ? concurrency : concurrency.group
}

function environmentOf(job: Job): string | undefined {
  return typeof job.environment === 'string' ? job.environment : job.environment?.name
}

function clientIds(job: Job): string[] {
  return actionSteps(job)
    .map((step) => step.with?.['client-id'])
    .filter((id): id is string => typeof id === 'string')
}

/** What breaks the rules in one workflow; `where` names it in each message. */
export function problems(where: string, workflow: Workflow): string[] {
  const found: string[] = []
  if (groupOf(workflow.concurrency) === WRITERS_GROUP)
    found.push(`${where}: the writers' group is set for the whole workflow; set it on the jobs that write`)
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const at = `${where}/${name}`
    const kind = jobKind(job)
    for (const [i, step] of (job.steps ?? []).entries()) {
      if (typeof step.run === 'string' && INLINE_EXPRESSION.test(step.run))
        found.push(
          `${at} step ${step.id ?? i + 1}: run: holds \${{ ${INLINE_EXPRESSION.exec(step.run)![1]}.… }}; pass it through env:`
        )
    }
    if (kind === undefined) continue
    if (typeof job['timeout-minutes'] !== 'number' || job['timeout-minutes'] <= 0)
      found.push(`${at}: runs the action without timeout-minutes`)
    const group = groupOf(job.concurrency)
    if (kind === 'writer') {
      if (group !== WRITERS_GROUP)
        found.push(`${at}: writes without the writers' concurrency group ${WRITERS_GROUP} (has ${group ?? 'none'})`)
      if (typeof job.concurrency !== 'object' || job.concurrency['cancel-in-progress'] !== false)
        found.push(`${at}: writes without cancel-in-progress: false`)
      if (environmentOf(job) !== PRODUCTION) found.push(`${at}: writes outside the ${PRODUCTION} environment`)
    } else {
      if ((group ?? groupOf(workflow.concurrency)) === WRITERS_GROUP)
        found.push(`${at}: a ${kind} in the writers' concurrency group`)
      if (kind === 'plan' && (group !== undefined || workflow.concurrency !== undefined))
        found.push(`${at}: a plan with a concurrency group`)
      const environment = environmentOf(job)
      if (environment === undefined) found.push(`${at}: a ${kind} without the view-only environment`)
      if (environment === PRODUCTION) found.push(`${at}: a ${kind} in the ${PRODUCTION} environment`)
    }
  }
  return found
}

/** Plans and checks must not use the credentials of any job that writes, in any example. */
export function sharedCredentials(workflows: Record<string, Workflow>): string[] {
  const writers = new Set<string>()
  const readers: { at: string; id: string }[] = []
  for (const [file, workflow] of Object.entries(workflows))
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const kind = jobKind(job)
      if (kind === 'writer') for (const id of clientIds(job)) writers.add(id)
      else if (kind) for (const id of clientIds(job)) readers.push({ at: `${file}/${name}`, id })
    }
  return readers.filter((r) => writers.has(r.id)).map((r) => `${r.at}: reads with a writer's client-id ${r.id}`)
}

function readExamples(): Record<string, Workflow> {
  const workflows: Record<string, Workflow> = {}
  for (const file of readdirSync(EXAMPLES)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort())
    workflows[file] = parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as Workflow
  return workflows
}

describe('the example workflows', () => {
  const examples = readExamples()

  it('keep the rules: one writers group, timeouts, plans apart from production, env: for scripts', () => {
    const found = Object.entries(examples).flatMap(([file, workflow]) => problems(file, workflow))
    assert.deepEqual([...found, ...sharedCredentials(examples)], [])
  })

  it('write from every example that promotes, and plan where a pull request or a form asks for it', () => {
    const kinds = (file: string) => Object.values(examples[file]?.jobs ?? {}).map(jobKind)
    for (const file of [
      'pr-gated-promotion.yml',
      'manual-promotion.yml',
      'release-pipeline.yml',
      'deploy-flow-files.yml'
    ])
      assert.ok(kinds(file).includes('writer'), `${file} has no job that writes`)
    for (const file of ['pr-gated-promotion.yml', 'manual-promotion.yml', 'deploy-flow-files.yml'])
      assert.ok(kinds(file).includes('plan'), `${file} has no plan job`)
    assert.ok(kinds('drift-check.yml').includes('check'), 'drift-check.yml has no check job')
  })

  it('deploy flow files: plan on the pull request, apply the manifest on main, upload what the step wrote', () => {
    const workflow = examples['deploy-flow-files.yml']
    assert.ok(workflow, 'examples/deploy-flow-files.yml is missing')
    const on = workflow.on as Record<string, { paths?: string[] }>
    assert.ok(on.pull_request?.paths?.includes('flows/**'), 'no pull_request paths filter on flows/**')
    assert.ok(on.push?.paths?.includes('flows/**'), 'no push paths filter on flows/**')
    const steps = Object.values(workflow.jobs).flatMap(actionSteps)
    assert.deepEqual(steps.map((step) => [modeOf(step), step.with?.manifest]).sort(), [
      ['apply', 'flows/release.yaml'],
      ['plan', 'flows/release.yaml']
    ])
    const apply = Object.values(workflow.jobs).find((job) => jobKind(job) === 'writer')!
    const deploy = actionSteps(apply)[0]!
    assert.match(String(deploy.with?.substitutions), /secret:[\s\S]*\$\{\{ secrets\.PARTNER_API_KEY \}\}/)
    assert.match(String(deploy.with?.substitutions), /\$\{\{ vars\.\w+ \}\}/)
    const upload = apply.steps!.find((step) => step.uses?.startsWith('actions/upload-artifact@'))
    for (const output of ['audit-file', 'backup-file'])
      assert.ok(
        String(upload?.with?.path).includes(`steps.${deploy.id}.outputs.${output}`),
        `the artifact does not take the step's ${output}`
      )
  })
})

describe('the example across organizations', () => {
  it('promotes test to production on workflow_dispatch, planned, then applied behind the production environment', () => {
    const workflow = readExamples()['promote-across-orgs.yml']
    assert.ok(workflow, 'examples/promote-across-orgs.yml is missing')
    assert.ok((workflow.on as Record<string, unknown>).workflow_dispatch, 'not started by workflow_dispatch')
    const jobs = Object.values(workflow.jobs)
    assert.deepEqual(jobs.map(jobKind).sort(), ['plan', 'writer'])
    for (const job of jobs) {
      const step = actionSteps(job)[0]!
      for (const input of ['source-client-id', 'source-client-secret', 'source-region', 'source-organization-id'])
        assert.ok(step.with?.[input], `${input} missing in a ${jobKind(job)} job`)
      assert.equal(step.with?.['flow-id'], undefined, 'flows are named, not given by id')
    }
    const writer = jobs.find((job) => jobKind(job) === 'writer')!
    assert.equal(environmentOf(writer), PRODUCTION)
  })
})

describe('the example rules themselves', () => {
  const writer = (): Job => ({
    environment: PRODUCTION,
    concurrency: { group: WRITERS_GROUP, 'cancel-in-progress': false },
    'timeout-minutes': 35,
    steps: [{ uses: `${ACTION}v1`, with: { 'client-id': '${{ secrets.WRITE_ID }}' } }]
  })
  const plan = (): Job => ({
    environment: 'genesys-view',
    'timeout-minutes': 35,
    steps: [{ uses: `${ACTION}v1`, with: { mode: 'plan', 'client-id': '${{ secrets.VIEW_ID }}' } }]
  })
  const check = (file: string, workflow: Workflow, expected: RegExp) => {
    const found = problems(file, workflow)
    assert.ok(
      found.some((p) => expected.test(p)),
      `${file}: expected a problem like ${expected}, got ${JSON.stringify(found)}`
    )
  }

  it('accept a writer and a plan that keep them', () => {
    assert.deepEqual(problems('ok.yml', { jobs: { plan: plan(), apply: writer() } }), [])
  })

  it('find a writer without the group, with another group, cancellable, untimed or outside production', () => {
    check('none.yml', { jobs: { apply: { ...writer(), concurrency: undefined } } }, /without the writers' concurrency/)
    check(
      'other.yml',
      { jobs: { apply: { ...writer(), concurrency: { group: 'promote-x', 'cancel-in-progress': false } } } },
      /without the writers' concurrency group .* \(has promote-x\)/
    )
    check(
      'string.yml',
      { jobs: { apply: { ...writer(), concurrency: WRITERS_GROUP } } },
      /without cancel-in-progress: false/
    )
    check(
      'cancel.yml',
      { jobs: { apply: { ...writer(), concurrency: { group: WRITERS_GROUP, 'cancel-in-progress': true } } } },
      /without cancel-in-progress: false/
    )
    check('untimed.yml', { jobs: { apply: { ...writer(), 'timeout-minutes': undefined } } }, /without timeout-minutes/)
    check('env.yml', { jobs: { apply: { ...writer(), environment: 'genesys-view' } } }, /outside the production/)
    check('top.yml', { concurrency: { group: WRITERS_GROUP }, jobs: { apply: writer() } }, /whole workflow/)
  })

  it('count a mode given by an expression as a writer', () => {
    const job = plan()
    job.steps![0]!.with!.mode = '${{ inputs.mode }}'
    assert.equal(jobKind(job), 'writer')
    check('form.yml', { jobs: { promote: job } }, /without the writers' concurrency/)
  })

  it('find a plan with a concurrency group, or in production, or without an environment', () => {
    check(
      'group.yml',
      { jobs: { plan: { ...plan(), concurrency: { group: 'plan-1', 'cancel-in-progress': true } } } },
      /a plan with a concurrency group/
    )
    check('inherited.yml', { concurrency: 'anything', jobs: { plan: plan() } }, /a plan with a concurrency group/)
    check('writers.yml', { jobs: { plan: { ...plan(), concurrency: WRITERS_GROUP } } }, /in the writers' concurrency/)
    check('prod.yml', { jobs: { plan: { ...plan(), environment: PRODUCTION } } }, /a plan in the production/)
    check('prod-name.yml', { jobs: { plan: { ...plan(), environment: { name: PRODUCTION } } } }, /in the production/)
    const checkJob = plan()
    checkJob.steps![0]!.with!.mode = 'check'
    check('drift.yml', { concurrency: WRITERS_GROUP, jobs: { check: checkJob } }, /a check in the writers' concurrency/)
    check('bare.yml', { jobs: { plan: { ...plan(), environment: undefined } } }, /without the view-only environment/)
    check('untimed.yml', { jobs: { plan: { ...plan(), 'timeout-minutes': undefined } } }, /without timeout-minutes/)
  })

  it("find a plan that uses a writer's client-id", () => {
    const borrowed = plan()
    borrowed.steps![0]!.with!['client-id'] = '${{ secrets.WRITE_ID }}'
    assert.deepEqual(
      sharedCredentials({ 'a.yml': { jobs: { apply: writer() } }, 'b.yml': { jobs: { plan: plan() } } }),
      []
    )
    assert.match(
      sharedCredentials({ 'a.yml': { jobs: { apply: writer() } }, 'b.yml': { jobs: { plan: borrowed } } })[0] ?? '',
      /b\.yml\/plan: reads with a writer's client-id/
    )
  })

  it('find step outputs, inputs, job outputs and event data inline in a script, in any job', () => {
    for (const run of [
      'echo "${{ steps.promote.outputs.status }}"',
      'echo ${{steps.x.outputs.y}}',
      'echo "${{ inputs.reason }}"',
      'echo "${{ needs.plan.outputs.previous-version }}"',
      'echo "${{ github.event.pull_request.title }}"'
    ])
      check('run.yml', { jobs: { report: { steps: [{ run }] } } }, /run: holds/)
    assert.deepEqual(
      problems('env.yml', { jobs: { report: { steps: [{ run: 'echo "$STATUS ${{ runner.temp }}"' }] } } }),
      []
    )
  })
})
