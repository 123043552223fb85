import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildHistoryRecord, type HistoryEntry } from '../../src/audit/history.js'
import { endDescription, finalState } from '../../src/deployments/deployment.js'
import { githubProblem, unreachable } from '../../src/deployments/github-client.js'
import { promotionsOf, type DeploymentRead } from '../../src/deployments/history.js'
import { readRawInputs, parseConfig } from '../../src/inputs/config.js'
import { newOutcome, type FlowOutcome, type FlowStatus } from '../../src/model/outcome.js'
import { formatRate, historyLines } from '../../src/outputs/history.js'
import { renderCloudEvent, renderPagerDuty, renderSlack } from '../../src/webhook/formats.js'
import { sampleRecord } from '../helpers/records.js'

const NOW = Date.parse('2026-11-28T10:00:00Z')
const HOUR = 3_600_000
const iso = (ms: number) => new Date(ms).toISOString()

function deployment(hoursAgo: number, states: [string, number][], extra: Partial<DeploymentRead> = {}): DeploymentRead {
  const created = NOW - hoursAgo * HOUR
  return {
    id: 1,
    createdAt: iso(created),
    task: 'deploy:genesys-flow',
    payload: JSON.stringify({ flows: [{ id: 'f1', name: 'Main IVR' }] }),
    statuses: states.map(([state, seconds]) => ({
      state,
      createdAt: iso(created + seconds * 1000),
      logUrl: `https://github.com/r/${hoursAgo}`
    })),
    ...extra
  }
}

function entry(outcome: HistoryEntry['outcome'], hoursAgo: number): HistoryEntry {
  return { time: iso(NOW - hoursAgo * HOUR), flows: ['Main IVR'], outcome, latencyMs: 1_000, runUrl: null }
}

describe('the history of our deployments', () => {
  it('counts a success that GitHub has since marked inactive, and reads statuses in any order', () => {
    const [promotion] = promotionsOf(
      [
        deployment(5, [
          ['inactive', 600],
          ['success', 4],
          ['in_progress', 1]
        ])
      ],
      NOW,
      30 * 60_000
    )
    assert.deepEqual(promotion, {
      time: iso(NOW - 5 * HOUR),
      flows: ['Main IVR'],
      outcome: 'success',
      latencyMs: 3_000,
      runUrl: 'https://github.com/r/5'
    })
  })

  it('leaves out deployments of another task, such as a job environment', () => {
    const read = [
      deployment(1, [['failure', 30]], { task: 'deploy' }),
      deployment(2, [['failure', 30]], { task: null })
    ]
    assert.deepEqual(promotionsOf(read, NOW, HOUR), [])
  })

  it('takes a run that never said how it ended, older than the budget, as died (error); a younger one as running', () => {
    const stale = deployment(2, [['in_progress', 1]])
    const running = deployment(0.1, [
      ['queued', 0],
      ['in_progress', 1]
    ])
    assert.deepEqual(
      promotionsOf([stale, running], NOW, HOUR).map((p) => [p.outcome, p.latencyMs]),
      [
        ['in_progress', null],
        ['error', null]
      ]
    )
  })

  it('reads a failure or an error as the outcome, and a payload that is not ours as no flows', () => {
    const read = [
      deployment(
        3,
        [
          ['in_progress', 1],
          ['error', 11]
        ],
        { payload: 'not json' }
      ),
      deployment(
        4,
        [
          ['in_progress', 1],
          ['failure', 6]
        ],
        { payload: null }
      )
    ]
    assert.deepEqual(
      promotionsOf(read, NOW, HOUR).map((p) => [p.outcome, p.latencyMs, p.flows.length]),
      [
        ['error', 10_000, 0],
        ['failure', 5_000, 0]
      ]
    )
  })

  it('counts this run in, rounds the rate to 4 decimals and keeps the last 10, newest first', () => {
    const earlier = [
      entry('failure', 2),
      entry('in_progress', 0.5),
      ...Array.from({ length: 11 }, (_, i) => entry('success', 3 + i))
    ]
    const history = buildHistoryRecord('prod', 7, entry('failure', 0), earlier)
    assert.deepEqual(
      [history.promotions, history.succeeded, history.successRate, history.deploymentId],
      [13, 11, 0.8462, 7]
    )
    assert.equal(history.recent.length, 10)
    assert.deepEqual(
      history.recent.slice(0, 3).map((e) => e.outcome),
      ['failure', 'in_progress', 'failure']
    )
    const twoThirds = buildHistoryRecord('prod', 7, entry('success', 0), [entry('success', 1), entry('failure', 2)])
    assert.equal(twoThirds.successRate, 0.6667)
  })

  it('says nothing of a rate when the earlier deployments could not be read', () => {
    const history = buildHistoryRecord('prod', undefined, entry('success', 0), undefined)
    assert.deepEqual(
      [history.deploymentId, history.promotions, history.succeeded, history.successRate, history.recent.length],
      [null, null, null, null, 1]
    )
  })
})

