import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runBundle } from '../helpers/bundle.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'

const LIVE = 'pk_live_0b7c3e5a91d2'
const TARGET = 'pk_live_f4a8d6c2e0b9'

const file = (value: string) =>
  [
    'inboundCall:',
    '  name: Main IVR',
    '  variables:',
    '    - stringVariable:',
    '        name: Flow.partnerApiKey',
    '        initialValue:',
    `          lit: ${value}`,
    ''
  ].join('\n')

describe('e2e: secrets stored in a flow', () => {
  it('plans a changed lit: of a variable named partnerApiKey through the bundle without showing either value', async () => {
    const github = await startGithubApi()
    try {
      await withEmulator({ flows: [mainIvr({ content: { '2.0': file(LIVE), '3.0': file(TARGET) } })] }, async (emu) => {
        const run = await runBundle(
          emu.url,
          { 'flow-id': FLOW_ID, mode: 'plan', 'github-token': 'ghs_x' },
          { env: pullRequestEnv(github.url) }
        )
        assert.equal(run.outputs.status, 'planned', run.stdout)
        const comment = github.comments.at(-1)?.body ?? ''
        for (const text of [run.summary, comment]) {
          const marks =
            /^-\s+lit: &lt;hidden:hmac (\w{12})&gt;\n\+\s+lit: &lt;hidden:hmac (\w{12})&gt;(<\/pre>)?$/m.exec(text)
          assert.ok(marks, text)
          assert.notEqual(marks[1], marks[2])
        }
        const shown = { stdout: run.stdout, stderr: run.stderr, outputs: JSON.stringify(run.outputs), comment }
        for (const [where, text] of Object.entries({ ...shown, summary: run.summary }))
          for (const value of [LIVE, TARGET]) assert.ok(!text.includes(value), `${where} shows ${value}`)
      })
    } finally {
      await github.close()
    }
  })
})
