import { createHash } from 'node:crypto'

/**
 * `sha256:` of region + flow id + from + to. A plan and the apply that follows it produce the same
 * fingerprint exactly when they describe the same change, so a workflow can compare the two.
 */
export function planFingerprint(region: string, flowId: string, from: string | undefined, to: string): string {
  return `sha256:${createHash('sha256')
    .update(JSON.stringify([region, flowId, from ?? null, to]))
    .digest('hex')}`
}

/** `sha256:` + 12 hex of an OAuth client id: names our own client without showing the id. */
export function clientFingerprint(clientId: string): string {
  return `sha256:${createHash('sha256').update(clientId).digest('hex').slice(0, 12)}`
}

/** One fingerprint for a release: every flow's, in a stable order. */
export function releaseFingerprint(fingerprints: string[]): string {
  return `sha256:${createHash('sha256')
    .update(JSON.stringify([...fingerprints].sort()))
    .digest('hex')}`
}
