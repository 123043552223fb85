import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  close(): Promise<void>
}

/**
 * An HTTP server on 127.0.0.1 and a free port that reads each request's body before handing the
 * request over; closing it also drops the connections clients keep alive.
 */
export async function startLoopbackServer(
  handle: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void
): Promise<LoopbackServer> {
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => handle(req, body, res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
