import { createHmac, randomBytes } from 'node:crypto'
import type { Node, Scalar } from 'yaml'
import { BUILT_IN_SECRET_KEYS, keyLetters } from '../model/secret-keys.js'

/**
 * Values a flow stores under a name that says it is a secret, hidden from the diffs of its flow
 * files: a secret substituted into a flow once stays in every later export, and a plan shows the
 * exports to everyone who reads the pull request. A secret under a neutral name is still shown:
 * nothing tells it from any other value.
 *
 * The summary, diffs included, is written synchronously (`writeReport` also runs from a SIGTERM
 * handler), so YAML is loaded before it, and only by runs that have a diff to show: an apply never
 * pays for it (`loadYamlForHiding`).
 */

let yaml: typeof import('yaml') | undefined

/** Loads YAML for `hideSecretValues`, once; a run with a diff awaits it before writing its summary. */
export async function loadYamlForHiding(): Promise<void> {
  yaml ??= await import('yaml')
}

/** How this run hides values: its name patterns, and the HMAC key made for it. */
export interface SecretHiding {
  /** Built-in and `redact-keys` patterns, compared as `keyLetters` writes them. */
  patterns: readonly string[]
  /**
   * Random, made for the run and never written anywhere: the same value gets the same mark within
   * the run (a reviewer sees which values changed), and no mark can be looked up afterwards.
   */
  key: Uint8Array
}

/** Hex digits of the HMAC shown: 48 bits tell a run's values apart. */
const MARK_HEX = 12

/** What stands in for a file that is not YAML: its values cannot be told apart from its keys. */
export const UNREADABLE_FILE = '# Not shown: this file could not be read as YAML, so its secrets could not be hidden.\n'

/** What stands in for a file when YAML was not loaded (a run cancelled before it was): never the file unchecked. */
export const UNCHECKED_FILE = '# Not shown: the run ended before this file could be checked for secrets.\n'

/** The run's hiding: the built-in patterns and `redactKeys`, under a new random key (one for tests). */
export function secretHiding(redactKeys: readonly string[], key: Uint8Array = randomBytes(32)): SecretHiding {
  return { patterns: [...new Set([...BUILT_IN_SECRET_KEYS, ...redactKeys].map(keyLetters))], key }
}

/** Whether a key, or a mapping's name, says that what it holds is a secret. */
export function namesSecret(name: string, hiding: SecretHiding): boolean {
  const letters = keyLetters(name)
  return hiding.patterns.some((pattern) => letters.includes(pattern))
}

/** `<hidden:hmac 1a2b3c4d5e6f>`: equal for equal values within the run. */
export function secretMark(value: string, hiding: SecretHiding): string {
  return `<hidden:hmac ${createHmac('sha256', hiding.key).update(value).digest('hex').slice(0, MARK_HEX)}>`
}

/**
 * `text` (a flow file, YAML) with each scalar value marked whose path has a key that names a
 * secret, or whose nearest enclosing mapping with a `name:` is named so (Archy writes a variable's
 * or a setting's value as `lit:`/`exp:` under its `name:`); only the nearest, or a task named
 * `Reset token` would hide every action in it, and never the flow's own name. The keys and the
 * `name:` values stay: the diff says what changed, not to what. Unchanged when nothing is hidden; a
 * file that is not YAML is replaced whole by `UNREADABLE_FILE`.
 */
export function hideSecretValues(text: string, hiding: SecretHiding): string {
  if (!yaml) return UNCHECKED_FILE
  const { isMap, isScalar, isSeq, parseDocument } = yaml
  const doc = parseDocument(text, { uniqueKeys: false })
  if (doc.errors.length) return UNREADABLE_FILE
  let hidden = 0
  const hide = (scalar: Scalar) => {
    if (scalar.value === null || scalar.value === undefined || String(scalar.value) === '') return
    scalar.value = secretMark(String(scalar.value), hiding)
    // Written as a plain string, without what the old value was written as or a comment beside it.
    delete scalar.type
    delete scalar.format
    delete scalar.tag
    delete scalar.comment
    hidden++
  }
  const walk = (node: Node | null | undefined, secret: boolean, holder: string | undefined, depth: number): void => {
    if (isScalar(node)) {
      if (secret || (holder !== undefined && namesSecret(holder, hiding))) hide(node)
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node, secret, holder, depth + 1)
    } else if (isMap(node)) {
      const name = node.get('name')
      // The flow's own mapping (under its type, at the top) names the flow, not a value in it.
      const named = depth >= 2 && typeof name === 'string' ? name : holder
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        // A `name:` is what names things (a task, an action, the variable itself): no name hides it.
        walk(pair.value as Node, secret || namesSecret(key, hiding), key === 'name' ? undefined : named, depth + 1)
      }
    }
  }
  walk(doc.contents as Node | null, false, undefined, 0)
  return hidden ? doc.toString({ lineWidth: 0 }) : text
}
