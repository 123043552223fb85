import type { Config } from '../model/config.js'

/** Every secret the inputs carry, to be masked before anything can print it. */
export function secretsOf(config: Config): string[] {
  const secrets = [config.clientSecret]
  if (config.source) secrets.push(config.source.clientSecret)
  const webhook = config.webhook
  if (webhook) {
    secrets.push(webhook.url.href)
    if (webhook.secret) secrets.push(webhook.secret)
    if (webhook.authorization) {
      secrets.push(webhook.authorization)
      // `Bearer <token>`: the credential alone may be printed by a receiver's echo too.
      const credential = webhook.authorization.split(/\s+/).slice(1).join(' ')
      if (credential) secrets.push(credential)
    }
  }
  if (config.githubToken) secrets.push(config.githubToken)
  return secrets
}
