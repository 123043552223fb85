import { parseAllDocuments, stringify } from 'yaml'

/**
 * What an export writes for a flow version, as public evidence shows a real one doing (an Archy
 * export of an inbound call flow on the Genesys developer blog; reference/platform-evidence.md,
 * third revision): more than the file it came from. Under the flow it writes the keys a file leaves
 * to defaults (`description: ""`, the division, a start-up reference, the languages and the settings
 * blocks), its own key order first, strings unquoted where YAML allows, no comments. The values of
 * the defaults are this emulator's (assumed); the keys, their order and their shape are the
 * evidence's. A value the file sets is written as the file sets it (assumed: nothing public shows an
 * export rewriting one).
 */

type Tree = Record<string, unknown>

/** Flows that take calls: the blog's export shows these blocks for an inbound call flow. */
const CALL_FLOWS = new Set(['inboundCall', 'inQueueCall', 'outboundCall', 'secureCall'])

/** The export's order of the keys it writes first; the file's other keys follow, in the file's order. */
const ORDER = [
  'name',
  'description',
  'division',
  'startUpRef',
  'defaultLanguage',
  'supportedLanguages',
  'initialGreeting',
  'settingsActionDefaults',
  'settingsErrorHandling',
  'settingsMenu',
  'settingsPrompts'
]

const seconds = (n: number) => ({ lit: { seconds: n } })
const noValue = { noValue: true }

/** The blocks a call flow's export holds when the file leaves them out. */
const CALL_SETTINGS: Tree = {
  settingsActionDefaults: {
    playAudioOnSilence: { timeout: seconds(40) },
    detectSilence: { timeout: seconds(40) },
    collectInput: { noEntryTimeout: seconds(5) },
    dialByExtension: { interDigitTimeout: seconds(6) },
    transferToFlow: { connectTimeout: noValue },
    transferToNumber: { connectTimeout: noValue },
    transferToUser: { connectTimeout: noValue },
    transferToGroup: { connectTimeout: noValue }
  },
  settingsErrorHandling: {
    errorHandling: { disconnect: { none: true } },
    preHandlingAudio: { tts: 'Sorry, an error occurred. Please try your call again.' }
  },
  settingsMenu: {
    extensionDialingMaxDelay: seconds(1),
    listenForExtensionDialing: { lit: true },
    menuSelectionTimeout: seconds(10),
    repeatCount: { lit: 3 }
  },
  settingsPrompts: { ensureAudioInPrompts: false }
}

/** Every other flow type: only error handling (assumed). */
const OTHER_SETTINGS: Tree = { settingsErrorHandling: { errorHandling: { endFlow: { none: true } } } }

const isMapping = (value: unknown): value is Tree => !!value && typeof value === 'object' && !Array.isArray(value)

/** The file's one document as `{key, body}`, or undefined when it is not a flow file. */
function flowOf(text: string): { key: string; body: Tree } | undefined {
  const docs = parseAllDocuments(text) as unknown as { errors: unknown[]; toJS(): unknown }[]
  if (!Array.isArray(docs) || docs.length !== 1 || docs[0]!.errors.length) return undefined
  const root = docs[0]!.toJS()
  if (!isMapping(root) || Object.keys(root).length !== 1) return undefined
  const key = Object.keys(root)[0]!
  return isMapping(root[key]) ? { key, body: root[key] } : undefined
}

/** `defaults` with `file` over it: mappings merged (the defaults' keys first), any other value the file's. */
function merge(defaults: unknown, file: unknown): unknown {
  if (file === null || file === undefined) return defaults
  if (!isMapping(defaults) || !isMapping(file)) return file
  const merged: Tree = {}
  for (const [key, value] of Object.entries(defaults)) merged[key] = merge(value, file[key])
  for (const [key, value] of Object.entries(file)) if (!(key in merged)) merged[key] = value
  return merged
}

/** Where the flow starts when the file does not say: its first task, else its first menu. */
function startUpRef(key: string, body: Tree): string | undefined {
  for (const [list, item] of [
    ['tasks', 'task'],
    ['menus', 'menu']
  ] as const) {
    const first = Array.isArray(body[list]) ? (body[list] as unknown[])[0] : undefined
    const name = isMapping(first) && isMapping(first[item]) ? first[item].name : undefined
    if (typeof name === 'string') return `/${key}/${list}/${item}[${name}]`
  }
  return undefined
}

/** The flow's content as the platform holds it: the file with the defaults it leaves out filled in, in the export's order. */
export function platformContent(key: string, body: Tree, division: string): Tree {
  const call = CALL_FLOWS.has(key)
  const language = typeof body.defaultLanguage === 'string' ? body.defaultLanguage : 'en-us'
  const defaults: Tree = {
    description: '',
    division,
    startUpRef: startUpRef(key, body),
    defaultLanguage: language,
    supportedLanguages: {
      [language]: {
        defaultLanguageSkill: noValue,
        ...(call ? { textToSpeech: { defaultEngine: { voice: 'Jill' } } } : {})
      }
    },
    ...(call ? CALL_SETTINGS : OTHER_SETTINGS)
  }
  const merged = merge(defaults, body) as Tree
  const ordered: Tree = {}
  for (const k of [...ORDER, ...Object.keys(merged)])
    if (!(k in ordered) && merged[k] !== undefined) ordered[k] = merged[k]
  return ordered
}

/**
 * The export of `content` as the platform writes it, `metadata` first under the flow; undefined
 * for `roundTrip` (the file is given back as it was imported) and for a text that is not one flow
 * document, which the caller writes as it is.
 */
export function renderExport(
  content: string,
  metadata: Tree,
  options: { roundTrip: boolean; division: string }
): string | undefined {
  const flow = options.roundTrip ? undefined : flowOf(content)
  if (!flow) return undefined
  // A file that came from an export carries its metadata: the new export's replaces it.
  const { exportDate: _date, exportedVersion: _version, ...own } = flow.body
  const body = { ...metadata, ...platformContent(flow.key, own, options.division) }
  // Defaults share objects: written out in full, not as YAML anchors and aliases.
  return stringify({ [flow.key]: body }, { lineWidth: 0, aliasDuplicateObjects: false })
}

/** The flow's content as the platform holds it, for comparing two files; undefined when not a flow file. */
export function platformTree(content: string, division: string): Tree | undefined {
  const flow = flowOf(content)
  if (!flow) return undefined
  const { exportDate: _date, exportedVersion: _version, ...body } = flow.body
  return { [flow.key]: platformContent(flow.key, body, division) }
}
