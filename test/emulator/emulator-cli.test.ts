import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, it } from 'node:test'
import { ROOT } from '../../harness/action-yml.js'

describe('emulator command line', () => {
  it('starts on loopback with a scenario file, prints its URL, serves, and stops on SIGINT', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'emulator', 'cli.ts'),
        '--scenario',
        path.join(ROOT, 'demo', 'scenario.yaml')
      ],
      { cwd: ROOT }
    )
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`no URL printed: ${out}`))), 15_000)
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*stops it/.exec(out)
        if (m) {
          clearTimeout(timer)
          resolve(m[1]!)
        }
      })
    })
    try {
      assert.match(out, /Main IVR \(inboundcall, 5d3a2f7e-1111-4c4c-9a9a-0123456789ab\)/)
      const response = await fetch(`${url}/api/v2/organizations/me`)
      assert.equal(response.status, 401)
      assert.ok(response.headers.get('inin-correlation-id'))
    } catch (err) {
      child.kill('SIGKILL')
      throw err
    }
    child.kill('SIGINT')
    const code = await new Promise((resolve) => child.on('close', resolve))
    assert.equal(code, 0)
    assert.match(out, /1 requests served, 0 writes/)
  })
})
