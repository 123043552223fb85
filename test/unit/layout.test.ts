import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { FOLDER_LAYERS, folderLayersRule } from '../../eslint/folder-layers.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const SRC = path.join(ROOT, 'src')
const MAX_FILES_PER_FOLDER = 14

/** Every folder under src/ (relative, `/`-joined) with the files directly in it. */
function folders(dir = SRC, rel = ''): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const entries = readdirSync(dir, { withFileTypes: true })
  if (rel)
    found.set(
      rel,
      entries.filter((e) => e.isFile()).map((e) => e.name)
    )
  for (const e of entries.filter((e) => e.isDirectory()))
    for (const [k, v] of folders(path.join(dir, e.name), rel ? `${rel}/${e.name}` : e.name)) found.set(k, v)
  return found
}

/** The folder-layers rule's verdict on one import written in `file` (a path under src/). */
function lintImport(file: string, source: string): string[] {
  const linter = new Linter({ cwd: ROOT })
  const messages = linter.verify(
    `import { x } from '${source}'\nexport { x }\n`,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser as Linter.Parser },
        plugins: { local: { rules: { 'folder-layers': folderLayersRule } } },
        rules: { 'local/folder-layers': 'error' }
      }
    ],
    path.join(ROOT, file)
  )
  return messages.map((m) => m.message)
}

describe('the layout of src/', () => {
  const layout = folders()

  it(`keeps every folder at ${MAX_FILES_PER_FOLDER} files or fewer`, () => {
    const crowded = [...layout].filter(([, files]) => files.length > MAX_FILES_PER_FOLDER)
    assert.deepEqual(
      crowded.map(([folder, files]) => `${folder}: ${files.length}`),
      []
    )
  })

  it('keeps run() in main.ts short enough to read as its four steps (at most 100 lines)', () => {
    const lines = readFileSync(path.join(SRC, 'main.ts'), 'utf8').trimEnd().split('\n').length
    assert.ok(lines <= 100, `src/main.ts has ${lines} lines`)
  })

  it('names every folder in the layer table, with a line that says what it is', () => {
    for (const folder of layout.keys()) {
      const room = FOLDER_LAYERS[folder]
      assert.ok(room, `${folder} is not in FOLDER_LAYERS`)
      assert.match(room.is, /\S{3,}/, `${folder} has no description`)
    }
  })

  it('lists every folder in docs/development.md', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'development.md'), 'utf8')
    for (const folder of layout.keys())
      assert.ok(doc.includes(`\`${folder}/\``), `docs/development.md lacks ${folder}/`)
  })

  it('lets a room import a room below it and refuses the way back up', () => {
    assert.deepEqual(lintImport('src/promotion/switch/switch.ts', '../restore/restore.js'), [])
    assert.deepEqual(lintImport('src/promotion/release.ts', './switch/switch.js'), [])
    const up = lintImport('src/promotion/restore/restore.ts', '../switch/switch.js')
    assert.equal(up.length, 1)
    assert.match(up[0]!, /promotion\/restore\/ must not import promotion\/switch\//)
    assert.match(lintImport('src/promotion/platform/jobs.ts', '../promote.js')[0] ?? '', /must not import promotion\//)
  })

  it('refuses a folder the table does not name', () => {
    assert.match(lintImport('src/promotion/nowhere/room.ts', '../platform/context.js')[0] ?? '', /not in FOLDER_LAYERS/)
  })
})
