import { createHmac, timingSafeEqual } from 'node:crypto'
import type http from 'node:http'
import { startLoopbackServer } from './loopback-server.js'

export interface Received {
  headers: http.IncomingHttpHeaders
  body: string
}

/**
 * What the receiver does with the n-th request (0-based): answer a status (optionally late), or
 * drop the connection.
 */
export type Script = (n: number) => { status: number; headers?: Record<string, string>; delayMs?: number } | 'drop'

/** A loopback change-management endpoint that records what it receives. */
export async function startReceiver(script: Script = () => ({ status: 204 })) {
  const received: Received[] = []
  const server = await startLoopbackServer((req, body, res) => {
    const answer = script(received.length)
    received.push({ headers: req.headers, body })
    if (answer === 'drop') req.socket.destroy()
    else setTimeout(() => res.writeHead(answer.status, answer.headers).end(), answer.delayMs ?? 0)
  })
  return {
    /** A URL with a token in its query, as many change-management endpoints take one. */
    url: `${server.origin}/change-events?token=receiver-token`,
    origin: server.origin,
    received,
    close: server.close
  }
}

/**
 * Verifies a delivery the way Standard Webhooks receivers do (the reference libraries): the
 * timestamp within 5 minutes, then any `v1,` signature of the space-separated list compared in
 * constant time with HMAC-SHA256 over `id.timestamp.body`, keyed by the base64-decoded secret.
 */
export function verifyStandardWebhook(
  secret: string,
  headers: http.IncomingHttpHeaders,
  body: string,
  nowSeconds = Date.now() / 1000
): boolean {
  const id = headers['webhook-id']
  const timestamp = Number(headers['webhook-timestamp'])
  const signatures = String(headers['webhook-signature'] ?? '').split(' ')
  if (typeof id !== 'string' || !Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false
  const expected = createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.${body}`)
    .digest()
  return signatures.some((entry) => {
    const [version, signature] = entry.split(',')
    const given = Buffer.from(signature ?? '', 'base64')
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected)
  })
}
