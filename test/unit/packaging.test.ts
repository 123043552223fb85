import { execFileSync } from 'node:child_process'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { releaseNotes } from '../../scripts/changelog.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const RELEASE_WORKFLOW = '.github/workflows/release.yml'

function read(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8')
}

const pkg = JSON.parse(read('package.json')) as { version: string; license: string }

/** The opening lines of the MIT licence's permission notice and its disclaimer, as opensource.org gives them. */
const MIT_TEXT = [
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated ' +
    'documentation files (the "Software"), to deal in the Software without restriction, including without ' +
    'limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the ' +
    'Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:',
  'The above copyright notice and this permission notice shall be included in all copies or substantial portions ' +
    'of the Software.',
  'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO ' +
    'THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE ' +
    'AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF ' +
    'CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER ' +
    'DEALINGS IN THE SOFTWARE.'
]

/** Line breaks and runs of spaces as one space: the licence text may be wrapped anywhere. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

interface Uses {
  file: string
  line: number
  /** What `uses:` names, e.g. `actions/checkout@<sha>`. */
  ref: string
  /** The trailing comment, without `#`; '' when there is none. */
  comment: string
}

/** Every `uses:` of a workflow file, read line by line (the YAML parser drops the comments). */
function usesOf(file: string, text: string): Uses[] {
  const found: Uses[] = []
  text.split('\n').forEach((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(?:#\s*(.*?))?\s*$/.exec(line)
    if (match) found.push({ file, line: index + 1, ref: match[2]!, comment: match[3] ?? '' })
  })
  return found
}

const SHA = /^[0-9a-f]{40}$/
const MAJOR_TAG = /^v\d+$/
const VERSION_COMMENT = /^v\d+\.\d+\.\d+\b/

/**
 * Why a `uses:` is not pinned as it should be, or undefined. Local actions (`./`) are this
 * checkout. `sha` requires a full commit SHA with a `# vX.Y.Z` comment; `sha-or-major` also
 * accepts a major tag (`@v5`).
 */
function pinProblem(uses: Uses, rule: 'sha' | 'sha-or-major'): string | undefined {
  const where = `${uses.file}:${uses.line} ${uses.ref}`
  if (uses.ref.startsWith('./')) return undefined
  if (uses.ref.startsWith('docker://'))
    return /@sha256:[0-9a-f]{64}$/.test(uses.ref) ? undefined : `${where}: pin the image by digest`
  const at = uses.ref.lastIndexOf('@')
  if (at < 0) return `${where}: names no version`
  const version = uses.ref.slice(at + 1)
  if (SHA.test(version))
    return VERSION_COMMENT.test(uses.comment)
      ? undefined
      : `${where}: a SHA needs the version it is as a comment (# v1.2.3)`
  if (rule === 'sha-or-major' && MAJOR_TAG.test(version)) return undefined
  return rule === 'sha'
    ? `${where}: pin by a full commit SHA with a version comment`
    : `${where}: pin by a full commit SHA with a version comment, or a major tag (@v5)`
}

function workflowFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`)
}

describe('CHANGELOG.md', () => {
  const changelog = read('CHANGELOG.md')

  it(`has release notes for package.json's version (${pkg.version})`, () => {
    const notes = releaseNotes(changelog, pkg.version)
    assert.notEqual(notes, undefined, `CHANGELOG.md has no "## [${pkg.version}] - YYYY-MM-DD" section`)
    assert.notEqual(notes, '', `the ${pkg.version} section of CHANGELOG.md is empty`)
  })

  it("dates package.json's version and keeps an Unreleased section above it", () => {
    const escaped = pkg.version.replace(/\./g, '\\.')
    const heading = new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').exec(changelog)
    assert.ok(heading, `the ${pkg.version} heading is not "## [${pkg.version}] - YYYY-MM-DD"`)
    const unreleased = /^## \[Unreleased\]$/m.exec(changelog)
    assert.ok(unreleased && unreleased.index < heading.index, 'no "## [Unreleased]" above the latest release')
  })
})

describe('release notes from a changelog', () => {
  const changelog = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.0.10] - 2026-12-24',
    '',
    '- Ten.',
    '',
    '## [1.0.1] - 2026-12-01',
    '',
    '### Fixed',
    '',
    '- One.',
    '',
    '```md',
    '## not a heading',
    '```',
    '',
    '## 1.0.0 - 2026-11-30',
    '',
    '### Added',
    '',
    '## [0.9.0]',
    '',
    'Last.',
    '',
    '[unreleased]: https://example.com/compare/v1.0.10...HEAD',
    '[1.0.10]: https://example.com/releases/tag/v1.0.10',
    ''
  ].join('\n')

  it("takes one version's section, to the next version's heading, code blocks included", () => {
    assert.equal(releaseNotes(changelog, '1.0.1'), '### Fixed\n\n- One.\n\n```md\n## not a heading\n```')
    assert.equal(releaseNotes(changelog, '1.0.10'), '- Ten.')
    assert.equal(releaseNotes(changelog, 'v1.0.10'), '- Ten.')
  })

  it('leaves out the link definitions at the end', () => {
    assert.equal(releaseNotes(changelog, '0.9.0'), 'Last.')
  })

  it('finds nothing for a version it lacks, and nothing in a section of headings alone', () => {
    assert.equal(releaseNotes(changelog, '1.0.2'), undefined)
    assert.equal(releaseNotes(changelog, '1.0'), undefined)
    assert.equal(releaseNotes(changelog, '1.0.0'), '')
    assert.equal(releaseNotes(changelog.replace(/\n/g, '\r\n'), '1.0.10'), '- Ten.')
  })
})

