import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLoopbackServer } from '../../harness/loopback-server.js'

/** A loopback stand-in for the GitHub REST API's issue comments. */
export async function startGithubApi(options: { forbid?: boolean } = {}) {
  const comments: { id: number; body: string }[] = []
  const requests: { method: string; path: string; authorization?: string }[] = []
  let nextId = 100
  const server = await startLoopbackServer((req, body, res) => {
    const url = new URL(req.url ?? '/', 'http://api')
    requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization })
    const json = (status: number, value: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
    if (options.forbid) return json(403, { message: 'Resource not accessible by integration' })
    if (req.method === 'GET' && /\/issues\/\d+\/comments$/.test(url.pathname)) return json(200, comments)
    if (req.method === 'POST' && /\/issues\/\d+\/comments$/.test(url.pathname)) {
      const comment = { id: nextId++, body: JSON.parse(body).body }
      comments.push(comment)
      return json(201, comment)
    }
    const m = /\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (req.method === 'PATCH' && m) {
      const comment = comments.find((c) => c.id === Number(m[1]))
      if (!comment) return json(404, { message: 'Not Found' })
      comment.body = JSON.parse(body).body
      return json(200, comment)
    }
    json(404, { message: 'Not Found' })
  })
  return { url: server.origin, comments, requests, close: server.close }
}

/** The environment of a `pull_request` run on PR #7 of acme/cx-flows. */
export function pullRequestEnv(apiUrl: string, fork = false): Record<string, string> {
  const event = path.join(mkdtempSync(path.join(os.tmpdir(), 'event-')), 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { repo: { fork, full_name: fork ? 'someone/cx-flows' : 'acme/cx-flows' } },
        base: { repo: { full_name: 'acme/cx-flows' } }
      }
    })
  )
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/cx-flows',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77'
  }
}
