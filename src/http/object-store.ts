import http from 'node:http'
import https from 'node:https'
import { PlatformError } from '../model/errors.js'
import type { Agents } from './agents.js'
import { parseRetryAfterMs } from './backoff.js'
import { isDnsFailure } from './dns.js'
import { isLoopbackHost } from './hosts.js'

/** The most a flow file may weigh either way: flows are kilobytes, so this only bounds the absurd. */
const MAX_FILE_BYTES = 20 * 1024 * 1024

export interface ObjectStoreOptions {
  agents: Agents
  timeoutMs: number
  /** A signed URL is a credential for its lifetime: masked before anything could print it. */
  mask: (secret: string) => void
}

/**
 * Transfers to the object store behind Architect jobs' signed URLs. That is another origin than the
 * platform, so this is not the SDK's client: it sends no bearer token and no platform header, only
 * the headers the job handed out; https only (http on loopback); no redirect followed; size and
 * time bounded; the proxy rule of every other request. Errors never repeat the URL.
 */
export function objectStore(options: ObjectStoreOptions) {
  function target(href: string, what: string): URL {
    options.mask(href)
    let url: URL
    try {
      url = new URL(href)
    } catch {
      throw new PlatformError({ message: `${what}: the platform handed out something that is not a URL` })
    }
    if (url.search.length > 1) options.mask(url.search.slice(1))
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname)))
      throw new PlatformError({
        message: `${what}: the platform handed out a URL that is not https://; nothing was sent`
      })
    return url
  }

  function send(method: 'GET' | 'PUT', url: URL, what: string, headers: Record<string, string>, body?: string) {
    return new Promise<string>((resolve, reject) => {
      let settled = false
      const fail = (fields: { message: string; status?: number; networkCode?: string; retryAfterSeconds?: number }) => {
        if (settled) return
        settled = true
        reject(new PlatformError({ ...fields, message: `${what} ${fields.message}` }))
      }
      const request = (url.protocol === 'https:' ? https : http).request(
        url,
        {
          method,
          headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: options.agents.agentFor(url)
        },
        (response) => {
          const status = response.statusCode ?? 0
          const chunks: Buffer[] = []
          let size = 0
          response.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size <= MAX_FILE_BYTES) return void chunks.push(chunk)
            response.destroy()
            fail({ message: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: refused` })
          })
          response.on('error', (err: NodeJS.ErrnoException) =>
            fail({ message: 'failed without a complete answer', networkCode: err.code ?? 'ERR_RESPONSE' })
          )
          response.on('end', () => {
            if (status >= 300 && status < 400)
              return fail({ message: 'answered a redirect, which is not followed', status })
            if (status < 200 || status >= 300) {
              // An object store throttles like any origin: its Retry-After counts as the platform's does.
              const header = response.headers['retry-after']
              const waitMs = parseRetryAfterMs(Array.isArray(header) ? header[0] : header, Date.now())
              const retryAfterSeconds = waitMs === undefined ? undefined : Math.ceil(waitMs / 1000)
              return fail({ message: 'failed', status, retryAfterSeconds })
            }
            if (settled) return
            settled = true
            resolve(Buffer.concat(chunks).toString('utf8'))
          })
        }
      )
      // The whole transfer is bounded, not only the socket's idle time: a trickle must not hold the step.
      const timer = setTimeout(
        () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
        options.timeoutMs
      )
      request.on('close', () => clearTimeout(timer))
      request.on('error', (err: NodeJS.ErrnoException) =>
        fail({
          // The host alone is no credential (the signed part is the path and query).
          message:
            err.code === 'ETIMEDOUT'
              ? 'timed out'
              : isDnsFailure(err.code)
                ? `failed: the object store's host ${url.hostname} could not be resolved`
                : 'failed without a response',
          networkCode: err.code ?? 'ERR_REQUEST'
        })
      )
      request.end(body)
    })
  }

  return {
    /** Downloads an export: a read, safe to repeat. */
    download: async (href: string) => send('GET', target(href, 'the export download'), 'the export download', {}),
    /** Uploads a flow file with exactly the headers the import job handed out (and never a bearer token). */
    async upload(href: string, headers: Record<string, string>, file: string): Promise<void> {
      if (Buffer.byteLength(file) > MAX_FILE_BYTES)
        throw new PlatformError({ message: `the flow file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: refused` })
      const own = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
      await send('PUT', target(href, 'the flow file upload'), 'the flow file upload', own, file)
    }
  }
}
