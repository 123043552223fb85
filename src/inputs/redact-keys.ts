import { keyLetters } from '../model/secret-keys.js'

/** A pattern shorter than this (in letters and digits) would hide most values of a flow. */
const MIN_LETTERS = 3
const MAX_PATTERNS = 100
const MAX_LENGTH = 100

/**
 * `redact-keys`: parts of key names, separated by commas or new lines, compared as the built-in
 * ones are (any case, letters and digits only). Answers them in that form, without repeats; throws
 * on a pattern that cannot mean what its author meant: a wildcard or a regular expression (it
 * would be taken literally and match nothing), or one so short that it would hide almost everything.
 */
export function parseRedactKeys(value: string): string[] {
  const patterns = value
    .split(/[,\n\r]/)
    .map((item) => item.trim())
    .filter(Boolean)
  if (patterns.length > MAX_PATTERNS) throw new Error(`has ${patterns.length} patterns; at most ${MAX_PATTERNS}`)
  for (const pattern of patterns) {
    const shown = JSON.stringify(pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern)
    if (pattern.length > MAX_LENGTH) throw new Error(`has a pattern longer than ${MAX_LENGTH} characters: ${shown}`)
    if (!/^[\p{L}\p{N}_.\- ]+$/u.test(pattern))
      throw new Error(
        `has ${shown}: write parts of key names (letters, digits, _ - .) separated by commas or new lines, without wildcards or regular expressions`
      )
    if (keyLetters(pattern).length < MIN_LETTERS)
      throw new Error(
        `has ${shown}: a pattern needs at least ${MIN_LETTERS} letters or digits, or it hides most values`
      )
  }
  return [...new Set(patterns.map(keyLetters))]
}
