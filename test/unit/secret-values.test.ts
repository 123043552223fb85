import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { parse } from 'yaml'
import {
  UNCHECKED_FILE,
  UNREADABLE_FILE,
  loadYamlForHiding,
  hideSecretValues,
  namesSecret,
  secretHiding,
  secretMark
} from '../../src/audit/secret-values.js'

const KEY = Buffer.alloc(32, 1)
const hiding = secretHiding([], KEY)
const MARK = /^<hidden:hmac [0-9a-f]{12}>$/

/** The value at `path` of the hidden file, parsed. */
function at(text: string, path: (string | number)[]): unknown {
  return path.reduce<any>((node, step) => node?.[step], parse(text))
}

/** An Archy-like file: a setting under a secret-looking key, a named variable, and neutral values. */
function flowFile(apiKey: string, variable: string, greeting = 'Welcome'): string {
  return [
    'inboundCall:',
    '  name: Main IVR',
    '  division: Home',
    '  settings:',
    `    partnerApiKey: ${apiKey}`,
    '    timeoutSeconds: 40',
    '  variables:',
    '    - stringVariable:',
    '        name: Flow.partnerApiKey',
    '        initialValue:',
    `          lit: ${variable}`,
    '    - stringVariable:',
    '        name: Flow.greeting',
    '        initialValue:',
    `          lit: ${greeting}`,
    ''
  ].join('\n')
}

describe('secret values before YAML is loaded (a run cancelled before it had loaded it)', () => {
  it('shows no file unchecked', () => {
    assert.equal(hideSecretValues(flowFile('k-live-1234', 'v-live-5678'), hiding), UNCHECKED_FILE)
  })
})

