import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { commentOnPullRequest } from '../../src/outputs/pr-comment.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { runPipeline } from '../helpers/pipeline.js'

/** How each rollback-strategy says an older target (1.0; 3.0 is checked in) goes live. */
const WAYS = {
  auto: "publish 1.0; if the platform ignores it, restore 1.0's content as a new version",
  restore: "restore 1.0's content as a new version",
  republish: 'publish 1.0 (fails if ignored)'
} as const
const PERMISSIONS = /architect:job:create and architect:job:view/

describe('pipeline: a plan of a target other than the checked-in version says how it goes live', () => {
  let github: Awaited<ReturnType<typeof startGithubApi>>
  before(async () => (github = await startGithubApi()))
  after(() => github.close())

  const plan = (inputs: Record<string, string>) =>
    runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', diff: 'never', 'github-token': 'ghs_test', ...inputs },
      { flows: [mainIvr()] },
      { env: pullRequestEnv(github.url), deps: { commentOnPullRequest } }
    )

  for (const [strategy, way] of Object.entries(WAYS)) {
    it(`rollback-strategy ${strategy}: "${way}"`, async () => {
      github.comments.length = 0
      const run = await plan({ 'target-version': '1.0', 'rollback-strategy': strategy })
      assert.equal(run.core.outputs.status, 'planned', run.core.failed)
      assert.equal(run.genesys.writes().length, 0, 'a plan writes nothing')
      const line = run.audit?.notes.find((n: string) => n.startsWith('How 1.0 goes live: '))
      assert.ok(line, JSON.stringify(run.audit?.notes))
      assert.ok(line.startsWith(`How 1.0 goes live: ${way}`), line)
      assert.equal(PERMISSIONS.test(line), strategy !== 'republish', line)
      const table = run.summary.split('<details>')[0]!
      assert.ok(table.includes(`> ${line.replaceAll("'", '&#39;')}`), 'the summary says it')
      const comment = github.comments.at(-1)?.body ?? ''
      assert.ok(comment.includes(`How 1.0 goes live on Main IVR (live now: 2.0): ${way}`), comment)
      assert.equal(PERMISSIONS.test(comment), strategy !== 'republish')
    })
  }

  it('a plan of the checked-in version says nothing of the kind', async () => {
    github.comments.length = 0
    const run = await plan({})
    assert.equal(run.core.outputs.status, 'planned', run.core.failed)
    assert.ok(!run.audit?.notes.some((n: string) => n.includes('goes live')))
    const comment = github.comments.at(-1)?.body ?? ''
    assert.match(comment, /Publish 3\.0 on Main IVR \(live now: 2\.0\), wait for the operation/)
    assert.doesNotMatch(comment, /architect:job:create/)
  })
})
