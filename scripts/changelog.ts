// The release notes of one version, from CHANGELOG.md (Keep a Changelog). The release workflow
// publishes them with the GitHub release; test/unit/packaging.test.ts checks that package.json's
// version has some.

/** A `## ` heading outside code fences: where one version's section ends. */
const SECTION = /^##\s/
/** The link definitions Keep a Changelog puts at the end: `[1.0.0]: https://…`, `[unreleased]: …`. */
const VERSION_LINK = /^\[(?:unreleased|v?\d+\.\d+\.\d+[^\]]*)\]:\s/i
const FENCE = /^\s*(```|~~~)/

/**
 * The body of the `## [version] - date` section (also `## version`, `## [vversion]`), trimmed;
 * undefined when there is no such section, '' when it has nothing but sub-headings.
 */
export function releaseNotes(changelog: string, version: string): string | undefined {
  const wanted = version.replace(/^v/, '')
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const heading = new RegExp(`^##\\s+\\[?v?${escaped}\\]?(?:\\s+[-–—]\\s+.*)?\\s*$`)
  const lines = changelog.replace(/\r\n/g, '\n').split('\n')
  let start = -1
  let inFence = false
  for (let i = 0; i < lines.length; i += 1) {
    if (FENCE.test(lines[i]!)) inFence = !inFence
    if (!inFence && heading.test(lines[i]!)) {
      start = i + 1
      break
    }
  }
  if (start < 0) return undefined
  const body: string[] = []
  inFence = false
  for (const line of lines.slice(start)) {
    if (FENCE.test(line)) inFence = !inFence
    if (!inFence && SECTION.test(line)) break
    if (!inFence && VERSION_LINK.test(line)) continue
    body.push(line)
  }
  const notes = body.join('\n').trim()
  const hasContent = body.some((line) => line.trim() !== '' && !/^#{3,6}\s/.test(line))
  return hasContent ? notes : ''
}
