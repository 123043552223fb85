import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes the record synchronously: it also runs from a SIGTERM handler, where nothing
 * asynchronous is guaranteed to finish.
 */
export function writeAuditFile(file: string, record: unknown): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`)
}
