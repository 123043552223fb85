import type { Snapshot } from '../../model/outcome.js'
import type { EntityRef, Flow, Operation } from '../../model/port.js'

/** The flow as it was before the run: the rollback target, recorded in the audit record. */
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

/** How a reader names someone the platform refers to; `{}` is still someone, if unnamed. */
function named(ref: EntityRef): string {
  return ref.name ?? ref.id ?? '(not named by the platform)'
}

/** Who holds the flow's lock, as a reader would name and find them: name and id. */
export function lockHolder(flow: Flow): string | undefined {
  const both = (ref: EntityRef) => (ref.name && ref.id ? `${ref.name} (${ref.id})` : named(ref))
  if (flow.lockedUser) return `user ${both(flow.lockedUser)}`
  if (flow.lockedClient) return `OAuth client ${both(flow.lockedClient)}`
  return undefined
}

/** Who started an operation, as a reader would name them. */
function actorOf(op: Operation): string {
  const known = (ref?: EntityRef) => ref !== undefined && (ref.id !== undefined || ref.name !== undefined)
  // A named client beside `user: {}` is the actor: the empty user names nobody.
  if (known(op.user) || (op.user && !known(op.client))) return `user ${named(op.user!)}`
  if (op.client) return `OAuth client ${named(op.client)}`
  return 'an actor the platform does not name'
}

/** `operation 1b2c… (VALIDATE by OAuth client CX as Code)` */
export function describeOperation(op: Operation): string {
  return `operation ${op.id ?? '(no id)'} (${op.actionName ?? 'an action'} by ${actorOf(op)})`
}

/**
 * Whether an operation has finished. `complete` says so; without it, only a final `actionStatus`
 * (SUCCESS, FAILURE) does. Undefined: the answer does not tell.
 */
export function isComplete(op: Operation): boolean | undefined {
  if (op.complete !== undefined) return op.complete
  if (op.actionStatus === 'SUCCESS' || op.actionStatus === 'FAILURE') return true
  return undefined
}
