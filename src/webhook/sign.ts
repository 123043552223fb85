import { createHmac } from 'node:crypto'

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the Standard Webhooks symmetric signature. */
export function signStandardWebhook(key: Buffer, id: string, timestampSeconds: number, body: string): string {
  const digest = createHmac('sha256', key).update(`${id}.${timestampSeconds}.`).update(body).digest('base64')
  return `v1,${digest}`
}
