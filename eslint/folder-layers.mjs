import path from 'node:path'

/**
 * The folders of src/ and what each may import. Layers go one way, so no import cycle between
 * folders can exist; the domain model imports nothing. Files at the root of src/ (index, deps,
 * main, cancel) wire the folders together and may import any of them; no folder imports them.
 * A nested folder (`promotion/switch`) is a room of its own: the run in `promotion/` stands on its
 * capabilities, and they on `promotion/platform`, never the other way.
 */
export const FOLDER_LAYERS = {
  model: {
    is: 'The domain: plans, outcomes, the platform port, errors. Imports nothing.',
    may: []
  },
  http: {
    is: 'HTTP plumbing: agents, proxy, DNS, retry and backoff, the object store.',
    may: ['model']
  },
  inputs: {
    is: 'Inputs read, validated and turned into a plan before any request.',
    may: ['model', 'http']
  },
  genesys: {
    is: 'The SDK adapter behind the platform port.',
    may: ['model', 'http']
  },
  promotion: {
    is: "The run: the organization, then each flow's promotion or a release's stages, in order.",
    may: [
      'model',
      'http',
      'promotion/flow-files',
      'promotion/gate',
      'promotion/switch',
      'promotion/checks',
      'promotion/restore',
      'promotion/platform'
    ]
  },
  'promotion/gate': {
    is: 'The health gate: watch a switched version take calls (flow analytics), decide, roll back on failure.',
    may: ['model', 'http', 'promotion/switch', 'promotion/checks', 'promotion/restore', 'promotion/platform']
  },
  'promotion/flow-files': {
    is: 'Flow files deployed from the repository or a source organization: import, verify by content, restore on failure.',
    may: ['model', 'http', 'promotion/switch', 'promotion/checks', 'promotion/restore', 'promotion/platform']
  },
  'promotion/switch': {
    is: 'The switch: publish, wait for the operation, read back, unlock.',
    may: ['model', 'http', 'promotion/checks', 'promotion/restore', 'promotion/platform']
  },
  'promotion/checks': {
    is: 'What must hold before a write, and whether the live version is the target (mode: check).',
    may: ['model', 'http', 'promotion/platform']
  },
  'promotion/restore': {
    is: 'The way back: the backup before the first write, restore by export and import jobs.',
    may: ['model', 'http', 'promotion/platform']
  },
  'promotion/platform': {
    is: 'What every room reads and runs on: flow reads, Architect jobs, flow content, the clock and the step log.',
    may: ['model', 'http']
  },
  audit: {
    is: 'The audit record built from the outcomes.',
    may: ['model']
  },
  outputs: {
    is: 'What a person reads: outputs, the job summary, the PR comment, diffs.',
    may: ['model', 'audit']
  },
  webhook: {
    is: 'Change-management events: built, signed, delivered.',
    may: ['model', 'audit', 'http', 'outputs']
  },
  deployments: {
    is: "GitHub deployments: each apply run that writes is one, with its environment's history.",
    may: ['model', 'http', 'audit']
  },
  types: { is: 'Type declarations for the SDK, which ships none.', may: [] }
}

/** Throws when the table itself has a cycle: a later edit must not allow one by accident. */
function assertAcyclic(layers) {
  const state = new Map()
  const visit = (folder, trail) => {
    if (state.get(folder) === 'done') return
    if (state.get(folder) === 'visiting') throw new Error(`folder-layers: cycle ${[...trail, folder].join(' -> ')}`)
    state.set(folder, 'visiting')
    for (const next of layers[folder]?.may ?? []) visit(next, [...trail, folder])
    state.set(folder, 'done')
  }
  for (const folder of Object.keys(layers)) visit(folder, [])
}
assertAcyclic(FOLDER_LAYERS)

const ROOT = '.'

/**
 * `src/promotion/switch/wait.ts` → `promotion/switch`; `src/main.ts` → `.`; outside src/ →
 * undefined. Every folder, nested ones too, is a room the table must name.
 */
function folderOf(file, srcDir) {
  const relative = path.relative(srcDir, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  const parts = relative.split(path.sep).slice(0, -1)
  return parts.length === 0 ? ROOT : parts.join('/')
}

export const folderLayersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports between src/ folders follow FOLDER_LAYERS (no cycles; model imports nothing)' },
    schema: []
  },
  create(context) {
    const filename = context.filename
    const srcDir = path.resolve(context.cwd, 'src')
    const from = folderOf(filename, srcDir)
    if (from === undefined) return {}
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = folderOf(path.resolve(path.dirname(filename), source), srcDir)
      if (target === undefined) {
        context.report({ node, message: `src/ must not import from outside src/ ('${source}')` })
        return
      }
      if (target === from || from === ROOT) return
      if (target === ROOT) {
        context.report({ node, message: `${from}/ must not import the root files of src/ ('${source}')` })
        return
      }
      const allowed = FOLDER_LAYERS[from]?.may
      if (!allowed) {
        context.report({ node, message: `${from}/ is not in FOLDER_LAYERS (eslint/folder-layers.mjs): add it` })
      } else if (!allowed.includes(target)) {
        const may = allowed.length ? allowed.join(', ') : 'nothing in src/'
        context.report({ node, message: `${from}/ must not import ${target}/ (it may import ${may})` })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument
        if (literal?.type === 'Literal') check(node, literal.value)
      }
    }
  }
}
