import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { renderExport } from '../../emulator/export-shape.js'
import { exportShapes } from '../helpers/export-shapes.js'

/** The parsed file, `exportDate`/`exportedVersion` left out, as JSON: key order counts. */
function content(text: string): string {
  const root = parse(text) as Record<string, Record<string, unknown>>
  const [key] = Object.keys(root)
  const { exportDate: _date, exportedVersion: _version, ...body } = root[key!]!
  return JSON.stringify({ [key!]: body }, null, 2)
}

describe('emulator: the export shapes of the corpus', () => {
  for (const shape of exportShapes()) {
    it(`${shape.name}: writes export.yaml for file.yaml, in the same key order`, () => {
      const written = renderExport(shape.file, { exportedVersion: '2.0' }, { roundTrip: false, division: 'Home' })
      assert.ok(written)
      assert.equal(content(written), content(shape.exported))
      // Strings unquoted where YAML allows, as the export writes them; no comment of the file's.
      assert.doesNotMatch(written.replace(/exportedVersion: "2\.0"/, ''), /^\s+name: ["']/m)
      assert.doesNotMatch(written, /^#/m)
    })
  }
})
