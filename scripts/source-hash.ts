// The hash of what the bundle is built from: every file under src/, the lockfile, package.json and tsconfig.json, by
// content (not file times: a fresh clone has none that mean anything). `npm run bundle` writes it
// to dist/source-hash.txt; the tests that run dist/index.js recompute it and refuse a stale bundle.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const HASH_FILE = path.join(ROOT, 'dist', 'source-hash.txt')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

export function sourceHash(root = ROOT): string {
  const files = [
    ...filesUnder(path.join(root, 'src')),
    ...['package-lock.json', 'package.json', 'tsconfig.json'].map((file) => path.join(root, file))
  ]
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort()
  const hash = createHash('sha256')
  for (const file of files) {
    // A checkout with CRLF line endings builds the same bundle: it must get the same hash.
    const text = readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n')
    hash.update(`${file}\0${text}\0`)
  }
  return `sha256:${hash.digest('hex')}`
}

/** Undefined when dist/ was built from the sources as they are; otherwise why it is stale. */
export function staleBundle(root = ROOT): string | undefined {
  let built: string
  try {
    built = readFileSync(path.join(root, 'dist', 'source-hash.txt'), 'utf8').trim()
  } catch {
    return 'dist/source-hash.txt is missing: run npm run bundle'
  }
  return built === sourceHash(root)
    ? undefined
    : 'dist/ was built from other sources than src/ and package-lock.json as they are now: run npm run bundle'
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(HASH_FILE, `${sourceHash()}\n`)
}
