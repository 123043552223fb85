import type { Snapshot } from '../model/outcome.js'
import type { Flow } from '../model/port.js'

export function takeSnapshot(flow: Flow): Snapshot {
  const op = flow.currentOperation
  return {
    publishedVersion: flow.publishedVersion?.id,
    datePublished: flow.publishedVersion?.datePublished,
    checkedInVersion: flow.checkedInVersion?.id,
    savedVersion: flow.savedVersion?.id,
    active: flow.active,
    lockedBy: lockHolder(flow),
    currentOperation: op
      ? { id: op.id, actionName: op.actionName, actionStatus: op.actionStatus, complete: op.complete }
      : undefined,
    division: flow.division ? { id: flow.division.id, name: flow.division.name } : undefined
  }
}

/** Who holds the flow's lock, as a reader would name them. */
export function lockHolder(flow: Flow): string | undefined {
  if (flow.lockedUser) return `user ${flow.lockedUser.name ?? flow.lockedUser.id}`
  if (flow.lockedClient) return `OAuth client ${flow.lockedClient.name ?? flow.lockedClient.id}`
  return undefined
}
