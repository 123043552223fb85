import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import type { ActionRun } from '../../harness/run-action.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'
import { runBundle } from '../helpers/bundle.js'

const audit = (run: ActionRun) => run.audit as Record<string, any>
/** The platform as public evidence describes it: publishing an id other than the checked-in one changes nothing. */
const REAL = { publishOnlyCheckedIn: true, exportDurationMs: 50, importDurationMs: 50 }

describe('bundle: restore through Architect export and import jobs', () => {
  it('puts a pinned older version’s content live as a new version, verified by content; again is unchanged', async () => {
    await withEmulator({ ...REAL, flows: [mainIvr()] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '1.0' })
      assert.equal(run.exitCode, 0, run.stdout + run.stderr)
      const o = run.outputs
      assert.deepEqual(
        [o.status, o['previous-version'], o['target-version'], o['published-version']],
        ['switched', '2.0', '1.0', '4.0']
      )
      const record = audit(run)
      assert.equal(record.versions.restoredFrom, '1.0')
      assert.match(record.restore.importJobId, /^[0-9a-f-]{36}$/)
      assert.match(record.restore.fileSha256, /^sha256:[0-9a-f]{64}$/)
      assert.match(emu.state.flow(FLOW_ID)!.versions.get('4.0')!.content, /This is version 1\.0/)
      // The backup holds what was live, and the output names it.
      assert.equal(o['backup-file'], record.backup.file)
      assert.match(readFileSync(o['backup-file']!, 'utf8'), /This is version 2\.0/)
      for (const request of emu.objectStore.requests) assert.equal(request.authorization, undefined, request.path)

      const again = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '1.0' })
      assert.equal(again.exitCode, 0, again.stdout)
      assert.equal(again.outputs.status, 'unchanged')
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '4.0', 'no new version')
      assert.ok(audit(again).checks.some((c: any) => /content of 1\.0 is live already, as version 4\.0/.test(c.detail)))
    })
  })

  it('rolls back a publish that left the wrong version live by restoring the previous content', async () => {
    await withEmulator(
      { ...REAL, flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0', times: 1 } })] },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'rolled-back')
        assert.match(
          audit(run).error.message,
          /the content of 2\.0 is live again as version 4\.0 \(restored, verified by content\)/
        )
        const flow = emu.state.flow(FLOW_ID)!
        assert.equal(flow.publishedVersionId, '4.0')
        assert.match(flow.versions.get('4.0')!.content, /This is version 2\.0/)
      }
    )
  })

  it('fails with the import job’s message when the import fails, the previous content still live', async () => {
    await withEmulator(
      { ...REAL, flows: [mainIvr({ jobs: { importFailure: "Unable to find a queue named 'Billing'." } })] },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '1.0' })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'failed')
        assert.match(audit(run).error.message, /failed: Error: Unable to find a queue named 'Billing'\./)
        assert.match(run.summary, /Unable to find a queue named/)
        assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
      }
    )
  })

  it('fails closed when the import lands other content than the file', async () => {
    await withEmulator({ ...REAL, flows: [mainIvr({ jobs: { importLandsDifferent: true } })] }, async (emu) => {
      const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'target-version': '1.0' })
      assert.equal(run.exitCode, 1)
      assert.equal(run.outputs.status, 'failed')
      // The rollback restores 2.0's content, which this flow also lands differently: it fails too.
      assert.equal(audit(run).rollback.status, 'failed')
      assert.equal(run.outputs['published-version'], '5.0')
      assert.match(
        audit(run).error.message,
        /the restore of 1\.0 left version 4\.0 live, with other content than 1\.0's/
      )
    })
  })

  it('refuses to write without a backup when the export is forbidden', async () => {
    await withEmulator(
      {
        ...REAL,
        flows: [mainIvr()],
        faults: [{ match: { method: 'POST', path: '/api/v2/flows/export/jobs' }, status: 403, times: 0 }]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID })
        assert.equal(run.exitCode, 1)
        assert.equal(run.outputs.status, 'failed')
        assert.match(audit(run).error.message, /without a backup there is no way back, so nothing was written/)
        assert.match(audit(run).error.message, /architect:jobExport:create/)
        assert.equal(emu.writes().length, 0)
      }
    )
  })

  it('keeps today’s behaviour with rollback-strategy republish where older ids go live', async () => {
    await withEmulator(
      {
        publishOnlyCheckedIn: false,
        flows: [mainIvr({ publish: { outcome: 'publishes-other', otherVersion: '1.0', times: 1 } })]
      },
      async (emu) => {
        const run = await runBundle(emu.url, { 'flow-id': FLOW_ID, 'rollback-strategy': 'republish' })
        assert.equal(run.outputs.status, 'rolled-back')
        assert.match(audit(run).error.message, /rolled back: 2\.0 is live again \(read back\)/)
        assert.equal(emu.jobs.imports.size, 0, 'no import job')
      }
    )
  })
})
