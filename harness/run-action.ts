import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, readActionYml } from './action-yml.js'

/**
 * Runs the bundled action the way the GitHub runner does: defaults merged from `action.yml`
 * (runner expressions expanded), every input as an `INPUT_<NAME>` variable with its hyphens kept,
 * file commands in `GITHUB_OUTPUT`/`GITHUB_STEP_SUMMARY`, and a clean environment.
 */
export interface RunActionOptions {
  inputs: Record<string, string>
  /** Extra environment: GITHUB_* context, proxies, ... */
  env?: Record<string, string>
  node?: string
  entry?: string
  /** The value the runner would give `${{ github.token }}`. */
  githubToken?: string
  /** Do not provide GITHUB_STEP_SUMMARY (old GHES). */
  withoutSummary?: boolean
  /**
   * Send this signal to the process `afterMs` after it printed a line matching `afterOutput` (or
   * after its start): tied to what the run did, not to how fast this machine is today.
   */
  signal?: {
    name: NodeJS.Signals
    afterMs: number
    afterOutput?: RegExp
    /** Sent this many times at once (default 1). */ times?: number
  }
  timeoutMs?: number
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workDir: string
  auditFile: string
  audit: unknown
  durationMs: number
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (m) {
      const [, name, delimiter] = m
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!)
      outputs[name!] = value.join('\n')
    } else {
      const kv = /^([^=]+)=(.*)$/.exec(lines[i]!)
      if (kv) outputs[kv[1]!] = kv[2]!
    }
  }
  return outputs
}

/** The inputs the runner would pass: action.yml defaults, expanded, overlaid with the step's `with:`. */
export function runnerInputs(
  inputs: Record<string, string>,
  runnerTemp: string,
  githubToken: string
): Record<string, string> {
  const merged: Record<string, string> = {}
  for (const [name, spec] of Object.entries(readActionYml().inputs)) {
    const value = inputs[name] ?? spec.default ?? ''
    merged[name] = value
      .replace(/\$\{\{\s*runner\.temp\s*\}\}/g, runnerTemp)
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, githubToken)
  }
  for (const [name, value] of Object.entries(inputs)) merged[name] ??= value
  return merged
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'gfp-run-'))
  const outputFile = path.join(workDir, 'output.txt')
  const summaryFile = path.join(workDir, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputs = runnerInputs(options.inputs, workDir, options.githubToken ?? 'ghs_runnerProvidedTokenForTests000000')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    // The SDK reads ~/.genesyscloudjavascript/config: give the process a home of its own.
    HOME: workDir,
    RUNNER_TEMP: workDir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_ACTIONS: 'true',
    ...(options.withoutSummary ? {} : { GITHUB_STEP_SUMMARY: summaryFile }),
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const started = performance.now()
  const child = spawn(options.node ?? process.execPath, [options.entry ?? path.join(ROOT, 'dist', 'index.js')], {
    env,
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  const signal = options.signal
  let signalled = false
  const sendSignalLater = () => {
    signalled = true
    // Several at once, as a wrapper and the terminal's process group both deliver Ctrl-C.
    setTimeout(() => {
      for (let i = 0; i < (signal!.times ?? 1); i++) child.kill(signal!.name)
    }, signal!.afterMs)
  }
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString()
    if (signal?.afterOutput && !signalled && signal.afterOutput.test(stdout)) sendSignalLater()
  })
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  if (signal && !signal.afterOutput) sendSignalLater()
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  clearTimeout(timer)
  const durationMs = performance.now() - started

  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  const auditFile = inputs['audit-file']!
  let audit: unknown
  try {
    audit = JSON.parse(readFileSync(auditFile, 'utf8'))
  } catch {
    audit = undefined
  }
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    workDir,
    auditFile,
    audit,
    durationMs
  }
}
