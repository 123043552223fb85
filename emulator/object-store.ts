import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Jobs } from './jobs.js'

/** One request to the object store, as it saw it: the tests prove that no bearer token came here. */
export interface ObjectStoreRequest {
  /** Epoch ms when the request arrived. */
  at: number
  method: string
  path: string
  status: number
  /** The Authorization header, if the client sent one (it must not). */
  authorization?: string
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
export async function startObjectStore(
  jobs: () => Jobs,
  host = '127.0.0.1',
  now: () => number = Date.now
): Promise<ObjectStore> {
  const requests: ObjectStoreRequest[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://store')
      const record: ObjectStoreRequest = { at: now(), method: req.method ?? 'GET', path: url.pathname, status: 404 }
      if (req.headers.authorization) record.authorization = req.headers.authorization
      requests.push(record)
      const download = /^\/exports\/([0-9a-f]+)\.yaml$/.exec(url.pathname)
      const upload = /^\/uploads\/([0-9a-f]+)$/.exec(url.pathname)
      if (req.method === 'GET' && download) {
        const file = jobs().downloads.get(download[1]!)
        record.status = file === undefined ? 404 : 200
        if (file === undefined) return void res.writeHead(404).end()
        return void res.writeHead(200, { 'content-type': 'application/x-yaml' }).end(file)
      }
      if (req.method === 'PUT' && upload) {
        record.status = jobs().upload(upload[1]!, req.headers, Buffer.concat(chunks).toString('utf8'))
        return void res.writeHead(record.status).end(record.status === 403 ? 'SignatureDoesNotMatch' : '')
      }
      res.writeHead(404).end()
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
