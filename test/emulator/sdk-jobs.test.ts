import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { startLoopbackServer } from '../../harness/loopback-server.js'
import { createAgents } from '../../src/http/agents.js'
import { objectStore } from '../../src/http/object-store.js'
import { newCallTrace } from '../../src/model/port.js'
import { FLOW_ID, mainIvr, until, withEmulator } from '../helpers/emulator.js'
import { sdkSession } from '../helpers/session.js'

describe('platform client: Architect jobs over the real SDK, files through the object store', () => {
  it('exports and imports, with no bearer token at the object store and every signed URL masked', async () => {
    await withEmulator({ flows: [mainIvr()], exportDurationMs: 30, importDurationMs: 30 }, async (emu) => {
      const { session, masked, close } = await sdkSession(emu.url)
      const port = session.port(newCallTrace())
      const { id } = await port.startExport([{ flowId: FLOW_ID, version: '2.0' }])
      const exported = await until(
        () => port.getExportJob(id),
        (s) => s.status !== 'Started'
      )
      assert.equal(exported.status, 'Success')
      const file = await port.downloadExport(exported.downloadUrl!)
      assert.match(file, /This is version 2\.0/)

      const registration = await port.registerImport()
      await port.uploadFlowFile(registration, file.replace('version 2.0', 'version 2.0, restored'))
      const imported = await until(
        () => port.getImportJob(registration.id),
        (s) => s.status === 'Success' || s.status === 'Failure'
      )
      assert.equal(imported.status, 'Success', JSON.stringify(imported.messages))
      assert.equal(imported.flow?.id, FLOW_ID)
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '4.0')

      assert.equal(emu.objectStore.requests.length, 2)
      for (const request of emu.objectStore.requests) assert.equal(request.authorization, undefined, request.path)
      assert.ok(masked.includes(exported.downloadUrl!), 'the download URL is masked')
      assert.ok(masked.includes(registration.presignedUrl), 'the upload URL is masked')
      close()
    })
  })

  it('sends nothing to a URL that is not https:// off loopback, and says so without the URL', async () => {
    const agents = createAgents({}, () => undefined)
    const masked: string[] = []
    const store = objectStore({ agents, timeoutMs: 1_000, mask: (s) => masked.push(s) })
    const url = 'http://objects.example.invalid/exports/abc.yaml?X-Signature=secret-signature'
    await assert.rejects(store.download(url), (err: Error) => {
      assert.match(err.message, /not https:\/\/; nothing was sent/)
      assert.ok(!err.message.includes('secret-signature'))
      return true
    })
    assert.ok(masked.includes('X-Signature=secret-signature'))
    agents.close()
  })

  it('does not follow a redirect from the object store, and names no URL in the error', async () => {
    const server = await startLoopbackServer((_req, _body, res) => res.writeHead(302, { location: '/elsewhere' }).end())
    const agents = createAgents({}, () => undefined)
    const store = objectStore({ agents, timeoutMs: 1_000, mask: () => undefined })
    await assert.rejects(store.download(`${server.origin}/exports/abc.yaml?sig=s3cr3t`), (err: Error) => {
      assert.match(err.message, /the export download answered a redirect, which is not followed/)
      assert.ok(!err.message.includes('s3cr3t'))
      return true
    })
    agents.close()
    await server.close()
  })
})
