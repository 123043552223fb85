import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Jobs } from './jobs.js'
import type { Fault } from './scenario.js'

/** One request to the object store, as it saw it: the tests prove that no bearer token came here. */
export interface ObjectStoreRequest {
  /** Epoch ms when the request arrived. */
  at: number
  method: string
  path: string
  status: number
  /** The Authorization header, if the client sent one (it must not). */
  authorization?: string
  /** The injected fault that struck this request, if any. */
  fault?: string
}

export interface ObjectStore {
  /** Another origin than the platform's: another port of 127.0.0.1. */
  url: string
  requests: ObjectStoreRequest[]
  close(): Promise<void>
}

/**
 * The object store behind the jobs' signed URLs (docs/platform.md#architect-export-and-import-jobs):
 * downloads of exports and uploads of flow files, each URL a credential of its own. An upload
 * without exactly the headers its job handed out is refused, as a signed URL refuses it.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function startObjectStore(
  jobs: () => Jobs,
  host = '127.0.0.1',
  now: () => number = Date.now,
  faultFor: (method: string, path: string) => Fault | undefined = () => undefined
): Promise<ObjectStore> {
  const requests: ObjectStoreRequest[] = []

  /** What the store does with a request when no fault strikes: its status, and the body it sends. */
  function answer(req: http.IncomingMessage, path: string, body: string): { status: number; file?: string } {
    const download = /^\/exports\/([0-9a-f]+)\.yaml$/.exec(path)
    const upload = /^\/uploads\/([0-9a-f]+)$/.exec(path)
    if (req.method === 'GET' && download) {
      const file = jobs().downloads.get(download[1]!)
      return file === undefined ? { status: 404 } : { status: 200, file }
    }
    if (req.method === 'PUT' && upload) return { status: jobs().upload(upload[1]!, req.headers, body) }
    return { status: 404 }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://store')
        const record: ObjectStoreRequest = { at: now(), method: req.method ?? 'GET', path: url.pathname, status: 404 }
        if (req.headers.authorization) record.authorization = req.headers.authorization
        requests.push(record)
        // The scenario's faults reach the store too (paths /uploads/* and /exports/*): an object
        // store throttles, fails and drops connections like any other origin.
        const fault = faultFor(record.method, record.path)
        if (fault) record.fault = JSON.stringify({ ...fault, match: undefined })
        if (fault?.delayMs && !fault.applied) await sleep(fault.delayMs)
        if (fault?.drop && !fault.applied) return void req.socket.destroy()
        const result =
          fault?.status && !fault.applied
            ? { status: fault.status }
            : answer(req, url.pathname, Buffer.concat(chunks).toString('utf8'))
        if (fault?.applied) {
          if (fault.delayMs) await sleep(fault.delayMs)
          if (fault.drop) return void req.socket.destroy()
          if (fault.status) result.status = fault.status
        }
        record.status = result.status
        const headers: Record<string, string> = {}
        if (fault?.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
        if (result.status === 200 && 'file' in result && result.file !== undefined)
          return void res.writeHead(200, { 'content-type': 'application/x-yaml', ...headers }).end(result.file)
        const text = result.status === 403 ? 'SignatureDoesNotMatch' : result.status >= 400 ? 'Injected or refused' : ''
        res.writeHead(result.status, headers).end(text)
      })()
    })
  })
  const sockets = new Set<import('node:net').Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const address = server.address() as AddressInfo
  return {
    url: `http://${address.address}:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