function outcome(status: FlowStatus | undefined, change: (o: FlowOutcome) => void = () => undefined): FlowOutcome {
  const o = newOutcome({ flowId: 'f1', targetVersion: '3.0' }, NOW)
  o.status = status
  o.flow = { id: 'f1', name: 'Main IVR' }
  o.versions = { previous: '2.0', target: '3.0', published: status === 'switched' ? '3.0' : '2.0' }
  change(o)
  return o
}

describe('the deployment final status', () => {
  it('is success for a switch, failure for a failure or a rollback, error for a timeout or a cancellation', () => {
    assert.equal(finalState([outcome('switched'), outcome('unchanged')]), 'success')
    assert.equal(finalState([outcome('switched'), outcome('failed')]), 'failure')
    assert.equal(finalState([outcome('rolled-back')]), 'failure')
    assert.equal(finalState([outcome('timed-out'), outcome('switched')]), 'error')
    const cancelled = outcome('failed', (o) => (o.error = { message: 'cancelled by SIGTERM', code: 'cancelled' }))
    assert.equal(finalState([cancelled]), 'error')
  })

  it('describes the outcome, what is live and the latency within 140 characters', () => {
    assert.equal(endDescription([outcome('switched')], 1_500), 'switched: Main IVR, 3.0 live, 1.5 s')
    const long = endDescription([outcome('switched', (o) => (o.flow = { id: 'f1', name: 'N'.repeat(300) }))], 1_500)
    assert.equal(long.length, 140)
    assert.ok(long.endsWith('…'))
    assert.equal(
      endDescription([outcome('switched'), outcome('switched'), outcome('failed'), outcome(undefined)], 12_340),
      'release of 4 flows: failed (2 switched, 1 failed), 12.3 s'
    )
  })
})

describe('GitHub failures as warnings', () => {
  const answered = (status: number, message: string) =>
    Object.assign(new Error(message), { status, response: { status } })
  it('say what to grant or check', () => {
    assert.match(
      githubProblem(answered(403, 'Resource not accessible by integration'), 'create deployments'),
      /the token may not create deployments \(HTTP 403: Resource not accessible by integration\): give the job permissions: deployments: write/
    )
    assert.match(githubProblem(answered(409, 'Conflict'), 'x'), /deployment protection rules/)
    assert.match(githubProblem(answered(422, 'Invalid'), 'x'), /check deployment-environment/)
    assert.match(githubProblem(answered(503, 'Unavailable'), 'x'), /HTTP 503 .*after at most 3 attempts/)
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { status: 500 })
    assert.ok(unreachable(refused))
    assert.match(githubProblem(refused, 'x'), /could not be reached \(connect ECONNREFUSED.*\): check GITHUB_API_URL/)
    const graphql = Object.assign(new Error('Request failed due to following response errors'), {
      errors: [{ message: 'x' }]
    })
    assert.ok(!unreachable(graphql))
    assert.match(githubProblem(graphql, 'x'), /GraphQL answer has errors/)
    assert.match(githubProblem(new Error('the answer has no repository.deployments.nodes'), 'x'), /could not be read/)
  })
})

