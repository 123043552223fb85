const HOW_TO_MAKE_ONE = 'make one with: echo "whsec_$(openssl rand -base64 32)", and give the receiver the same value'

/**
 * Decodes a Standard Webhooks symmetric secret (`whsec_` + base64 of 24-64 random bytes) into the
 * HMAC key. Node's base64 decoder skips invalid characters silently, so the value is re-encoded and
 * compared: a secret that does not round-trip is refused rather than used as a different key.
 */
export function parseSigningSecret(secret: string): Buffer {
  if (!secret.startsWith('whsec_')) {
    throw new Error(`must look like whsec_<base64>; ${HOW_TO_MAKE_ONE}`)
  }
  const encoded = secret.slice('whsec_'.length)
  const key = Buffer.from(encoded, 'base64')
  const roundTrip = key.toString('base64').replace(/=+$/, '')
  if (roundTrip !== encoded.replace(/=+$/, '') || key.length < 24 || key.length > 64) {
    throw new Error(`must be whsec_ followed by the base64 of 24 to 64 bytes; ${HOW_TO_MAKE_ONE}`)
  }
  return key
}
