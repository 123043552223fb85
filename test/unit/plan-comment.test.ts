import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Config } from '../../src/model/config.js'
import { applyWillDo, commentMarker, movingTargetWarning, renderPlanComment } from '../../src/outputs/pr-comment.js'
import { commentOnPullRequest, wantsComment } from '../../src/outputs/pr-comment.js'
import type { RunReport } from '../../src/audit/run-report.js'
import { sampleRecord } from '../helpers/records.js'
import { FakeCore } from '../helpers/fake-core.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const planned = sampleRecord((o) => {
  o.status = 'planned'
  o.versions.published = '2.0'
})

describe('plan comment', () => {
  it('shows what the platform’s validation found, errors first, with the flow and version', () => {
    const broken = sampleRecord((o) => {
      o.status = 'failed'
      o.error = { message: '3.0 of Main IVR: Error: no queue', code: 'check.failed' }
      o.validation = {
        verdict: 'failed',
        jobs: [{ id: 'job-1', status: 'Success' }],
        messages: [
          { flowId: 'f', flowName: 'Main IVR', version: '3.0', type: 'Error', severity: 'error', text: 'no queue' }
        ]
      }
    })
    const comment = renderPlanComment('<!-- m -->', [{ spec: { targetVersion: '3.0' }, record: broken }], null)
    assert.match(comment, /Apply would refuse: 3\.0 of Main IVR: Error: no queue/)
    assert.match(comment, /\*\*Validation by the platform:\*\* ❌ failed\n\n- ❌ Error · Main IVR 3\.0: no queue/)
  })

  it('says what apply will do for each outcome', () => {
    assert.match(applyWillDo(planned), /^Publish 3\.0 on Main IVR \(live now: 2\.0\).*roll back to 2\.0/)
    assert.match(applyWillDo(sampleRecord((o) => (o.status = 'unchanged'))), /^Nothing: 3\.0 is live already/)
    assert.match(
      applyWillDo(
        sampleRecord((o) => {
          o.status = 'failed'
          o.error = { message: 'locked by user Dana' }
        })
      ),
      /^Apply would refuse: locked by user Dana/
    )
  })

  it('says how a target other than the checked-in version goes live, as rollback-strategy decides', () => {
    const older = sampleRecord((o) => {
      o.status = 'planned'
      o.versions = { previous: '3.0', target: '2.0', published: '3.0' }
      o.snapshot = { publishedVersion: '3.0', checkedInVersion: '4.0' }
    })
    const on = 'How 2\\.0 goes live on Main IVR \\(live now: 3\\.0\\): '
    const permissions = /\(the restore's import job needs architect:job:create and architect:job:view\)/
    const auto = applyWillDo(older, 'auto')
    assert.match(
      auto,
      new RegExp(`^${on}publish 2\\.0; if the platform ignores it, restore 2\\.0's content as a new version`)
    )
    assert.match(auto, permissions)
    assert.match(auto, /roll back to 3\.0 if the switch does not hold\.$/)
    assert.equal(applyWillDo(older), auto, 'auto is the default')
    const restore = applyWillDo(older, 'restore')
    assert.match(restore, new RegExp(`^${on}restore 2\\.0's content as a new version`))
    assert.match(restore, permissions)
    const republish = applyWillDo(older, 'republish')
    assert.match(republish, new RegExp(`^${on}publish 2\\.0 \\(fails if ignored\\)\\.`))
    assert.doesNotMatch(republish, /architect:job/)
    const comment = renderPlanComment(
      '<!-- m -->',
      [{ spec: { targetVersion: '2.0' }, record: older }],
      null,
      [],
      'restore'
    )
    assert.ok(comment.includes(restore), 'the comment says it under the strategy given')
    // The checked-in version is published by its id whatever the strategy.
    assert.match(applyWillDo(planned, 'restore'), /^Publish 3\.0 on Main IVR/)
  })

  it('says what apply will do with a release as a whole: refused when one flow fails its checks', () => {
    const failing = sampleRecord((o) => {
      o.status = 'failed'
      o.error = { message: 'version 9.0 does not exist' }
    })
    const refused = renderPlanComment(
      '<!-- m -->',
      [
        { spec: { targetVersion: '3.0' }, record: planned },
        { spec: { targetVersion: '9.0' }, record: failing }
      ],
      null
    )
    assert.match(refused, /Apply would refuse the release: 1 of 2 flows fails its checks, so nothing would be written/)
    assert.match(refused, /what apply will do\.\*\* Nothing: another flow of the release fails its checks/)
    assert.doesNotMatch(refused, /Publish 3\.0 on Main IVR/)
    const whole = renderPlanComment(
      '<!-- m -->',
      [
        { spec: { targetVersion: '3.0' }, record: planned },
        { spec: { targetVersion: '3.0' }, record: sampleRecord((o) => (o.status = 'unchanged')) }
      ],
      null
    )
    assert.match(whole, /Apply would promote the release: 1 of 2 flows change/)
    assert.match(whole, /Publish 3\.0 on Main IVR/)
  })

  it('says what apply will do with a flow file: import, verify by content, restore', () => {
    const file = sampleRecord((o) => {
      o.status = 'planned'
      o.versions.published = '2.0'
      o.versions.target = undefined
      o.spec.flowFile = {
        path: 'flows/main.yaml',
        content: '',
        sha256: 'sha256:a',
        substitutedSha256: 'sha256:a',
        secrets: [],
        flowType: 'inboundcall',
        flowName: 'Main IVR'
      }
      o.deploy = { path: 'flows/main.yaml', sha256: 'sha256:a', substitutedSha256: 'sha256:a' }
    })
    assert.match(
      applyWillDo(file),
      /^Import flows\/main\.yaml as a new version of Main IVR \(live now: 2\.0\).*restore the content of 2\.0/
    )
  })

  it('warns about a checked-in target and names the ids to pin', () => {
    assert.equal(movingTargetWarning({ targetVersion: '3.0' }, planned), undefined)
    assert.match(
      movingTargetWarning({ targetVersion: 'checked-in' }, planned)!,
      /Pin target-version: "3\.0" and expected-current-version: "2\.0"/
    )
  })

  it('keeps one marker per promoted thing, and starts with it', () => {
    assert.notEqual(commentMarker('flow:a'), commentMarker('flow:b'))
    const body = renderPlanComment(
      commentMarker('flow:a'),
      [{ spec: { targetVersion: '3.0' }, record: planned }],
      'sha256:abc'
    )
    assert.ok(body.startsWith(commentMarker('flow:a')))
    assert.match(body, /<code>sha256:abc<\/code>/)
  })

  it('comments on plans for pull requests by default, on every run with always, never with never', () => {
    const config = (mode: 'plan' | 'apply', prComment: Config['prComment']) => ({ mode, prComment }) as Config
    const pr = { GITHUB_EVENT_NAME: 'pull_request' }
    assert.equal(wantsComment(config('plan', 'on-plan'), pr), true)
    assert.equal(wantsComment(config('apply', 'on-plan'), pr), false)
    assert.equal(wantsComment(config('apply', 'always'), pr), true)
    assert.equal(wantsComment(config('plan', 'never'), pr), false)
    assert.equal(wantsComment(config('plan', 'always'), { GITHUB_EVENT_NAME: 'push' }), false)
  })

  it('shows "not read" for a flow it never read, "none" when nothing was live', () => {
    const neverRead = sampleRecord((o) => {
      o.status = 'failed'
      o.flow = undefined
      o.snapshot = undefined
      o.versions = {}
      o.error = { message: 'GET /api/v2/flows/x failed' }
    })
    const body = renderPlanComment('<!-- m -->', [{ spec: { targetVersion: '3.0' }, record: neverRead }], null)
    assert.match(body, /\| not read \| ❌ failed \|/)
    assert.doesNotMatch(body, /none/)
    const nothingLive = sampleRecord((o) => {
      o.status = 'planned'
      o.snapshot = {}
      o.versions = { target: '3.0' }
    })
    const planBody = renderPlanComment('<!-- m -->', [{ spec: { targetVersion: '3.0' }, record: nothingLive }], null)
    assert.match(planBody, /\| none → 3\.0 \| 📝 planned \|/)
    assert.match(applyWillDo(nothingLive), /\(live now: none\)/)
  })

  it('says which of token, repository and pull-request number is missing when it cannot comment', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pr-'))
    const withNumber = path.join(dir, 'pr.json')
    writeFileSync(withNumber, JSON.stringify({ pull_request: { number: 7 } }))
    const withoutNumber = path.join(dir, 'push.json')
    writeFileSync(withoutNumber, JSON.stringify({}))
    const report = { manifest: false, stages: [], diffs: [] } as unknown as RunReport
    const warn = async (token: string | undefined, env: NodeJS.ProcessEnv) => {
      const core = new FakeCore()
      await commentOnPullRequest(report, { githubToken: token, mode: 'plan' } as Config, core, env)
      return core.text('warning')
    }
    const pr = { GITHUB_REPOSITORY: 'acme/cx-flows', GITHUB_EVENT_PATH: withNumber }
    assert.equal(await warn(undefined, pr), 'No pull-request comment: the github-token input is empty.')
    assert.equal(
      await warn('t', { ...pr, GITHUB_REPOSITORY: '' }),
      'No pull-request comment: GITHUB_REPOSITORY (owner/name) is not set.'
    )
    assert.equal(
      await warn('t', { ...pr, GITHUB_EVENT_PATH: withoutNumber }),
      'No pull-request comment: the event payload (GITHUB_EVENT_PATH) has no pull-request number.'
    )
    assert.equal(
      await warn(undefined, {}),
      'No pull-request comment: the github-token input is empty; GITHUB_REPOSITORY (owner/name) is not set; the event payload (GITHUB_EVENT_PATH) has no pull-request number.'
    )
  })
})
