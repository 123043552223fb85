import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../harness/action-yml.js'

/** The corpus of export shapes (test/fixtures/export-shapes/README.md). */
export const SHAPES_DIR = path.join(ROOT, 'test', 'fixtures', 'export-shapes')

export interface ExportShape {
  name: string
  dir: string
  file: string
  exported: string
  change: string
  what: string
  beyond: string[]
  /** The one difference the comparison reports for `change.yaml`. */
  changeFound: string
}

export function exportShapes(): ExportShape[] {
  return readdirSync(SHAPES_DIR)
    .filter((name) => statSync(path.join(SHAPES_DIR, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = path.join(SHAPES_DIR, name)
      const read = (file: string) => readFileSync(path.join(dir, file), 'utf8')
      const shape = JSON.parse(read('shape.json')) as { what: string; beyond: string[]; change: string }
      return {
        name,
        dir,
        file: read('file.yaml'),
        exported: read('export.yaml'),
        change: read('change.yaml'),
        what: shape.what,
        beyond: shape.beyond,
        changeFound: shape.change
      }
    })
}