describe('the history in the job summary', () => {
  const history = buildHistoryRecord(
    'prod|<b>',
    42,
    { ...entry('success', 0), flows: ['<img src=x> | *IVR*'], runUrl: 'https://github.com/r/(1)' },
    [
      { ...entry('failure', 1), runUrl: 'javascript:alert(1)' },
      { ...entry('error', 2), latencyMs: null }
    ]
  )
  const text = historyLines(history).join('\n')

  it('shows the rate, and every promotion as a table row with its outcome, latency and run', () => {
    assert.match(
      text,
      /GitHub environment <code>prod\|&lt;b&gt;<\/code>: 1 of 3 promotions succeeded \(\*\*33\.33%\*\*\)/
    )
    assert.match(
      text,
      /\| &lt;img src=x&gt; &#124; \\\*IVR\\\* \| ✅ success \| 1\.00 s \| \[run\]\(https:\/\/github\.com\/r\/%281%29\) \|/
    )
    assert.match(text, /\| ❌ failure \| 1\.00 s \| — \|/, 'a link that is not http(s) is no link')
    assert.match(text, /\| ⚠️ error \| — \| — \|/)
  })

  it('charts latency per promotion, oldest first, one bar series per outcome, and no text of a flow in it', () => {
    const chart = /```mermaid\n([\s\S]*?)```/.exec(text)?.[1] ?? ''
    assert.match(chart, /xychart-beta/)
    assert.match(chart, /x-axis \["11-28 08:00 ✗", "11-28 09:00 ✗", "11-28 10:00 ✓"\]/)
    assert.match(chart, /bar \[0, 0, 1\.00\]\n {2}bar \[0\.00, 1\.00, 0\]/)
    assert.match(chart, /plotColorPalette": "#1a7f37, #cf222e"/)
    assert.ok(!chart.includes('IVR') && !chart.includes('prod'))
  })

  it('draws no chart for one promotion, and nothing without a history', () => {
    const one = historyLines(buildHistoryRecord('prod', 1, entry('success', 0), [])).join('\n')
    assert.ok(!one.includes('mermaid'))
    assert.match(one, /1 of 1 promotion succeeded \(\*\*100%\*\*\)/)
    assert.deepEqual(historyLines(null), [])
    assert.equal(formatRate(0.8), '80%')
  })
})

describe('deployment-environment', () => {
  const parse = (inputs: Record<string, string>) =>
    parseConfig(
      readRawInputs(
        (name) =>
          ({
            'client-id': 'c',
            'client-secret': 's',
            region: 'us-east-1',
            'flow-id': '5d3a2f7e-1111-4c4c-9a9a-0123456789ab',
            ...inputs
          })[name] ?? '',
        {}
      )
    )
  it('is trimmed, optional, and one line', () => {
    assert.equal(
      parse({ 'deployment-environment': ' genesys-prod ', 'github-token': 't' }).deploymentEnvironment,
      'genesys-prod'
    )
    assert.equal(parse({}).deploymentEnvironment, undefined)
    assert.throws(
      () => parse({ 'deployment-environment': 'a\nb', 'github-token': 't' }),
      /deployment-environment: must be one line/
    )
  })
})

describe('the webhook events', () => {
  const history = buildHistoryRecord('genesys-prod', 9, entry('success', 0), [entry('success', 1), entry('failure', 2)])
  const { webhook: _webhook, ...record } = { ...sampleRecord(), history }

  it('carry the history in the record, and its rate in PagerDuty and Slack', () => {
    assert.deepEqual(JSON.parse(renderCloudEvent(record).body).data.history, history)
    const details = JSON.parse(renderPagerDuty(record, { routingKey: 'k' }).body).payload.custom_details
    assert.deepEqual([details.deployment_environment, details.deployment_success_rate], ['genesys-prod', 0.6667])
    assert.match(JSON.parse(renderSlack(record).body).text, /66\.67% of 3 in genesys-prod succeeded/)
  })

  it('say nothing of a history the run has not', () => {
    const none = { ...record, history: null }
    const details = JSON.parse(renderPagerDuty(none, { routingKey: 'k' }).body).payload.custom_details
    assert.equal('deployment_success_rate' in details, false)
    assert.doesNotMatch(JSON.parse(renderSlack(none).body).text, /succeeded/)
  })
})
