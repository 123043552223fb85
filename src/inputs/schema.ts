import { z } from 'zod'
import { isLoopbackHost } from '../http/hosts.js'
import { Inputs } from '../model/action.js'
import {
  MODES,
  DIFF_MODES,
  HEALTH_GATE_ON_FAIL,
  PR_COMMENT_MODES,
  ROLLBACK_STRATEGIES,
  VALIDATE_MODES,
  WEBHOOK_EVENTS,
  WEBHOOK_FORMATS,
  type GatewayConfig,
  type HostSource,
  type WebhookUrl
} from '../model/config.js'
import { parseRedactKeys } from './redact-keys.js'
import { resolveRegion } from './region.js'

/**
 * The raw inputs after env fallbacks and defaults: every value a string, as the runner passes them;
 * and where the host came from, for the advice after a refused login.
 */
export type RawInputs = Record<Inputs, string> & { hostSource?: HostSource }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? undefined : s))

/** A flow version id: an opaque string such as `3.0`; never parsed as a number. */
export const versionId = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'is too long')
  .regex(/^[^\s/?#\\\p{Cc}]+$/u, 'must be a version id such as 3.0, without spaces, slashes or control characters')

const optionalVersion = optionalText.pipe(versionId.optional())

/** A region name or domain as the SDK wants its host (`region.ts`); an unknown one is an issue. */
function toRegionHost(value: string, ctx: z.RefinementCtx): string {
  try {
    return resolveRegion(value)
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message })
    return z.NEVER
  }
}

const organizationId = optionalText.refine(
  (s) => s === undefined || UUID.test(s),
  'must be an organization id (a UUID)'
)

export const flowId = z.string().trim().regex(UUID, 'must be a flow id (a UUID)')
export const flowType = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]+$/, 'must be a flow type such as inboundcall, inboundchat or commonmodule')

/** YAML 1.2 core-schema booleans, the same set `core.getBooleanInput` accepts. */
const boolean = z
  .string()
  .trim()
  .refine((s) => /^(true|True|TRUE|false|False|FALSE)$/.test(s), 'must be true or false')
  .transform((s) => s.toLowerCase() === 'true')

function positiveSeconds(max: number) {
  return z
    .string()
    .trim()
    .refine((s) => /^\d+(\.\d+)?$/.test(s) && Number(s) > 0, 'must be a positive number of seconds')
    .transform(Number)
    .refine((n) => n <= max, `must be at most ${max} seconds`)
    .transform((seconds) => Math.round(seconds * 1000))
}

/** A number of seconds that may be 0 (off). */
function secondsOrOff(max: number) {
  return z
    .string()
    .trim()
    .refine((s) => /^\d+(\.\d+)?$/.test(s), 'must be 0 (off) or a positive number of seconds')
    .transform(Number)
    .refine((n) => n <= max, `must be at most ${max} seconds`)
    .transform((seconds) => Math.round(seconds * 1000))
}

const retries = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number (0 or more)')
  .transform(Number)
  .refine((n) => n <= 20, 'must be at most 20')

/**
 * An absolute URL, https:// (http:// only on loopback), without credentials. The value is never
 * echoed in an error: a webhook URL may carry a token.
 */
function secureUrl(credentialsMessage: string) {
  return optionalText.transform((value, ctx): URL | undefined => {
    if (value === undefined) return undefined
    let url: URL
    try {
      url = new URL(value)
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an absolute https:// URL' })
      return z.NEVER
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: credentialsMessage })
      return z.NEVER
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
      ctx.addIssue({ code: 'custom', message: 'must use https:// (http:// only for loopback hosts)' })
      return z.NEVER
    }
    return url
  })
}

const gatewayUrl = secureUrl('must not carry credentials').transform(
  (url): GatewayConfig | undefined =>
    url && {
      protocol: url.protocol === 'http:' ? 'http' : 'https',
      host: url.hostname,
      port: url.port ? Number(url.port) : -1,
      path: url.pathname.replace(/\/+$/, '')
    }
)

const webhookUrl = secureUrl('must not carry credentials (use webhook-authorization)').transform(
  (url): WebhookUrl | undefined => url && { href: url.href, origin: url.origin }
)

const headerValue = optionalText.refine((s) => s === undefined || !/[\r\n]/.test(s), 'must be a single line')