describe('LICENSE', () => {
  it('is the licence package.json names: MIT, with a copyright line and the whole notice', () => {
    assert.equal(pkg.license, 'MIT')
    const license = read('LICENSE')
    assert.ok(license.startsWith('MIT License\n'), 'LICENSE does not start with "MIT License"')
    assert.match(license, /^Copyright \(c\) \d{4} \S.*$/m)
    for (const paragraph of MIT_TEXT)
      assert.ok(words(license).includes(paragraph), `LICENSE lacks: ${paragraph.slice(0, 60)}…`)
  })
})

describe('third-party actions are pinned', () => {
  it(`by a full commit SHA with a version comment in ${RELEASE_WORKFLOW}`, () => {
    const uses = usesOf(RELEASE_WORKFLOW, read(RELEASE_WORKFLOW))
    assert.ok(uses.length > 0, `${RELEASE_WORKFLOW} uses no action`)
    assert.deepEqual(uses.map((u) => pinProblem(u, 'sha')).filter(Boolean), [])
  })

  it('by a SHA with a version comment, or a major tag, in the other workflows and the examples', () => {
    const files = [...workflowFiles('.github/workflows'), ...workflowFiles('examples')].filter(
      (file) => file !== RELEASE_WORKFLOW
    )
    assert.ok(files.some((file) => file.startsWith('examples/')))
    const problems = files.flatMap((file) => usesOf(file, read(file)).map((u) => pinProblem(u, 'sha-or-major')))
    assert.deepEqual(problems.filter(Boolean), [])
  })

  it('in the examples too: one pins this action by the commit of a release, with its version', () => {
    const pinned = workflowFiles('examples')
      .flatMap((file) => usesOf(file, read(file)))
      .filter((u) => u.ref.startsWith('genesys-flow-promote/genesys-flow-promote@') && SHA.test(u.ref.split('@')[1]!))
    assert.ok(pinned.length > 0, 'no example pins the action by a commit SHA')
    for (const u of pinned) {
      assert.equal(pinProblem(u, 'sha'), undefined)
      // The commit is the release the comment names, where this clone has the history to tell.
      const sha = u.ref.split('@')[1]!
      let released: string | undefined
      try {
        released = JSON.parse(
          execFileSync('git', ['show', `${sha}:package.json`], {
            cwd: ROOT,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore']
          })
        ).version
      } catch {
        released = undefined
      }
      if (released !== undefined)
        assert.equal(`v${released}`, /^v\d+\.\d+\.\d+/.exec(u.comment)![0], `${u.file}:${u.line}`)
    }
  })

  it("in the README's examples: @v1 or a SHA, and a SHA-pinned example that passes the strict rule", () => {
    const uses = usesOf('README.md', read('README.md')).filter((u) =>
      u.ref.startsWith('genesys-flow-promote/genesys-flow-promote@')
    )
    assert.deepEqual(uses.map((u) => pinProblem(u, 'sha-or-major')).filter(Boolean), [])
    const pinned = uses.filter((u) => SHA.test(u.ref.split('@')[1]!))
    assert.ok(pinned.length > 0, 'the README shows no example pinned by a commit SHA')
    for (const u of pinned) {
      assert.equal(pinProblem(u, 'sha'), undefined)
      assert.equal(u.comment.split('.')[0], `v${pkg.version.split('.')[0]}`, `${u.ref}: not a release of this major`)
    }
  })

  it('and the rules themselves tell the pins apart', () => {
    const at = (ref: string, comment = ''): Uses => ({ file: 'w.yml', line: 1, ref, comment })
    const sha = '08c6903cd8c0fde910a37f88322edcfb5dd907a8'
    assert.equal(pinProblem(at(`actions/checkout@${sha}`, 'v5.0.0'), 'sha'), undefined)
    assert.match(pinProblem(at(`actions/checkout@${sha}`), 'sha')!, /version/)
    assert.match(pinProblem(at(`actions/checkout@${sha.slice(0, 12)}`, 'v5.0.0'), 'sha')!, /SHA/)
    assert.match(pinProblem(at('actions/checkout@v5'), 'sha')!, /SHA/)
    assert.equal(pinProblem(at('actions/checkout@v5'), 'sha-or-major'), undefined)
    assert.ok(pinProblem(at('actions/checkout@v5.0.0'), 'sha-or-major'))
    assert.ok(pinProblem(at('actions/checkout@main'), 'sha-or-major'))
    assert.ok(pinProblem(at('actions/checkout'), 'sha-or-major'))
    assert.equal(pinProblem(at('./'), 'sha'), undefined)
    assert.deepEqual(
      usesOf('w.yml', `steps:\n  - uses: "actions/setup-node@${sha}"  # v5.0.0\n    with: {}\n  - uses: ./\n`).map(
        (u) => [u.ref, u.comment]
      ),
      [
        [`actions/setup-node@${sha}`, 'v5.0.0'],
        ['./', '']
      ]
    )
  })
})
