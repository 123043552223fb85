import { isMaskable } from '../model/secrets.js'
import { clientFingerprint } from './fingerprint.js'

/** A value this run must not show, and what stands in for it. */
export interface Redaction {
  value: string
  replacement: string
  /** Replaced inside longer words too, whatever its length: a secret the user declared as one. */
  anywhere?: boolean
}

/**
 * What stands in for each value this run masked, and for our OAuth client id (a user who stores it
 * as a secret has the runner mask it, and GitHub drops any job output that contains a masked
 * value): the id by its fingerprint, a URL (a signed URL, a webhook URL) by a placeholder. A value
 * that cannot be masked (`isMaskable`: an empty one) is no pattern.
 */
export function redactionsFor(
  clientId: string,
  masked: Iterable<string>,
  declared: Iterable<string> = []
): Redaction[] {
  const redactions: Redaction[] = isMaskable(clientId)
    ? [{ value: clientId, replacement: clientFingerprint(clientId) }]
    : []
  const anywhere = new Set(declared)
  for (const value of new Set([...masked, ...anywhere])) {
    if (value === clientId || !isMaskable(value) || (value.length < 3 && !anywhere.has(value))) continue
    const replacement = /^[a-z]+:\/\//i.test(value) ? '<masked URL>' : '<masked>'
    redactions.push({ value, replacement, anywhere: anywhere.has(value) })
  }
  // Longest first: a value that contains another is replaced whole.
  return redactions.sort((a, b) => b.value.length - a.value.length)
}

/**
 * Every occurrence: GitHub drops an output that contains a masked value anywhere, inside a longer
 * word too. Only a value too short to be a real secret or id (`c` in tests) must stand alone, or
 * every `c` in `switched` would go.
 */
function tokenPattern(value: string, anywhere = false): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return anywhere || value.length >= 8
    ? new RegExp(escaped, 'g')
    : new RegExp(`(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`, 'g')
}

/** `value` with every string in it redacted; objects and arrays are copied, never changed in place. */
export function redactDeep<T>(value: T, redactions: readonly Redaction[]): T {
  if (typeof value === 'string') {
    let text: string = value
    for (const r of redactions)
      if (text.includes(r.value)) text = text.replace(tokenPattern(r.value, r.anywhere), r.replacement)
    return text as T
  }
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, redactions)) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redactions)])) as T
  return value
}