/** Parses the raw inputs into typed values; cross-field rules are in `config.ts`. */
export const RawInputsSchema = z.object({
  [Inputs.ClientId]: optionalText,
  [Inputs.ClientSecret]: optionalText,
  [Inputs.Region]: z.string().transform(toRegionHost),
  [Inputs.GatewayUrl]: gatewayUrl,
  [Inputs.OrganizationId]: organizationId,
  [Inputs.SourceClientId]: optionalText,
  [Inputs.SourceClientSecret]: optionalText,
  // No default: an unset source region is refused (config.ts), never guessed.
  [Inputs.SourceRegion]: optionalText.transform((value, ctx) => value && toRegionHost(value, ctx)),
  [Inputs.SourceGatewayUrl]: gatewayUrl,
  [Inputs.SourceOrganizationId]: organizationId,
  [Inputs.SourceVersion]: optionalVersion,
  [Inputs.FlowId]: optionalText.pipe(flowId.optional()),
  [Inputs.FlowName]: optionalText.pipe(z.string().max(200, 'is too long').optional()),
  [Inputs.FlowType]: optionalText.pipe(flowType.optional()),
  [Inputs.TargetVersion]: versionId,
  [Inputs.FlowFile]: optionalText.pipe(z.string().max(500, 'is too long').optional()),
  [Inputs.Substitutions]: optionalText,
  [Inputs.ExpectedCurrentVersion]: optionalVersion,
  [Inputs.RollbackVersion]: optionalVersion,
  [Inputs.AutoRollback]: boolean,
  [Inputs.ForceUnlock]: boolean,
  [Inputs.RollbackStrategy]: z
    .string()
    .trim()
    .pipe(z.enum(ROLLBACK_STRATEGIES, { message: `must be one of ${ROLLBACK_STRATEGIES.join(', ')}` })),
  [Inputs.Validate]: z
    .string()
    .trim()
    .pipe(z.enum(VALIDATE_MODES, { message: `must be one of ${VALIDATE_MODES.join(', ')}` })),
  [Inputs.Diff]: z
    .string()
    .trim()
    .pipe(z.enum(DIFF_MODES, { message: `must be one of ${DIFF_MODES.join(', ')}` })),
  [Inputs.RedactKeys]: z.string().transform((value, ctx) => {
    try {
      return parseRedactKeys(value)
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message })
      return z.NEVER
    }
  }),
  [Inputs.Mode]: z
    .string()
    .trim()
    .pipe(z.enum(MODES, { message: `must be one of ${MODES.join(', ')}` })),
  // A hosted runner ends a job after 6 h: no budget may be longer.
  [Inputs.TimeBudgetMinutes]: z
    .string()
    .trim()
    .refine((s) => /^\d+(\.\d+)?$/.test(s) && Number(s) > 0, 'must be a positive number of minutes, e.g. 30 or 0.5')
    .transform(Number)
    .refine((n) => n <= 360, 'must be at most 360 minutes (a hosted runner ends a job after 6 hours)')
    .transform((minutes) => Math.round(minutes * 60_000)),
  [Inputs.WaitTimeoutSeconds]: positiveSeconds(6 * 3600),
  [Inputs.PollIntervalSeconds]: positiveSeconds(60),
  // Within the longest time budget (6 h), which must also hold the publish's wait.
  [Inputs.HealthGateSeconds]: secondsOrOff(6 * 3600),
  [Inputs.HealthGateMinEntries]: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number of flow entries, 1 or more')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1_000_000, 'must be between 1 and 1000000'),
  [Inputs.HealthGateMaxFailurePercent]: z
    .string()
    .trim()
    .refine((s) => /^\d+(\.\d+)?$/.test(s), 'must be a percentage from 0 to 100, e.g. 5 or 2.5')
    .transform(Number)
    .refine((n) => n <= 100, 'must be at most 100 (a percentage)'),
  [Inputs.HealthGateOnFail]: z
    .string()
    .trim()
    .pipe(z.enum(HEALTH_GATE_ON_FAIL, { message: `must be one of ${HEALTH_GATE_ON_FAIL.join(', ')}` })),
  [Inputs.MaxRetries]: retries,
  [Inputs.RequestTimeoutSeconds]: positiveSeconds(600),
  [Inputs.Manifest]: optionalText,
  [Inputs.ChangeReference]: optionalText.pipe(z.string().max(500, 'is too long').optional()),
  [Inputs.Reason]: optionalText.pipe(z.string().max(2000, 'is too long').optional()),
  [Inputs.WebhookUrl]: webhookUrl,
  [Inputs.WebhookSecret]: optionalText,
  [Inputs.WebhookAuthorization]: headerValue,
  [Inputs.WebhookFormat]: z
    .string()
    .trim()
    .pipe(z.enum(WEBHOOK_FORMATS, { message: `must be one of ${WEBHOOK_FORMATS.join(', ')}` })),
  [Inputs.WebhookTimeoutSeconds]: positiveSeconds(60),
  [Inputs.FailOnWebhookError]: boolean,
  [Inputs.WebhookEvents]: z
    .string()
    .trim()
    .pipe(z.enum(WEBHOOK_EVENTS, { message: `must be one of ${WEBHOOK_EVENTS.join(', ')}` })),
  [Inputs.AuditFile]: z.string().trim().min(1, 'must be a file path'),
  [Inputs.PrComment]: z
    .string()
    .trim()
    .pipe(z.enum(PR_COMMENT_MODES, { message: `must be one of ${PR_COMMENT_MODES.join(', ')}` })),
  [Inputs.GithubToken]: optionalText,
  // GitHub's limit for an environment's name.
  [Inputs.DeploymentEnvironment]: optionalText.pipe(
    z
      .string()
      .max(255, 'is too long: GitHub takes at most 255 characters')
      .regex(/^[^\p{Cc}]+$/u, 'must be one line without control characters')
      .optional()
  )
})
