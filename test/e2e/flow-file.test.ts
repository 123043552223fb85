import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import type { ActionRun } from '../../harness/run-action.js'
import { FLOW_ID, bearer, exportVersion, mainIvr, withEmulator } from '../helpers/emulator.js'
import { errors, runBundle } from '../helpers/bundle.js'
import { pullRequestEnv, startGithubApi } from '../helpers/github-api.js'

const audit = (run: ActionRun) => run.audit as Record<string, any>
/** The platform as public evidence describes it; jobs short so that the tests stay quick. */
const REAL = { publishOnlyCheckedIn: true, exportDurationMs: 40, importDurationMs: 40 }

/** A repository checkout with flow files in it: the runner's GITHUB_WORKSPACE. */
function workspace(files: Record<string, string>): { env: Record<string, string>; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flow-file-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return { env: { GITHUB_WORKSPACE: dir }, dir }
}

function ivrFile(tts: string, name = 'Main IVR', key = 'inboundCall'): string {
  return [
    `${key}:`,
    `  name: ${name}`,
    '  description: From the repository',
    '  startUpRef: "./menus/menu[Main Menu]"',
    '  menus:',
    '    - menu:',
    '        name: Main Menu',
    '        audio:',
    `          tts: "${tts}"`,
    ''
  ].join('\n')
}

const imports = (emu: { writes(): { method: string; path: string }[] }) =>
  emu.writes().filter((w) => w.path.startsWith('/api/v2/flows/jobs')).length

