import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

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
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const answer = script(received.length)
      received.push({ headers: req.headers, body })
      if (answer === 'drop') req.socket.destroy()
      else setTimeout(() => res.writeHead(answer.status, answer.headers).end(), answer.delayMs ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/change-events?token=receiver-token`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
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