describe('secret values in flow files', () => {
  before(loadYamlForHiding)
  it('hides a value under a key on its path that names a secret, keeping the key', () => {
    const text = hideSecretValues(flowFile('k-live-1234', 'v-live-5678'), hiding)
    assert.ok(!text.includes('k-live-1234'))
    assert.match(at(text, ['inboundCall', 'settings', 'partnerApiKey']) as string, MARK)
    assert.match(text, /^ {4}partnerApiKey: <hidden:hmac [0-9a-f]{12}>$/m)
  })

  it('hides every value below a secret key, in mappings and lists alike', () => {
    const text = hideSecretValues(
      'inboundCall:\n  name: X\n  credentials:\n    user: alice\n    keys: [one, two]\n    nested:\n      deep: three\n',
      hiding
    )
    for (const word of ['alice', 'one', 'two', 'three']) assert.ok(!text.includes(word), word)
    assert.match(at(text, ['inboundCall', 'credentials', 'keys', 1]) as string, MARK)
  })

  it('hides a lit: value under a mapping whose name says secret, keeping the name', () => {
    const text = hideSecretValues(flowFile('k', 'v-live-5678'), hiding)
    assert.ok(!text.includes('v-live-5678'))
    const variable = ['inboundCall', 'variables', 0, 'stringVariable']
    assert.equal(at(text, [...variable, 'name']), 'Flow.partnerApiKey')
    assert.match(at(text, [...variable, 'initialValue', 'lit']) as string, MARK)
  })

  it('leaves values under neutral keys and names as they are, and a file without secrets byte for byte', () => {
    const text = hideSecretValues(flowFile('k', 'v', 'Hello there'), hiding)
    assert.equal(at(text, ['inboundCall', 'variables', 1, 'stringVariable', 'initialValue', 'lit']), 'Hello there')
    assert.equal(at(text, ['inboundCall', 'settings', 'timeoutSeconds']), 40)
    assert.equal(at(text, ['inboundCall', 'division']), 'Home')
    const plain = 'inboundCall:\n  name: Main IVR\n  division:   Home   # spacing kept\n'
    assert.equal(hideSecretValues(plain, hiding), plain)
  })

  it('takes only the nearest name, and never the flow’s own or a name itself', () => {
    const text = hideSecretValues(
      [
        'inboundCall:',
        '  name: Token reset IVR',
        '  division: Home',
        '  tasks:',
        '    - task:',
        '        name: Reset password',
        '        refId: t1',
        '        actions:',
        '          - playAudio:',
        '              name: Say goodbye',
        '              audio: Tts("Bye")',
        ''
      ].join('\n'),
      hiding
    )
    assert.equal(at(text, ['inboundCall', 'name']), 'Token reset IVR')
    assert.equal(at(text, ['inboundCall', 'division']), 'Home', 'the flow’s name hides nothing')
    const task = ['inboundCall', 'tasks', 0, 'task']
    assert.equal(at(text, [...task, 'name']), 'Reset password')
    assert.match(at(text, [...task, 'refId']) as string, MARK, 'held by the task named so')
    const action = [...task, 'actions', 0, 'playAudio']
    assert.equal(at(text, [...action, 'name']), 'Say goodbye')
    assert.equal(at(text, [...action, 'audio']), 'Tts("Bye")', 'the action has a name of its own')
  })

  it('reads every built-in word in any case and spelling of its separators', () => {
    for (const name of [
      'clientSecret',
      'DB_PASSWORD',
      'passwd',
      'x-auth-token',
      'partnerApiKey',
      'API-Key',
      'api_key',
      'Flow.Credentials',
      'private_key'
    ])
      assert.ok(namesSecret(name, hiding), name)
    for (const name of ['name', 'division', 'greeting', 'queue', 'audio', 'timeoutSeconds'])
      assert.ok(!namesSecret(name, hiding), name)
  })

  it('adds the redact-keys patterns to the built-in ones', () => {
    const file =
      'inboundCall:\n  name: X\n  customerPin: 1234\n  settings:\n    - name: Flow.accountNumber\n      lit: 9876\n'
    const before = hideSecretValues(file, hiding)
    assert.match(before, /1234/)
    assert.match(before, /9876/)
    const after = hideSecretValues(file, secretHiding(['pin', 'accountnumber'], KEY))
    assert.ok(!after.includes('1234') && !after.includes('9876'), after)
    assert.ok(namesSecret('clientSecret', secretHiding(['pin'], KEY)), 'the built-in ones still apply')
  })

  it('marks a value alike within a run, other values otherwise, and differently under another key', () => {
    const text = hideSecretValues(flowFile('same-value-1', 'same-value-1'), hiding)
    const setting = at(text, ['inboundCall', 'settings', 'partnerApiKey'])
    const variable = at(text, ['inboundCall', 'variables', 0, 'stringVariable', 'initialValue', 'lit'])
    assert.equal(setting, variable)
    assert.notEqual(secretMark('same-value-1', hiding), secretMark('same-value-2', hiding))
    assert.equal(secretMark('same-value-1', hiding), secretMark('same-value-1', secretHiding([], KEY)))
    const otherRun = secretHiding([])
    assert.notEqual(secretMark('same-value-1', otherRun), secretMark('same-value-1', hiding))
    assert.notEqual(secretHiding([]).key.toString(), otherRun.key.toString(), 'a new key for each run')
  })

  it('hides a block scalar whole, and a comment beside a hidden value', () => {
    const text = hideSecretValues(
      'inboundCall:\n  name: X\n  privateKey: |\n    -----BEGIN KEY-----\n    c2VjcmV0\n  token: abc123 # was xyz789\n',
      hiding
    )
    for (const word of ['BEGIN', 'c2VjcmV0', 'abc123', 'xyz789']) assert.ok(!text.includes(word), word)
    assert.match(at(text, ['inboundCall', 'privateKey']) as string, MARK)
  })

  it('leaves empty and null values as they are: they hold nothing to hide', () => {
    const text = hideSecretValues('inboundCall:\n  name: X\n  token: ""\n  apiKey:\n  secret: s3cr3t-value\n', hiding)
    assert.equal(at(text, ['inboundCall', 'token']), '')
    assert.equal(at(text, ['inboundCall', 'apiKey']), null)
    assert.match(at(text, ['inboundCall', 'secret']) as string, MARK)
  })

  it('shows a file that is not YAML as a note, never as it is', () => {
    const text = hideSecretValues('inboundCall:\n  token: "unterminated\n  : : :\n', hiding)
    assert.equal(text, UNREADABLE_FILE)
  })
})
