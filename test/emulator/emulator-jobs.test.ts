import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'yaml'
import { FLOW_ID, bearer, exportVersion, mainIvr, until, withEmulator, apiCall } from '../helpers/emulator.js'

describe('emulator: Architect export and import jobs', () => {
  it('exports a version behind a download URL on another origin, with metadata a restore must ignore', async () => {
    await withEmulator({ flows: [mainIvr()], exportDurationMs: 50 }, async (emu) => {
      const auth = await bearer(emu.url)
      const job = await apiCall(emu.url, auth, 'POST', '/api/v2/flows/export/jobs', {
        flows: [{ flow: { id: FLOW_ID, version: '2.0' }, exportType: 'Yaml' }]
      })
      assert.equal(job.status, 'Started')
      const done = await until(
        () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/export/jobs/${job.id}?expand=messages`),
        (s) => s.status !== 'Started'
      )
      assert.equal(done.status, 'Success')
      const download = new URL(done.downloadUrl)
      assert.notEqual(download.origin, new URL(emu.url).origin, 'the object store is another origin')
      const file = await (await fetch(download)).text()
      assert.match(file, /^# Exported by the Genesys Cloud emulator on /)
      assert.match(file, /inboundCall:\n {2}exportDate: \S+\n {2}exportedVersion: "2\.0"\n {2}name: Main IVR\n/)
      assert.match(file, /This is version 2\.0/)
      assert.equal(emu.writes().length, 0, 'an export is a read')
      assert.equal(emu.objectStore.requests[0]!.authorization, undefined)
    })
  })

  it('exports what a real export writes: the blocks a file leaves out, its own key order, unquoted strings', async () => {
    const imported = [
      '# written by hand',
      'inboundCall:',
      '  menus:',
      '    - menu:',
      '        name: "Main Menu"',
      '        audio: { tts: "Hello." }',
      '  name: "Main IVR"',
      '  settingsMenu:',
      '    repeatCount: { lit: 5 }',
      ''
    ].join('\n')
    await withEmulator({ flows: [mainIvr({ content: { '2.0': imported } })], exportDurationMs: 0 }, async (emu) => {
      const file = await exportVersion(emu.url, await bearer(emu.url), '2.0')
      const body = (parse(file) as { inboundCall: Record<string, any> }).inboundCall
      assert.deepEqual(Object.keys(body), [
        'exportDate',
        'exportedVersion',
        'name',
        'description',
        'division',
        'startUpRef',
        'defaultLanguage',
        'supportedLanguages',
        'settingsActionDefaults',
        'settingsErrorHandling',
        'settingsMenu',
        'settingsPrompts',
        'menus'
      ])
      assert.equal(body.description, '')
      assert.equal(body.division, 'Home')
      assert.equal(body.startUpRef, '/inboundCall/menus/menu[Main Menu]')
      assert.deepEqual(body.supportedLanguages['en-us'].defaultLanguageSkill, { noValue: true })
      // A block the file sets in part: its value kept, the rest filled in.
      assert.equal(body.settingsMenu.repeatCount.lit, 5)
      assert.deepEqual(body.settingsMenu.menuSelectionTimeout, { lit: { seconds: 10 } })
      assert.deepEqual(body.menus, [{ menu: { name: 'Main Menu', audio: { tts: 'Hello.' } } }])
      assert.match(file, /^ {2}name: Main IVR$/m, 'unquoted')
      assert.match(file, /^ {2}description: ""$/m)
      assert.doesNotMatch(file, /written by hand/, 'no comment of the file')
      assert.doesNotMatch(file, /[&*]a\d/, 'no YAML anchors')
    })
  })

  it('exportRoundTrip: gives back exactly the file imported, comments and quoting included', async () => {
    const imported = '# written by hand\ninboundCall:\n  name: "Main IVR"\n  description: "restored"\n'
    await withEmulator(
      { flows: [mainIvr({ content: { '2.0': imported } })], exportDurationMs: 0, exportRoundTrip: true },
      async (emu) => {
        const file = await exportVersion(emu.url, await bearer(emu.url), '2.0')
        assert.match(file, /^# Exported by the Genesys Cloud emulator on .*\n# written by hand\ninboundCall:\n/)
        assert.match(file, /exportedVersion: "2\.0"\n {2}name: "Main IVR"\n {2}description: "restored"\n$/)
        assert.doesNotMatch(file, /settings/)
      }
    )
  })

  it('imports a file uploaded with exactly the returned headers as a new, published version', async () => {
    await withEmulator({ flows: [mainIvr()], importDurationMs: 30 }, async (emu) => {
      const auth = await bearer(emu.url)
      const job = await apiCall(emu.url, auth, 'POST', '/api/v2/flows/jobs')
      const file = 'inboundCall:\n  name: "Main IVR"\n  description: "restored"\n'
      const bare = await fetch(job.presignedUrl, { method: 'PUT', body: file })
      assert.equal(bare.status, 403, 'an upload without the signed headers is refused')
      const signed = await fetch(job.presignedUrl, { method: 'PUT', headers: job.headers, body: file })
      assert.equal(signed.status, 200)
      const done = await until(
        () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/jobs/${job.id}?expand=messages`),
        (s) => s.status === 'Success' || s.status === 'Failure'
      )
      assert.equal(done.status, 'Success')
      assert.equal(done.flow.id, FLOW_ID)
      const flow = emu.state.flow(FLOW_ID)!
      assert.equal(flow.publishedVersionId, '4.0')
      assert.equal(flow.versions.get('4.0')!.content, file)
      assert.deepEqual(
        emu.writes().map((w) => w.path),
        [
          '/api/v2/flows/jobs',
          `object store ${new URL(job.presignedUrl).pathname}`,
          `object store ${new URL(job.presignedUrl).pathname}`
        ]
      )
    })
  })

  it('fails an import with the job’s messages, and records a bearer token that reaches the object store', async () => {
    await withEmulator(
      { flows: [mainIvr({ jobs: { importFailure: "Unable to find a queue named 'Billing'." } })], importDurationMs: 0 },
      async (emu) => {
        const auth = await bearer(emu.url)
        const job = await apiCall(emu.url, auth, 'POST', '/api/v2/flows/jobs')
        await fetch(job.presignedUrl, {
          method: 'PUT',
          headers: { ...job.headers, authorization: auth },
          body: 'inboundCall:\n  name: "Main IVR"\n'
        })
        assert.equal(emu.objectStore.requests.at(-1)!.authorization, auth, 'what the object store received is recorded')
        const done = await until(
          () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/jobs/${job.id}?expand=messages`),
          (s) => s.status === 'Failure' || s.status === 'Success'
        )
        assert.equal(done.status, 'Failure')
        assert.equal(done.messages[0].type, 'Error')
        assert.match(done.messages[0].text, /Unable to find a queue named 'Billing'/)
        assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '2.0')
      }
    )
  })

  it('makes a second flow from a file whose name matches none, as the platform would', async () => {
    await withEmulator({ flows: [mainIvr()], importDurationMs: 0 }, async (emu) => {
      const auth = await bearer(emu.url)
      const job = await apiCall(emu.url, auth, 'POST', '/api/v2/flows/jobs')
      await fetch(job.presignedUrl, {
        method: 'PUT',
        headers: job.headers,
        body: 'inboundCall:\n  name: "Main IVR (old name)"\n'
      })
      const done = await until(
        () => apiCall(emu.url, auth, 'GET', `/api/v2/flows/jobs/${job.id}`),
        (s) => s.status === 'Success' || s.status === 'Failure'
      )
      assert.notEqual(done.flow.id, FLOW_ID)
      assert.equal(emu.state.flows.size, 2)
    })
  })
})
