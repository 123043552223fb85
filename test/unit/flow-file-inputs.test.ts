import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { InputError } from '../../src/model/errors.js'
import { MAX_FLOW_FILE_BYTES, loadFlowFile, parseSubstitutions } from '../../src/inputs/flow-file.js'
import { loadManifest } from '../../src/inputs/manifest.js'

const where = { input: 'flow-file', prefix: '' }

function dirWith(files: Record<string, string>): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flow-file-unit-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return { GITHUB_WORKSPACE: dir }
}

async function refusal(work: () => Promise<unknown>): Promise<InputError> {
  try {
    await work()
  } catch (err) {
    assert.ok(err instanceof InputError, String(err))
    return err
  }
  assert.fail('accepted')
}

describe('substitutions', () => {
  it('reads strings, numbers and booleans, and masks {secret: …} values only', async () => {
    const masked: string[] = []
    const map = await parseSubstitutions('queue: Sales\nretries: 3\nopen: true\nkey:\n  secret: s3cr3t-value\n', (s) =>
      masked.push(s)
    )
    assert.deepEqual(Object.fromEntries(map), {
      queue: { value: 'Sales', secret: false },
      retries: { value: '3', secret: false },
      open: { value: 'true', secret: false },
      key: { value: 's3cr3t-value', secret: true }
    })
    assert.deepEqual(masked, ['s3cr3t-value'])
  })

  it('keeps values as written (0800 is not 800, 1.10 not 1.1), and refuses a secret too short to keep out of the record', async () => {
    const map = await parseSubstitutions('dial: 0800\nversion: 1.10\nkey:\n  secret: 00420042\n', () => undefined)
    assert.deepEqual(
      [...map.values()].map((v) => v.value),
      ['0800', '1.10', '00420042']
    )
    const short = await refusal(() => parseSubstitutions('pin:\n  secret: 42', () => undefined))
    assert.match(short.message, /pin: a secret must have at least 8 characters/)
    // A plan job without the secret gives an empty stand-in: no refusal, and it hides nothing (no
    // mask, no pattern: an empty pattern would match between every two characters).
    const masked: string[] = []
    const empty = await parseSubstitutions('partnerApiKey:\n  secret: ""\n', (s) => masked.push(s))
    assert.deepEqual([empty.get('partnerApiKey'), masked], [{ value: '', secret: false }, []])
    const { flowFile } = await loadFlowFile(
      'k.yaml',
      empty,
      dirWith({ 'k.yaml': 'commonModule:\n  name: Greeting\n  key: "{{partnerApiKey}}"\n' }),
      where
    )
    assert.deepEqual(flowFile.secrets, [])
    assert.equal(flowFile.content, 'commonModule:\n  name: Greeting\n  key: ""\n')
    assert.doesNotMatch(short.message, /42\b(?! characters)/)
  })

  it('refuses what is not a mapping of names to values, never echoing a value', async () => {
    const masked = () => undefined
    assert.match((await refusal(() => parseSubstitutions('- a\n- b', masked))).message, /must be a YAML mapping/)
    assert.match((await refusal(() => parseSubstitutions('a: [1, 2]', masked))).message, /a: must be a string/)
    assert.match((await refusal(() => parseSubstitutions('"a b": x', masked))).message, /placeholder name/)
    const other = await refusal(() => parseSubstitutions('k:\n  secret: hunter22\n  note: x', masked))
    assert.match(other.message, /takes only the key secret/)
    const invalid = await refusal(() => parseSubstitutions('k: "hunter22', masked))
    assert.equal(invalid.input, 'substitutions')
    assert.doesNotMatch(invalid.message, /hunter22/)
  })
})

