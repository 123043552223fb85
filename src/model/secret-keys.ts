/**
 * Which names say that a value is a secret: a key on the value's path in a flow file, or the `name`
 * of the variable or setting that holds it. Values under such names are hidden in diffs.
 */

/** Built in (SPEC, fourth revision); `redact-keys` adds to them. */
export const BUILT_IN_SECRET_KEYS: readonly string[] = [
  'secret',
  'password',
  'passwd',
  'token',
  'apikey',
  'api_key',
  'credential',
  'privatekey'
]

/**
 * A name as the patterns are compared with it, and a pattern too: lower case, letters and digits
 * only. So `apiKey`, `API-Key`, `api_key` and `Flow.partnerApiKey` all hold `apikey`, and
 * `private_key` holds `privatekey`: the way a flow's author writes a word must not let it through.
 */
export function keyLetters(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}
