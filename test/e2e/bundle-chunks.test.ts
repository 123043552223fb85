import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { BUNDLE } from '../helpers/bundle.js'

/** The packages whose source the bundle's entry chunk holds, from its source map (a nested one by its own name). */
function entryPackages(): Set<string> {
  const map = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')) as { sources: string[] }
  return new Set(map.sources.flatMap((s) => s.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []))
}

// Every run pays for what the entry chunk holds before it reads its first input (bench section 3).
describe('bundle entry chunk', () => {
  it('holds what every run needs and leaves the rest to chunks loaded on demand', () => {
    const packages = entryPackages()
    for (const needed of ['@actions/core', 'zod']) assert.ok(packages.has(needed), `${needed} is in the entry chunk`)
    for (const onDemand of [
      'undici', // stands in as src/http/undici-on-demand.ts: loaded by the first GitHub request
      'purecloud-platform-client-v2', // loaded at login
      '@actions/github', // deployments and the PR comment
      'yaml', // flow files, manifests and diffs
      'diff' // diffs
    ])
      assert.ok(!packages.has(onDemand), `${onDemand} is loaded at start-up: ${[...packages].join(', ')}`)
  })
})
