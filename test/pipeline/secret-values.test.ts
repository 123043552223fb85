import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { commentOnPullRequest } from '../../src/outputs/pr-comment.js'
import { FLOW_ID, mainIvr } from '../helpers/emulator.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'
import { runPipeline, type PipelineRun } from '../helpers/pipeline.js'

/**
 * A secret substituted into a flow stays in its versions: a plan of a version, with no
 * substitutions given, must still not show it in the summary, the log, the outputs or the comment.
 */

const LIVE = 'pk_live_0b7c3e5a91d2'
const TARGET = 'pk_live_f4a8d6c2e0b9'

/** Both shapes a secret takes in an Archy file: under a key, and as the `lit:` of a named variable. */
const SHAPES: Record<string, { file: (value: string) => string; context: RegExp }> = {
  'a value under a key named partnerApiKey': {
    file: (value) =>
      `inboundCall:\n  name: Main IVR\n  division: Home\n  settings:\n    partnerApiKey: ${value}\n    greeting: Welcome\n`,
    context: /^ {5}greeting: Welcome(<\/pre>)?$/m
  },
  'a lit: under a variable named partnerApiKey': {
    context: /^ {9}name: Flow\.partnerApiKey$/m,
    file: (value) =>
      [
        'inboundCall:',
        '  name: Main IVR',
        '  division: Home',
        '  variables:',
        '    - stringVariable:',
        '        name: Flow.partnerApiKey',
        '        initialValue:',
        `          lit: ${value}`,
        '    - stringVariable:',
        '        name: Flow.greeting',
        '        initialValue:',
        '          lit: Welcome',
        ''
      ].join('\n')
  }
}

let github: Awaited<ReturnType<typeof startGithubApi>>
before(async () => (github = await startGithubApi()))
after(() => github.close())

function everythingShown(run: PipelineRun, comment: string): Record<string, string> {
  return {
    summary: run.summary,
    log: run.core.text(),
    outputs: JSON.stringify(run.core.outputs),
    comment
  }
}

describe('pipeline: secrets stored in a flow', () => {
  for (const [shape, { file, context }] of Object.entries(SHAPES)) {
    it(`plans a change of ${shape}: the key is named in the diff, neither value shown anywhere`, async () => {
      github.comments.splice(0)
      const run = await runPipeline(
        { 'flow-id': FLOW_ID, mode: 'plan', 'github-token': 'ghs_x' },
        { flows: [mainIvr({ content: { '2.0': file(LIVE), '3.0': file(TARGET) } })] },
        { env: pullRequestEnv(github.url), deps: { commentOnPullRequest } }
      )
      assert.equal(run.core.outputs.status, 'planned', run.core.text())
      const comment = github.comments.at(-1)?.body ?? ''
      assert.match(comment, /<pre>--- live 2\.0/, 'the comment shows the diff')
      for (const [where, text] of Object.entries(everythingShown(run, comment)))
        for (const value of [LIVE, TARGET]) assert.ok(!text.includes(value), `${where} shows ${value}`)

      for (const [where, text] of Object.entries({ summary: run.summary, comment })) {
        const removed = /^-\s*(partnerApiKey|lit): &lt;hidden:hmac ([0-9a-f]{12})&gt;$/m.exec(text)
        const added = /^\+\s*(partnerApiKey|lit): &lt;hidden:hmac ([0-9a-f]{12})&gt;$/m.exec(text)
        assert.ok(removed && added, `${where}: the changed line is in the diff`)
        assert.notEqual(removed[2], added[2], `${where}: two values, two marks`)
        assert.match(text, context, `${where}: the key and neutral values are shown as they are`)
      }
    })
  }

  it('hides them in a drift check’s diff too, and adds the redact-keys patterns', async () => {
    const file = (pin: string, key: string) =>
      `inboundCall:\n  name: Main IVR\n  settings:\n    customerPin: ${pin}\n    clientSecret: ${key}\n`
    const run = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'check', 'redact-keys': 'customerPin' },
      { flows: [mainIvr({ content: { '2.0': file('pin-4417', LIVE), '3.0': file('pin-9902', TARGET) } })] }
    )
    assert.equal(run.core.outputs.status, 'drifted')
    assert.match(run.summary, /^-\s*customerPin: &lt;hidden:hmac [0-9a-f]{12}&gt;$/m)
    for (const [where, text] of Object.entries(everythingShown(run, '')))
      for (const value of ['pin-4417', 'pin-9902', LIVE, TARGET])
        assert.ok(!text.includes(value), `${where} shows ${value}`)
  })

  it('refuses a bad redact-keys as an input error naming it, before any request', async () => {
    const { core, sessionsOpened, summary } = await runPipeline(
      { 'flow-id': FLOW_ID, mode: 'plan', 'redact-keys': 'customerPin, *token*' },
      { flows: [mainIvr()] }
    )
    assert.match(core.failed!, /^Input redact-keys: has "\*token\*": write parts of key names/)
    assert.equal(sessionsOpened, 0)
    assert.match(summary, /Input redact-keys:[\s\S]*Nothing was sent anywhere/)
  })
})
