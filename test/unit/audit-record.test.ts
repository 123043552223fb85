import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { planFingerprint, releaseFingerprint } from '../../src/audit/fingerprint.js'
import { githubContext } from '../../src/audit/github-context.js'
import { sampleRecord } from '../helpers/records.js'

describe('audit record', () => {
  it('has every field of schemaVersion 1 in camelCase', () => {
    const record = sampleRecord()
    for (const key of [
      'schemaVersion',
      'auditId',
      'startedAt',
      'finishedAt',
      'status',
      'mode',
      'region',
      'organization',
      'oauthClientId',
      'flow',
      'versions',
      'operation',
      'checks',
      'timings',
      'retries',
      'correlationIds',
      'rollback',
      'github',
      'changeReference',
      'reason',
      'webhook',
      'error'
    ]) {
      assert.ok(key in record, `missing ${key}`)
    }
    assert.equal(record.schemaVersion, 1)
    assert.deepEqual(record.versions, { previous: '2.0', target: '3.0', published: '3.0' })
    assert.deepEqual(record.timings, { totalMs: 1_900, switchLatencyMs: 1_500 })
    assert.deepEqual(record.retries, { count: 1, waitedMs: 2_000 })
    assert.deepEqual(record.correlationIds, ['c1', 'c2'])
    assert.equal(record.changed, true)
  })

  it('says unchanged when the live version is the one from before', () => {
    const record = sampleRecord((o) => {
      o.status = 'failed'
      o.versions.published = '2.0'
    })
    assert.equal(record.changed, false)
  })

  it('fingerprints region + flow + from + to, so plan and apply agree only on the same change', () => {
    const a = planFingerprint('mypurecloud.com', 'f1', '2.0', '3.0')
    assert.match(a, /^sha256:[0-9a-f]{64}$/)
    assert.equal(a, planFingerprint('mypurecloud.com', 'f1', '2.0', '3.0'))
    assert.notEqual(a, planFingerprint('mypurecloud.com', 'f1', '2.1', '3.0'))
    assert.notEqual(a, planFingerprint('mypurecloud.ie', 'f1', '2.0', '3.0'))
    assert.notEqual(planFingerprint('r', 'f1', undefined, '3.0'), planFingerprint('r', 'f1', '', '3.0'))
    assert.equal(releaseFingerprint([a, 'b']), releaseFingerprint(['b', a]))
  })

  it('reads the run from the runner environment', () => {
    const github = githubContext({
      GITHUB_SERVER_URL: 'https://ghes.example.invalid',
      GITHUB_REPOSITORY: 'acme/cx',
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_EVENT_NAME: 'push'
    })
    assert.equal(github.runUrl, 'https://ghes.example.invalid/acme/cx/actions/runs/7')
    assert.equal(github.runAttempt, 2)
    assert.equal(github.eventName, 'push')
  })
})
