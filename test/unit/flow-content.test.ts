import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { compareContent, liveLaidOutAsFile, sameExportedContent } from '../../src/promotion/platform/flow-content.js'
import { forContentDiff } from '../../src/promotion/platform/flow-file.js'
import { exportShapes } from '../helpers/export-shapes.js'

const shapes = exportShapes()

describe('content comparison over the corpus of export shapes', () => {
  it('has shapes to run over', () => {
    assert.ok(shapes.length >= 4, `${shapes.length} shapes`)
  })

  for (const shape of shapes) {
    it(`${shape.name}: the export holds the file, and what it holds beyond it is listed`, async () => {
      const compared = await compareContent(shape.exported, shape.file)
      assert.deepEqual(compared.changes, [])
      assert.equal(compared.same, true)
      assert.deepEqual(compared.beyond, shape.beyond)
    })

    it(`${shape.name}: finds the one real change`, async () => {
      const compared = await compareContent(shape.exported, shape.change)
      assert.equal(compared.same, false)
      assert.deepEqual(compared.changes, [shape.changeFound])
    })

    it(`${shape.name}: the live side of a diff, laid out as the file, shows no difference`, async () => {
      const live = await liveLaidOutAsFile(shape.exported, shape.file)
      assert.equal(live, await forContentDiff(shape.file))
    })
  }
})

const flow = (lines: string[]) => ['inboundCall:', '  name: Main IVR', ...lines, ''].join('\n')

describe('content comparison rules', () => {
  it('takes a key the file dropped for one the platform fills in, and lists it', async () => {
    const live = flow(['  initialGreeting:', '    tts: Hello.', '  description: Main line'])
    const compared = await compareContent(live, flow(['  description: Main line']))
    assert.deepEqual(compared, { same: true, changes: [], beyond: ['initialGreeting'] })
  })

  it('finds a key the file sets that is not live, and a value that differs', async () => {
    const compared = await compareContent(flow(['  description: Main line']), flow(['  description: Other', '  x: 1']))
    assert.deepEqual(compared.changes, ['description: another value live', 'x: set in the file, not live'])
    assert.equal(compared.same, false)
  })

  it('compares lists item by item; an item added or removed is a change', async () => {
    const items = (...names: string[]) => flow(['  menus:', ...names.map((n) => `    - menu: { name: ${n} }`)])
    assert.equal((await compareContent(items('A', 'B'), items('A', 'B'))).same, true)
    assert.deepEqual((await compareContent(items('A', 'B'), items('A'))).changes, ['menus: 1 item in the file, 2 live'])
    assert.deepEqual((await compareContent(items('A'), items('A', 'B'))).changes, [
      'menus: 2 items in the file, 1 live'
    ])
    assert.deepEqual((await compareContent(items('A', 'B'), items('B', 'A'))).changes, [
      'menus[0].menu.name: another value live',
      'menus[1].menu.name: another value live'
    ])
  })

  it('lists what the platform adds inside a list item, with its index', async () => {
    const live = flow(['  tasks:', '    - task: { name: Main, refId: Main_12 }'])
    const compared = await compareContent(live, flow(['  tasks:', '    - task: { name: Main }']))
    assert.deepEqual(compared, { same: true, changes: [], beyond: ['tasks[0].task.refId'] })
  })

  it('compares values as YAML reads them: quoting and layout are no change, a type is', async () => {
    const quoted = flow(['  seconds: "5"', '  text: >-', '    one', '    two'])
    assert.equal((await compareContent(flow(['  seconds: "5"', '  text: one two']), quoted)).same, true)
    assert.deepEqual((await compareContent(flow(['  seconds: 5', '  text: one two']), quoted)).changes, [
      'seconds: another value live'
    ])
  })

  it('takes `key:` with no value in the file for a key it does not set', async () => {
    const compared = await compareContent(flow(['  description: Live']), flow(['  description:']))
    assert.deepEqual(compared, { same: true, changes: [], beyond: ['description'] })
  })

  it("leaves the export's own metadata and comments out, and a flow of another type is no match", async () => {
    const exported = `# Exported on a day\n${flow(['  exportDate: 2025-01-01T00:00:00Z', '  exportedVersion: "3.0"'])}`
    assert.deepEqual(await compareContent(exported, flow([])), { same: true, changes: [], beyond: [] })
    const module = 'commonModule:\n  name: Main IVR\n'
    assert.deepEqual((await compareContent(module, flow([]))).changes, [
      'the live version is a commonModule flow, the file inboundCall'
    ])
  })

  it('is no match when either side is not a flow file', async () => {
    const compared = await compareContent('not: [yaml', flow([]))
    assert.equal(compared.same, false)
    assert.match(compared.changes[0]!, /cannot be compared/)
  })

  it('lays the live side out in the file’s order, without what the file leaves out', async () => {
    const live = flow(['  description: Live', '  division: Home', '  menus:', '    - menu: { name: A, refId: A_1 }'])
    const file = ['inboundCall:', '  menus:', '    - menu: { name: B }', '  name: Main IVR', ''].join('\n')
    assert.deepEqual(parse(await liveLaidOutAsFile(live, file)), {
      inboundCall: { menus: [{ menu: { name: 'A' } }], name: 'Main IVR' }
    })
    assert.deepEqual(Object.keys(parse(await liveLaidOutAsFile(live, file)).inboundCall), ['menus', 'name'])
  })
})

describe('two exports of versions', () => {
  it('are the same content only when neither holds anything beyond the other', async () => {
    const base = flow(['  description: Main line'])
    const more = flow(['  description: Main line', '  initialGreeting:', '    tts: Hello.'])
    assert.equal(await sameExportedContent(base, `# another day\n${base}`), true)
    assert.equal(await sameExportedContent(more, base), false, 'a key only the live one holds is content')
    assert.equal(await sameExportedContent(base, more), false)
  })
})
