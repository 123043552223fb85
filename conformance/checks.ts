import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import {
  ErrorBodySchema,
  FlowListingSchema,
  FlowSchema,
  FlowVersionListingSchema,
  FlowVersionSchema,
  OrganizationSchema,
  TokenSchema
} from '../src/genesys/schemas.js'
import type { FlowSample } from './findings.js'

/**
 * Read-only checks of the platform shapes the action relies on. They run against the emulator in
 * CI, and against a real org with a user's credentials, which is how the emulator's assumptions are
 * confirmed where they matter. Nothing here writes.
 */
export interface Target {
  loginUrl: string
  apiUrl: string
  clientId: string
  clientSecret: string
  /** A flow to read in detail; the first flow listed otherwise. */
  flowId?: string
}

export interface CheckResult {
  name: string
  passed: boolean
  detail: string
}

export interface Conformance {
  results: CheckResult[]
  /** Raw flow answers, for the shareable report (`findings.ts`). */
  flows: FlowSample[]
  /** The body of a 429, if one came (none is provoked). */
  tooManyRequests?: unknown
}

export async function runConformance(target: Target): Promise<Conformance> {
  const results: CheckResult[] = []
  const flows: FlowSample[] = []
  let tooManyRequests: unknown
  const check = async (name: string, body: () => Promise<string>) => {
    try {
      results.push({ name, passed: true, detail: await body() })
    } catch (err) {
      results.push({ name, passed: false, detail: (err as Error).message })
    }
  }
  const correlationIds: boolean[] = []

  let token = ''
  await check('login: client credentials grant answers a bearer token', async () => {
    const response = await fetch(`${target.loginUrl}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${target.clientId}:${target.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded'
      },
      body: 'grant_type=client_credentials'
    })
    const body = parse(TokenSchema, await json(response, 200))
    token = body.access_token
    return `token_type ${body.token_type ?? '?'}, expires_in ${body.expires_in ?? '?'} s`
  })
  if (!token) return { results, flows }

  const get = async (path: string) => {
    const response = await fetch(`${target.apiUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
    correlationIds.push(response.headers.has('inin-correlation-id'))
    if (response.status === 429)
      tooManyRequests = await response
        .clone()
        .json()
        .catch(() => undefined)
    return response
  }

  await check('organization: GET /api/v2/organizations/me', async () => {
    const org = parse(OrganizationSchema, await json(await get('/api/v2/organizations/me'), 200))
    return `${org.name ?? ''} (${org.id})`
  })

  let flow: z.output<typeof FlowSchema> | undefined
  await check('flows: listing pages with pageNumber/pageSize/pageCount', async () => {
    const first = parse(FlowListingSchema, await json(await get('/api/v2/flows?pageSize=1&pageNumber=1'), 200))
    if (first.pageCount === undefined || first.pageSize === undefined) {
      throw new Error('the listing has no pageCount or pageSize: the client falls back to reading until a short page')
    }
    if (first.total !== undefined && first.pageCount !== Math.ceil(first.total / first.pageSize)) {
      throw new Error(`pageCount ${first.pageCount} for total ${first.total} at pageSize ${first.pageSize}`)
    }
    if (first.pageCount > 1) {
      const second = parse(FlowListingSchema, await json(await get('/api/v2/flows?pageSize=1&pageNumber=2'), 200))
      if (second.entities[0]?.id === first.entities[0]?.id) throw new Error('page 2 repeats page 1')
    }
    flow = first.entities[0]
    return `${first.total ?? '?'} flows, ${first.pageCount} pages of 1`
  })

  await check('flow: GET /api/v2/flows/{id} has the fields the snapshot reads', async () => {
    const id = target.flowId ?? flow?.id
    if (!id) throw new Error('no flow to read: the org has no flows (pass --flow-id)')
    flow = parse(FlowSchema, await json(await get(`/api/v2/flows/${id}`), 200))
    return `${flow.name} (${flow.type}), published ${flow.publishedVersion?.id ?? 'none'}, checked in ${flow.checkedInVersion?.id ?? 'none'}`
  })

  await check('flows: name is a contains-match and type is a lowercase filter', async () => {
    if (!flow?.name || !flow.type) throw new Error('no flow read with a name and a type')
    const part = flow.name.slice(0, Math.max(1, Math.floor(flow.name.length / 2)))
    const listing = parse(
      FlowListingSchema,
      await json(
        await get(`/api/v2/flows?name=${encodeURIComponent(part)}&type=${flow.type.toLowerCase()}&pageSize=100`),
        200
      )
    )
    if (!listing.entities.some((f) => f.id === flow!.id)) throw new Error(`"${part}" did not find "${flow.name}"`)
    return `"${part}" found "${flow.name}" among ${listing.entities.length}`
  })

  await check('versions: listing pages and a version reads by id', async () => {
    if (!flow) throw new Error('no flow read')
    const listing = parse(
      FlowVersionListingSchema,
      await json(await get(`/api/v2/flows/${flow.id}/versions?pageSize=1&pageNumber=1`), 200)
    )
    const first = listing.entities[0]
    if (!first?.id) return 'the flow has no versions'
    const version = parse(
      FlowVersionSchema,
      await json(await get(`/api/v2/flows/${flow.id}/versions/${encodeURIComponent(first.id)}`), 200)
    )
    return `${listing.total ?? '?'} versions; ${version.id} is ${version.type ?? 'untyped'}`
  })

  await check('errors: 404 not.found with the ErrorBody shape, contextId = ININ-Correlation-Id', async () => {
    const response = await get(`/api/v2/flows/${randomUUID()}`)
    const body = parse(ErrorBodySchema, await json(response, 404))
    if (body.code !== 'not.found') throw new Error(`code ${body.code}`)
    const header = response.headers.get('inin-correlation-id')
    if (!header || body.contextId !== header) throw new Error(`contextId ${body.contextId} vs header ${header}`)
    return `${body.code}, correlation id ${header}`
  })

  await check('shapes: the first page of flows, for the report of what the evidence left open', async () => {
    const listing = (await json(await get('/api/v2/flows?pageSize=100&pageNumber=1'), 200)) as { entities?: unknown[] }
    for (const body of listing.entities ?? []) flows.push({ body })
    const parsed = parse(FlowListingSchema, listing)
    return `${parsed.entities.length} flows read; each parses`
  })

  await check('every API response carries ININ-Correlation-Id', async () => {
    if (!correlationIds.length || correlationIds.includes(false))
      throw new Error(`${correlationIds.filter((c) => !c).length} of ${correlationIds.length} lacked it`)
    return `${correlationIds.length} of ${correlationIds.length}`
  })
  return { results, flows, tooManyRequests }
}

async function json(response: Response, expected: number): Promise<unknown> {
  const text = await response.text()
  if (response.status !== expected)
    throw new Error(`HTTP ${response.status} (expected ${expected}): ${text.slice(0, 200)}`)
  return JSON.parse(text)
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new Error(`unexpected shape at ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  }
  return result.data
}
