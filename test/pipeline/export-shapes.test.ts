import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { exportShapes } from '../helpers/export-shapes.js'
import { runPipeline, type PipelineRun } from '../helpers/pipeline.js'

const imports = (run: PipelineRun) => run.genesys.calls.filter((c) => c.method === 'registerImport').length

describe('pipeline: flow files against exports that add what the platform fills in', () => {
  for (const shape of exportShapes()) {
    it(`${shape.name}: deployed, then unchanged with no import, in sync, and its one change drifted`, async () => {
      const root = parse(shape.file) as Record<string, { name: string }>
      const [key] = Object.keys(root)
      // Live: other content (the emulator's own), so that the first run imports the file.
      const scenario = {
        flows: [{ name: root[key!]!.name, type: key!.toLowerCase(), versions: ['1.0'], published: '1.0' }]
      }
      const env = { GITHUB_WORKSPACE: shape.dir }

      const deployed = await runPipeline({ 'flow-file': 'file.yaml' }, scenario, { env })
      assert.equal(deployed.core.outputs.status, 'switched', deployed.core.failed)
      assert.equal(deployed.core.outputs['published-version'], '2.0')
      assert.equal(imports(deployed), 1)
      assert.deepEqual(deployed.audit!.flowFile.liveBeyondFile, { version: '2.0', keys: shape.beyond })

      const again = await runPipeline({ 'flow-file': 'file.yaml' }, scenario, { env, after: deployed })
      assert.equal(again.core.outputs.status, 'unchanged', again.core.failed)
      assert.equal(imports(again), 1, 'no second import')
      assert.deepEqual(again.audit!.flowFile.liveBeyondFile, { version: '2.0', keys: shape.beyond })
      if (shape.beyond.length) assert.match(again.summary, /2\.0 also holds what file\.yaml leaves out/)

      const inSync = await runPipeline({ 'flow-file': 'file.yaml', mode: 'check' }, scenario, { env, after: deployed })
      assert.equal(inSync.core.outputs.status, 'in-sync', inSync.core.failed)

      const changed = await runPipeline({ 'flow-file': 'change.yaml', mode: 'check' }, scenario, {
        env,
        after: deployed
      })
      assert.equal(changed.core.outputs.status, 'drifted')
      const check = changed.audit!.checks.find((c: { name: string }) => c.name === 'live is the file')
      assert.ok(check.detail.includes(shape.changeFound), check.detail)
      assert.equal(changed.genesys.writes().length, 2, 'the first run’s import and upload, nothing since')
    })
  }
})
