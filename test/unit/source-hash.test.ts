import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { sourceHash, staleBundle } from '../../scripts/source-hash.js'

/** A project with src/, a lockfile and a dist/ built from them. */
function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'source-hash-'))
  mkdirSync(path.join(root, 'src', 'model'), { recursive: true })
  mkdirSync(path.join(root, 'dist'))
  writeFileSync(path.join(root, 'src', 'main.ts'), 'export const a = 1\n')
  writeFileSync(path.join(root, 'src', 'model', 'plan.ts'), 'export const b = 2\n')
  writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}\n')
  writeFileSync(path.join(root, 'package.json'), '{"type":"module"}\n')
  writeFileSync(path.join(root, 'tsconfig.json'), '{}\n')
  writeFileSync(path.join(root, 'dist', 'source-hash.txt'), `${sourceHash(root)}\n`)
  return root
}

describe('the bundle knows what it was built from', () => {
  it('a bundle built from the sources as they are is not stale', () => {
    assert.equal(staleBundle(project()), undefined)
  })

  it('a changed source, a new source, a changed lockfile or tsconfig makes it stale, saying to run npm run bundle', () => {
    for (const change of [
      (root: string) => writeFileSync(path.join(root, 'src', 'model', 'plan.ts'), 'export const b = 3\n'),
      (root: string) => writeFileSync(path.join(root, 'src', 'cancel.ts'), '\n'),
      (root: string) => writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}\n'),
      (root: string) => writeFileSync(path.join(root, 'tsconfig.json'), '{"compilerOptions":{}}\n')
    ]) {
      const root = project()
      change(root)
      assert.match(staleBundle(root) ?? '', /run npm run bundle/)
    }
  })

  it('a checkout with CRLF line endings has the same hash; a bundle without a hash is stale', () => {
    const root = project()
    const before = sourceHash(root)
    writeFileSync(path.join(root, 'src', 'main.ts'), 'export const a = 1\r\n')
    assert.equal(sourceHash(root), before)
    writeFileSync(path.join(root, 'dist', 'source-hash.txt'), '')
    assert.match(staleBundle(root) ?? '', /run npm run bundle/)
  })
})
