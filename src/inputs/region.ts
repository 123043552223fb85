/**
 * Genesys Cloud regions. The map is the SDK's `PureCloudRegionHosts` (262.0.0) with the AWS-style
 * names written the way users type them (`eu-west-1`).
 */
const REGION_HOSTS: Readonly<Record<string, string>> = {
  'us-east-1': 'mypurecloud.com',
  'eu-west-1': 'mypurecloud.ie',
  'ap-southeast-2': 'mypurecloud.com.au',
  'ap-northeast-1': 'mypurecloud.jp',
  'eu-central-1': 'mypurecloud.de',
  'us-west-2': 'usw2.pure.cloud',
  'ca-central-1': 'cac1.pure.cloud',
  'ap-northeast-2': 'apne2.pure.cloud',
  'eu-west-2': 'euw2.pure.cloud',
  'ap-south-1': 'aps1.pure.cloud',
  'us-east-2': 'use2.us-gov-pure.cloud',
  'sa-east-1': 'sae1.pure.cloud',
  'me-central-1': 'mec1.pure.cloud',
  'ap-northeast-3': 'apne3.pure.cloud',
  'eu-central-2': 'euc2.pure.cloud',
  'mx-central-1': 'mxc1.pure.cloud',
  'ap-southeast-1': 'apse1.pure.cloud',
  'eusc-de-east-1': 'edee1.eusc-pure.cloud'
}

const KNOWN_HOSTS = new Set(Object.values(REGION_HOSTS))

/**
 * Resolves a region name, domain, `api.` host or URL to the environment host the SDK expects
 * (`mypurecloud.ie`). Unknown domains are refused rather than trusted: the client secret is sent to
 * `login.<region>`, and a typo must not send it anywhere else. `gateway-url` covers other hosts.
 */
export function resolveRegion(value: string): string {
  const raw = value.trim().toLowerCase()
  const byName = REGION_HOSTS[raw.replace(/_/g, '-')]
  if (byName) return byName
  const host = raw
    .replace(/^https:\/\//, '')
    .replace(/\/+$/, '')
    .replace(/^(api|login)\./, '')
  if (KNOWN_HOSTS.has(host)) return host
  throw new Error(
    `unknown region "${value}". Use a region name (${Object.keys(REGION_HOSTS).slice(0, 4).join(', ')}, ...), ` +
      `its domain (mypurecloud.ie, api.mypurecloud.ie, https://api.mypurecloud.ie), or gateway-url for anything else`
  )
}
