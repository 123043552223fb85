import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { ROOT } from '../../harness/action-yml.js'
import { FLOW_ID, mainIvr, withEmulator } from '../helpers/emulator.js'

/** GitHub's own runner for actions on a developer's machine, pinned in devDependencies. */
const LOCAL_ACTION = path.join(ROOT, 'node_modules', '.bin', 'local-action')

function localAction(envFile: string): Promise<{ code: number | null; output: string }> {
  // From the project (local-action lists its packages there), with no input or runner variable of ours.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(k)))
  return new Promise((resolve) => {
    const child = spawn(LOCAL_ACTION, ['run', '.', 'src/main.ts', envFile], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe('GitHub local-action', () => {
  it('runs src/main.ts with action.yml defaults as written: the flow switches, no ${{ … }} is taken literally', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'local-action-'))
    await withEmulator({ flows: [mainIvr({ publish: { durationMs: 300 } })] }, async (emu) => {
      const envFile = path.join(dir, '.env')
      writeFileSync(
        envFile,
        [
          'INPUT_CLIENT-ID=demo-client',
          'INPUT_CLIENT-SECRET=demo-secret',
          `INPUT_GATEWAY-URL=${emu.url}`,
          `INPUT_FLOW-ID=${FLOW_ID}`,
          `RUNNER_TEMP=${dir}`
        ].join('\n')
      )
      const run = await localAction(envFile)
      assert.match(run.output, /::set-output name=status::switched/, run.output.slice(-3000))
      assert.equal(emu.state.flow(FLOW_ID)!.publishedVersionId, '3.0')
      assert.match(run.output, /::set-output name=audit-file::\/[^\n$]*genesys-flow-audit\.json/)
      assert.ok(!run.output.includes('${{'), 'an unexpanded expression reached the run')
      assert.ok(!existsSync(path.join(dir, '${{ runner.temp }}')) && !existsSync(path.join(ROOT, '${{ runner.temp }}')))
    })
  })
})