describe('flow files', () => {
  const file = 'commonModule:\n  name: Greeting\n  text: "{{ word }}, {{name}}"\n'

  it('substitutes placeholders, names the flow by the top-level key, and hashes before and after', async () => {
    const env = dirWith({ 'g.yaml': file })
    const subs = await parseSubstitutions('word: Hello\nname: Ann', () => undefined)
    const { flowFile, used } = await loadFlowFile('g.yaml', subs, env, where)
    assert.equal(flowFile.content, 'commonModule:\n  name: Greeting\n  text: "Hello, Ann"\n')
    assert.deepEqual([flowFile.flowType, flowFile.flowName], ['commonmodule', 'Greeting'])
    assert.deepEqual([...used].sort(), ['name', 'word'])
    assert.notEqual(flowFile.sha256, flowFile.substitutedSha256)
  })

  it('does not take braces across lines for a placeholder: an input error, not a crash', async () => {
    const env = dirWith({ 'g.yaml': 'commonModule:\n  name: Greeting\n  text: "{{\n name}}"\n' })
    const subs = await parseSubstitutions('name: Ann', () => undefined)
    const err = await refusal(() => loadFlowFile('g.yaml', subs, env, where))
    assert.equal(err.input, 'flow-file')
  })

  it('hashes the substituted file with its secrets as stand-ins: no hash of a secret in the record', async () => {
    const env = dirWith({ 'g.yaml': 'commonModule:\n  name: Greeting\n  text: "{{key}}"\n' })
    const one = await loadFlowFile(
      'g.yaml',
      await parseSubstitutions('key:\n  secret: s3cr3t-one', () => undefined),
      env,
      where
    )
    const two = await loadFlowFile(
      'g.yaml',
      await parseSubstitutions('key:\n  secret: s3cr3t-two', () => undefined),
      env,
      where
    )
    assert.equal(one.flowFile.substitutedSha256, two.flowFile.substitutedSha256)
    assert.notEqual(one.flowFile.content, two.flowFile.content)
    assert.deepEqual(one.flowFile.secrets, ['s3cr3t-one'])
  })

  it('names the line of a placeholder without a value', async () => {
    const env = dirWith({ 'g.yaml': file })
    const subs = await parseSubstitutions('word: Hello', () => undefined)
    const err = await refusal(() => loadFlowFile('g.yaml', subs, env, where))
    assert.equal(err.input, 'flow-file')
    assert.match(err.message, /g\.yaml line 3 has the placeholder \{\{name\}\}/)
  })

  it('refuses files that name no known flow type or no name, that are too big or missing', async () => {
    const env = dirWith({
      'list.yaml': '- a\n',
      'two.yaml': 'inboundCall:\n  name: A\ncommonModule:\n  name: B\n',
      'unknown.yaml': 'inboundCal:\n  name: A\n',
      'noname.yaml': 'x: 1\ninboundCall:\n  description: A\n'.replace('x: 1\n', ''),
      'big.yaml': `inboundCall:\n  name: A\n  blob: "${'x'.repeat(MAX_FLOW_FILE_BYTES)}"\n`
    })
    const none = new Map()
    const message = async (name: string) => (await refusal(() => loadFlowFile(name, none, env, where))).message
    assert.match(await message('list.yaml'), /does not start with a flow type/)
    assert.match(await message('two.yaml'), /its top level must be one key.*"inboundCall", "commonModule"/)
    assert.match(await message('unknown.yaml'), /"inboundCal".*known types: inboundCall/)
    assert.match(await message('noname.yaml'), /names no flow: inboundCall\.name must be the flow's name \(line 2\)/)
    assert.match(await message('big.yaml'), /a flow file may have at most 5242880 \(5 MiB\)/)
    assert.match(await message('gone.yaml'), /cannot read gone\.yaml: ENOENT/)
  })

  it('gives the position, not the text, of a YAML error after substitution', async () => {
    const env = dirWith({ 'g.yaml': 'inboundCall:\n  name: "{{secret}}\n' })
    const subs = await parseSubstitutions('secret:\n  secret: hunter22', () => undefined)
    const err = await refusal(() => loadFlowFile('g.yaml', subs, env, where))
    assert.match(err.message, /is not valid YAML \(line \d+, column \d+\), after substitution/)
    assert.doesNotMatch(err.message, /hunter22/)
  })

  it('redacts a substituted secret in a top-level key it quotes, before cutting the key short', async () => {
    const SECRET = 'pk_live_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e'
    const env = dirWith({ 'g.yaml': 'x{{key}}:\n  name: A\n' })
    const subs = await parseSubstitutions(`key:\n  secret: ${SECRET}`, () => undefined)
    const err = await refusal(() => loadFlowFile('g.yaml', subs, env, where))
    assert.match(err.message, /g\.yaml does not start with a flow type.*\(it has "x<masked>"\)/)
    // Not the secret, nor any 8 characters of it (a key cut at 40 characters must not leave a prefix).
    for (let i = 0; i + 8 <= SECRET.length; i++) assert.ok(!err.message.includes(SECRET.slice(i, i + 8)), err.message)
  })

  it("names Archy's key for a file that names the type as the platform does", async () => {
    const env = dirWith({ 'g.yaml': 'INBOUNDCALL:\n  name: A\n', 'h.yaml': 'inboundcall:\n  name: A\n' })
    for (const name of ['g.yaml', 'h.yaml']) {
      const err = await refusal(() => loadFlowFile(name, new Map(), env, where))
      assert.match(
        err.message,
        new RegExp(`${name.replace('.', '\\.')} does not start with a flow type.*as Archy does: inboundCall$`)
      )
    }
  })
})

describe('manifest: flow files and messages', () => {
  async function manifestRefusal(text: string): Promise<string> {
    const env = dirWith({ 'release.yml': text })
    return (await refusal(() => loadManifest('release.yml', env))).message
  }

  it('takes flow-file instead of target-version, and not both', async () => {
    const env = dirWith({ 'release.yml': 'flows:\n  - flow-file: flows/a.yaml\n' })
    const plan = await loadManifest('release.yml', env)
    assert.equal(plan.stages[0]!.flows[0]!.flowFilePath, 'flows/a.yaml')
    assert.match(
      await manifestRefusal('flows:\n  - { flow-file: a.yaml, target-version: "3.0" }\n'),
      /target-version: does not go with flow-file/
    )
    assert.match(
      await manifestRefusal('flows:\n  - { flow-file: a.yaml, flow-name: A, flow-type: inboundcall }\n'),
      /flow-name: does not go with flow-file/
    )
  })

  it('says a missing target-version is required, and which key a misspelt one meant', async () => {
    const id = '5d3a2f7e-1111-4c4c-9a9a-0123456789ab'
    assert.match(await manifestRefusal(`flows:\n  - flow-id: ${id}\n`), /target-version: is required/)
    assert.match(
      await manifestRefusal(`flows:\n  - { flow-id: ${id}, target_version: "3.0" }\n`),
      /unknown field "target_version" \(did you mean target-version\?\)/
    )
    assert.match(await manifestRefusal('Atomic: true\nflows: []\n'), /unknown field "Atomic" \(did you mean atomic\?\)/)
  })
})
