import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { Inputs } from '../model/action.js'
import { InputError } from '../model/errors.js'
import { FILE_KEY_NAMES, fileKeyOf, flowTypeOfFileKey } from '../model/flow-types.js'
import { substitute, withoutSecrets, type FlowFile, type Substitution } from '../model/plan.js'
import { isMaskable } from '../model/secrets.js'

/**
 * `flow-file` and `substitutions`: the file is read, its `{{key}}` placeholders replaced and the
 * result parsed before any request, so that a bad file is an input error that names its line.
 */

/** Archy files of large flows run to a few hundred KB; 5 MiB leaves room and bounds what is held. */
export const MAX_FLOW_FILE_BYTES = 5 * 1024 * 1024

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/

/**
 * A secret shorter than this cannot be kept out of the record: replacing it wherever it appears
 * would also replace innocent text (ids, versions), and standing alone it could hide inside words.
 */
export const MIN_SECRET_LENGTH = 8

/**
 * Parses `substitutions`: a YAML mapping of placeholder names to strings, numbers or booleans, or to
 * `{secret: value}`. Values are never echoed in an error: any of them may be a secret.
 */
export async function parseSubstitutions(
  text: string | undefined,
  mask: (secret: string) => void
): Promise<Map<string, Substitution>> {
  const map = new Map<string, Substitution>()
  if (text === undefined) return map
  const { parseDocument } = await import('yaml')
  // Values are text as written: the failsafe schema keeps 0800 and 1.10 as they are, not as numbers.
  const doc = parseDocument(text, { schema: 'failsafe' })
  if (doc.errors.length) {
    const at = doc.errors[0]!.linePos?.[0]
    throw new InputError(Inputs.Substitutions, `is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}`)
  }
  const root = doc.toJS() as unknown
  if (!root || typeof root !== 'object' || Array.isArray(root))
    throw new InputError(
      Inputs.Substitutions,
      'must be a YAML mapping of placeholder names to values, e.g. queue: Sales'
    )
  for (const [key, raw] of Object.entries(root)) {
    if (!KEY.test(key))
      throw new InputError(
        Inputs.Substitutions,
        `has the key "${key.slice(0, 60)}": a placeholder name is letters, digits, _, . and -`
      )
    const declared = raw !== null && typeof raw === 'object' && !Array.isArray(raw)
    const value = declared ? (raw as Record<string, unknown>).secret : raw
    if (declared && Object.keys(raw).some((k) => k !== 'secret'))
      throw new InputError(Inputs.Substitutions, `${key}: a mapping value takes only the key secret, as {secret: …}`)
    if (typeof value !== 'string')
      throw new InputError(Inputs.Substitutions, `${key}: must be a string, a number, a boolean or {secret: …}`)
    // Empty: a plan job without the secret (a stand-in). It hides nothing: not masked, no pattern.
    const secret = declared && isMaskable(value)
    if (secret && value.length < MIN_SECRET_LENGTH)
      throw new InputError(
        Inputs.Substitutions,
        `${key}: a secret must have at least ${MIN_SECRET_LENGTH} characters: a shorter one cannot be kept out of the record without hiding innocent text too`
      )
    if (secret) mask(value)
    map.set(key, { value, secret })
  }
  return map
}

/**
 * Reads the flow file at `file` (relative to the workspace), substitutes it and checks that it names
 * a flow: its type by the top-level key, its name under it. `where` names the input or manifest
 * entry in errors. Answers the file and the placeholder names it used.
 */
export async function loadFlowFile(
  file: string,
  substitutions: ReadonlyMap<string, Substitution>,
  env: NodeJS.ProcessEnv,
  where: { input: string; prefix: string }
): Promise<{ flowFile: FlowFile; used: Set<string> }> {
  const fail = (message: string): never => {
    throw new InputError(where.input, `${where.prefix}${message}`)
  }
  const resolved = path.resolve(env.GITHUB_WORKSPACE || process.cwd(), file)
  const info = await stat(resolved).catch((err: NodeJS.ErrnoException) =>
    fail(`cannot read ${file}: ${err.code ?? err.message}`)
  )
  if (!info.isFile()) fail(`${file} is not a file`)
  if (info.size > MAX_FLOW_FILE_BYTES)
    fail(`${file} has ${info.size} bytes; a flow file may have at most ${MAX_FLOW_FILE_BYTES} (5 MiB)`)
  const raw = await readFile(resolved, 'utf8')

  const {
    text: content,
    used,
    secrets
  } = substitute(raw, substitutions, (key, line) =>
    fail(`${file} line ${line} has the placeholder {{${key}}}, which substitutions gives no value`)
  )

  const { LineCounter, parseDocument } = await import('yaml')
  const counter = new LineCounter()
  const doc = parseDocument(content, { lineCounter: counter })
  // The parser's own message quotes the line, which may hold a substituted secret: position only.
  if (doc.errors.length) {
    const at = doc.errors[0]!.linePos?.[0]
    fail(
      `${file} is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}${used.size ? ', after substitution' : ''}`
    )
  }
  const root = doc.toJS() as unknown
  const keys = root && typeof root === 'object' && !Array.isArray(root) ? Object.keys(root) : []
  const key = keys[0]
  const flowType = key === undefined ? undefined : flowTypeOfFileKey(key)
  if (keys.length !== 1 || !flowType) {
    // A key comes from the file after substitution: a secret put there is redacted before it is cut short.
    const quoted = keys.slice(0, 3).map((k) => `"${withoutSecrets(k, secrets).slice(0, 40)}"`)
    const near = keys.length === 1 ? fileKeyOf(key!) : undefined
    fail(
      `${file} does not start with a flow type: its top level must be one key such as inboundCall or commonModule${
        key ? ` (it has ${quoted.join(', ')})` : ''
      }${near ? `; a flow file names the type as Archy does: ${near}` : `; known types: ${FILE_KEY_NAMES.join(', ')}`}`
    )
  }
  const body = (root as Record<string, unknown>)[key!]
  const name = body && typeof body === 'object' ? (body as Record<string, unknown>).name : undefined
  if (typeof name !== 'string' || !name.trim()) {
    const node = doc.getIn([key!], true) as { range?: [number, number, number] } | undefined
    const line = node?.range ? ` (line ${counter.linePos(node.range[0]).line})` : ''
    fail(`${file} names no flow: ${key}.name must be the flow's name${line}`)
  }
  return {
    flowFile: {
      path: file,
      content,
      sha256: sha256(raw),
      // Over the secrets' stand-ins: a hash of the secret itself could be brute-forced from the record.
      substitutedSha256: sha256(withoutSecrets(content, secrets)),
      secrets,
      flowType: flowType!,
      flowName: name as string
    },
    used
  }
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}
