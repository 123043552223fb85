import path from 'node:path'

/**
 * The folders of src/ and what each may import. Layers go one way, so no import cycle between
 * folders can exist; the domain model imports nothing. Files at the root of src/ (index, deps,
 * main, cancel) wire the folders together and may import any of them; no folder imports them.
 */
export const FOLDER_LAYERS = {
  model: [],
  http: ['model'],
  inputs: ['model', 'http'],
  genesys: ['model', 'http'],
  promotion: ['model', 'http'],
  audit: ['model'],
  outputs: ['model', 'audit'],
  webhook: ['model', 'audit', 'http', 'outputs'],
  types: []
}

/** Throws when the table itself has a cycle: a later edit must not allow one by accident. */
function assertAcyclic(layers) {
  const state = new Map()
  const visit = (folder, trail) => {
    if (state.get(folder) === 'done') return
    if (state.get(folder) === 'visiting') throw new Error(`folder-layers: cycle ${[...trail, folder].join(' -> ')}`)
    state.set(folder, 'visiting')
    for (const next of layers[folder] ?? []) visit(next, [...trail, folder])
    state.set(folder, 'done')
  }
  for (const folder of Object.keys(layers)) visit(folder, [])
}
assertAcyclic(FOLDER_LAYERS)

const ROOT = '.'

/** `src/promotion/wait.ts` → `promotion`; `src/main.ts` → `.`; outside src/ → undefined. */
function folderOf(file, srcDir) {
  const relative = path.relative(srcDir, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  const parts = relative.split(path.sep)
  return parts.length === 1 ? ROOT : parts[0]
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
      const allowed = FOLDER_LAYERS[from]
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
