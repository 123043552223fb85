import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Config } from '../../src/model/config.js'
import { applyWillDo, commentMarker, movingTargetWarning, renderPlanComment } from '../../src/outputs/pr-comment.js'
import { wantsComment } from '../../src/outputs/pr-comment.js'
import { sampleRecord } from '../helpers/records.js'

const planned = sampleRecord((o) => {
  o.status = 'planned'
  o.versions.published = '2.0'
})

describe('plan comment', () => {
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
})