describe('bundle: deploy a flow file', () => {
  it('against exports that add what the platform fills in: unchanged with no import, in sync, a change imported and found', async () => {
    const { env, dir } = workspace({ 'main.yaml': ivrFile('Hello.') })
    await withEmulator({ ...REAL, flows: [mainIvr()] }, async (emu) => {
      const first = await runBundle(emu.url, { 'flow-file': 'main.yaml' }, { env })
      assert.equal(first.outputs.status, 'switched', first.stdout)
      // The emulator is no kinder than the platform: its export holds blocks the file leaves out.
      const exported = await exportVersion(emu.url, await bearer(emu.url), '4.0')
      assert.match(exported, /^ {2}settingsActionDefaults:$/m)
      assert.doesNotMatch(ivrFile('Hello.'), /settings/)
      assert.equal(imports(emu), 1)

      const again = await runBundle(emu.url, { 'flow-file': 'main.yaml' }, { env })
      assert.equal(again.outputs.status, 'unchanged', again.stdout)
      assert.equal(imports(emu), 1, 'no import job the second time')
      const beyond = audit(again).flowFile.liveBeyondFile
      assert.equal(beyond.version, '4.0')
      assert.ok(beyond.keys.includes('settingsMenu'), beyond.keys.join(', '))
      assert.match(again.summary, /4\.0 also holds what main\.yaml leaves out.*settingsActionDefaults/)

      const inSync = await runBundle(emu.url, { 'flow-file': 'main.yaml', mode: 'check' }, { env })
      assert.equal(inSync.outputs.status, 'in-sync', inSync.stdout)
      assert.equal(inSync.exitCode, 0)

      writeFileSync(path.join(dir, 'main.yaml'), ivrFile('Hello again.'))
      const drifted = await runBundle(emu.url, { 'flow-file': 'main.yaml', mode: 'check' }, { env })
      assert.equal(drifted.outputs.status, 'drifted')
      assert.equal(drifted.exitCode, 1)
      assert.match(
        audit(drifted).error.message,
        /4\.0 is live, with other content than main\.yaml: menus\[0\]\.menu\.audio\.tts/
      )
      assert.equal(imports(emu), 1, 'a check writes nothing')

      const changed = await runBundle(emu.url, { 'flow-file': 'main.yaml' }, { env })
      assert.equal(changed.outputs.status, 'switched', changed.stdout)
      assert.equal(changed.outputs['published-version'], '5.0')
      assert.equal(imports(emu), 2)
      assert.match(audit(changed).notes.join('\n'), /main\.yaml is live as version 5\.0, verified by content/)
      const live = emu.state.flow(FLOW_ID)!
      assert.equal(live.publishedVersionId, '5.0')
      assert.match(live.versions.get('5.0')!.content, /Hello again\./)
    })
  })

  it('imports a changed file as a new version, verified by content; the same file again is unchanged', async () => {
    const { env } = workspace({
      'flows/main-ivr.yaml': ivrFile('Welcome to {{brand}}.'),
      'flows/unused.txt': ''
    })
    await withEmulator({ ...REAL, flows: [mainIvr()] }, async (emu) => {
      const inputs = { 'flow-file': 'flows/main-ivr.yaml', substitutions: 'brand: Acme' }
      const plan = await runBundle(emu.url, { ...inputs, mode: 'plan' }, { env })
      assert.equal(plan.outputs.status, 'planned')
      const run = await runBundle(emu.url, inputs, { env })
      assert.equal(run.exitCode, 0, run.stdout + run.stderr)
      const o = run.outputs
      assert.deepEqual([o.status, o['previous-version'], o['published-version']], ['switched', '2.0', '4.0'])
      assert.equal(o['flow-id'], FLOW_ID)
      const live = emu.state.flow(FLOW_ID)!
      assert.equal(live.publishedVersionId, '4.0')
      assert.match(live.versions.get('4.0')!.content, /Welcome to Acme\./)
      const record = audit(run).flowFile
      assert.equal(record.path, 'flows/main-ivr.yaml')
      assert.match(record.sha256, /^sha256:[0-9a-f]{64}$/)
      assert.match(record.substitutedSha256, /^sha256:[0-9a-f]{64}$/)
      assert.notEqual(record.sha256, record.substitutedSha256)
      assert.match(record.importJobId, /^[0-9a-f-]{36}$/)
      assert.deepEqual([record.command, record.version], ['Update', '4.0'])
      assert.match(readFileSync(o['backup-file']!, 'utf8'), /This is version 2\.0/)
      assert.equal(imports(emu), 1)
      // The plan and the apply describe the same change: a workflow can compare the two.
      assert.match(plan.outputs['plan-fingerprint']!, /^sha256:/)
      assert.equal(o['plan-fingerprint'], plan.outputs['plan-fingerprint'])

      const again = await runBundle(emu.url, inputs, { env })
      assert.equal(again.exitCode, 0, again.stdout)
      assert.equal(again.outputs.status, 'unchanged')
      assert.equal(imports(emu), 1, 'no second import')
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '4.0')
    })
  })

  it('refuses a file that names another flow or another type, with no write', async () => {
    const { env } = workspace({
      'renamed.yaml': ivrFile('Hello.', 'Main IVR v2'),
      'module.yaml': ivrFile('Hello.', 'Main IVR', 'commonModule')
    })
    await withEmulator({ ...REAL, flows: [mainIvr()] }, async (emu) => {
      const renamed = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'flow-file': 'renamed.yaml' }, { env })
      assert.equal(renamed.exitCode, 1)
      assert.equal(renamed.outputs.status, 'failed')
      assert.match(
        audit(renamed).error.message,
        /names the inboundCall flow "Main IVR v2", but flow .* is the inboundCall flow "Main IVR".*second flow/
      )
      const wrongType = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'flow-file': 'module.yaml' }, { env })
      assert.match(audit(wrongType).error.message, /names the commonModule flow "Main IVR"/)
      // Found by its name and type, a file whose flow does not exist is refused: flows are not created.
      const missing = await runBundle(emu.url, { 'flow-file': 'renamed.yaml' }, { env })
      assert.equal(missing.outputs.status, 'failed')
      assert.match(audit(missing).error.message, /Main IVR v2/)
      assert.equal(emu.writes().length, 0)
    })
  })

  it('refuses a placeholder without a value, and a bad file, before any request', async () => {
    const { env } = workspace({
      'a.yaml': ivrFile('{{greeting}} {{ brand }}'),
      'bad.yaml': 'inboundCall:\n  name: [x\n',
      'no-type.yaml': 'name: Main IVR\nmenus: []\n',
      'platform-type.yaml': 'inboundcall:\n  name: Main IVR\n'
    })
    await withEmulator({ ...REAL, flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-file': 'a.yaml', substitutions: 'brand: Acme' }, { env })
      assert.equal(run.exitCode, 1)
      assert.match(
        errors(run),
        /flow-file.*a\.yaml line 9 has the placeholder \{\{greeting\}\}, which substitutions gives no value/
      )
      const unused = await runBundle(
        emu.url,
        { 'flow-file': 'a.yaml', substitutions: 'greeting: Hi\nbrand: A\nbrnad: B' },
        { env }
      )
      assert.match(errors(unused), /substitutions.*"brnad" is used by no flow file/)
      const bad = await runBundle(emu.url, { 'flow-file': 'bad.yaml' }, { env })
      assert.match(errors(bad), /flow-file.*bad\.yaml is not valid YAML \(line \d+, column \d+\)/)
      const noType = await runBundle(emu.url, { 'flow-file': 'no-type.yaml' }, { env })
      assert.match(errors(noType), /flow-file.*no-type\.yaml does not start with a flow type.*"name", "menus"/)
      // A file for another kind of flow type: the platform's name of the type, not Archy's key.
      const platformType = await runBundle(emu.url, { 'flow-file': 'platform-type.yaml' }, { env })
      assert.match(errors(platformType), /flow-file.*platform-type\.yaml .*"inboundcall".*as Archy does: inboundCall/)
      for (const run of [bad, noType, platformType]) assert.equal(run.outputs.status, 'failed')
      const both = await runBundle(emu.url, { 'flow-file': 'a.yaml', 'target-version': '3.0' }, { env })
      assert.match(errors(both), /target-version.*does not go with flow-file/)
      assert.equal(emu.requests.length, 0)
    })
  })

  it('keeps a secret substitution out of the diff, the log, the record, the outputs and the comment', async () => {
    const SECRET = 'pk_live_9f8e7d6c5b4a'
    // Short, and read as a number by YAML's core schema (0x1F stays as written: the failsafe schema).
    const SHORT = '00420042'
    const { env } = workspace({ 'main.yaml': ivrFile('Key {{apiKey}} for {{brand}}, pin{{pin}}.') })
    const github = await startGithubApi()
    try {
      await withEmulator({ ...REAL, flows: [mainIvr()] }, async (emu) => {
        const substitutions = `brand: Acme\napiKey:\n  secret: ${SECRET}\npin:\n  secret: ${SHORT}\n`
        const run = await runBundle(
          emu.url,
          { 'flow-file': 'main.yaml', substitutions, mode: 'plan', diff: 'always' },
          { env: { ...env, ...pullRequestEnv(github.url) } }
        )
        assert.equal(run.exitCode, 0, run.stdout)
        assert.equal(run.outputs.status, 'planned')
        const comment = github.comments[0]!.body
        assert.match(comment, /\| 2\.0 → main\.yaml \| 📝 planned \|/)
        assert.match(
          comment,
          /Import main\.yaml as a new version of Main IVR \(live now: 2\.0\); the import job publishes it/
        )
        assert.match(comment, /Key &lt;masked&gt; for Acme, pin&lt;masked&gt;|Key <masked> for Acme, pin<masked>/)
        const log = run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n')
        for (const [where, text] of Object.entries({
          log,
          stderr: run.stderr,
          summary: run.summary,
          comment,
          record: JSON.stringify(run.audit),
          outputs: JSON.stringify(run.outputs)
        }))
          for (const secret of [SECRET, SHORT]) assert.ok(!text.includes(secret), `${secret} is in the ${where}`)
        assert.ok(run.stdout.includes(`::add-mask::${SECRET}`), 'the secret was masked')
        assert.equal(emu.writes().length, 0)
      })
    } finally {
      await github.close()
    }
  })

  it('fails with the import job’s message, the previous content still live', async () => {
    const { env } = workspace({ 'main.yaml': ivrFile('New greeting.') })
    const failure = "Unable to find a queue named 'Billing'."
    await withEmulator({ ...REAL, flows: [mainIvr({ jobs: { importFailure: failure } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-file': 'main.yaml' }, { env })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'failed')
      assert.match(audit(run).error.message, /Unable to find a queue named 'Billing'\./)
      assert.match(run.summary, /Unable to find a queue named/)
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
    })
  })

  it('plans with the diff and writes nothing; check mode tells in sync from drifted', async () => {
    const { env } = workspace({ 'main.yaml': ivrFile('New greeting.') })
    await withEmulator({ ...REAL, flows: [mainIvr()] }, async (emu) => {
      const plan = await runBundle(emu.url, { 'flow-file': 'main.yaml', mode: 'plan' }, { env })
      assert.equal(plan.exitCode, 0, plan.stdout)
      assert.equal(plan.outputs.status, 'planned')
      assert.match(plan.summary, /\| 2\.0 → main\.yaml \| 📝 planned \|/)
      assert.match(plan.summary, /-\s+tts: "?Welcome\. This is version 2\.0\."?(\n|<\/pre>)/)
      assert.match(plan.summary, /\+\s+tts: "?New greeting\."?(\n|<\/pre>)/)
      // Quoting and layout are not content: the flow's name, the same on both sides, is no diff line.
      assert.doesNotMatch(plan.summary, /^[-+]\s+name: /m)
      assert.equal(emu.writes().length, 0)

      const drifted = await runBundle(emu.url, { 'flow-file': 'main.yaml', mode: 'check' }, { env })
      assert.equal(drifted.outputs.status, 'drifted')
      assert.equal(drifted.exitCode, 1)
      const applied = await runBundle(emu.url, { 'flow-file': 'main.yaml' }, { env })
      assert.equal(applied.outputs.status, 'switched')
      const inSync = await runBundle(emu.url, { 'flow-file': 'main.yaml', mode: 'check' }, { env })
      assert.equal(inSync.outputs.status, 'in-sync', inSync.stdout)
      assert.equal(inSync.exitCode, 0)
    })
  })

  it('deploys a manifest of three flow files; an atomic failure restores the others', async () => {
    const ids = ['5d3a2f7e-2222-4c4c-9a9a-0123456789ab', '5d3a2f7e-3333-4c4c-9a9a-0123456789ab']
    const flows = [
      mainIvr(),
      { id: ids[0], name: 'Greeting', type: 'commonmodule', versions: ['1.0'], published: '1.0' },
      { id: ids[1], name: 'Billing', type: 'inboundcall', versions: ['1.0'], published: '1.0' }
    ]
    const manifest = [
      'atomic: true',
      'stages:',
      '  - name: modules',
      '    flows:',
      '      - flow-file: flows/greeting.yaml',
      '  - name: inbound',
      '    flows:',
      '      - flow-file: flows/main-ivr.yaml',
      '      - flow-file: flows/billing.yaml',
      ''
    ].join('\n')
    const { env } = workspace({
      'release.yaml': manifest,
      'flows/greeting.yaml': ivrFile('Shared hello.', 'Greeting', 'commonModule'),
      'flows/main-ivr.yaml': ivrFile('Main hello.'),
      'flows/billing.yaml': ivrFile('Billing hello.', 'Billing')
    })
    await withEmulator({ ...REAL, flows }, async (emu) => {
      const run = await runBundle(emu.url, { manifest: 'release.yaml' }, { env })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.status, 'switched')
      for (const [id, text] of [
        [FLOW_ID, 'Main hello'],
        [ids[0]!, 'Shared hello'],
        [ids[1]!, 'Billing hello']
      ] as const) {
        const flow = emu.state.flow(id)!
        assert.match(flow.versions.get(flow.publishedVersionId!)!.content, new RegExp(text))
      }
    })
    await withEmulator(
      { ...REAL, flows: [flows[0]!, flows[1]!, { ...flows[2]!, jobs: { importFailure: 'Unable to find a queue.' } }] },
      async (emu) => {
        const run = await runBundle(emu.url, { manifest: 'release.yaml' }, { env })
        assert.equal(run.exitCode, 1)
        const live = (id: string) => {
          const flow = emu.state.flow(id)!
          return flow.versions.get(flow.publishedVersionId!)!.content
        }
        // What the two imports put live was rolled back by restoring what was live before.
        assert.match(live(FLOW_ID), /This is version 2\.0/)
        assert.match(live(ids[0]!), /This is version 1\.0/)
        assert.match(live(ids[1]!), /This is version 1\.0/)
        const records = (run.audit as any).flows as any[]
        assert.deepEqual(
          records.map((f) => f.status),
          ['rolled-back', 'rolled-back', 'failed']
        )
      }
    )
  })
})
