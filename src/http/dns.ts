/**
 * The getaddrinfo failures that mean "this host name does not resolve" (Node's `dns.lookup`, which
 * http, https and axios use): `ENOTFOUND` (Node's name for EAI_NONAME and EAI_NODATA: no such
 * host, or no address for it), `EAI_AGAIN` (the resolver could not answer now: no DNS server
 * reachable, a timeout), `EAI_FAIL` (the resolver failed for good). The raw EAI_NONAME and
 * EAI_NODATA are listed too, for platforms whose libc reports them unmapped.
 */
const DNS_FAILURES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'])

/**
 * A host that does not resolve: retried once at most (a resolver's hiccup passes in a second; a
 * misspelt or unreachable name never does, and the full backoff would only delay the verdict).
 */
export const MAX_DNS_RETRIES = 1

export function isDnsFailure(code: string | undefined): boolean {
  return code !== undefined && DNS_FAILURES.has(code)
}
