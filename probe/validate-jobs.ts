import { PlatformError, errorMessage } from '../src/model/errors.js'
import type { ValidateJobState } from '../src/model/port.js'
import type { PromotionContext } from '../src/promotion/platform/context.js'
import { pollJob } from '../src/promotion/platform/jobs.js'

/**
 * What a real org answers to validate jobs (a preview API, docs/platform.md#validation-by-the-platform),
 * read-only: one job over the flow's checked-in versions, read to its end (its status, the message
 * types, whether a message carries the flow's id), then ever larger jobs started and not read, to
 * find the largest one it accepts. An org without the preview says so in its first answer.
 */

/** What the emulator assumes, beside what the platform answered. */
export const VALIDATE_ASSUMES =
  'a job Started, then Success even when it finds errors; messages typed Error or Warning, naming no flow; at most 50 flows a job (400 beyond); an org without the preview answers 404'

/** Batch sizes tried, each started only when the one before was accepted. */
export const BATCH_SIZES = [1, 10, 50, 100, 200] as const

export interface ValidationFinding {
  /** The first request's refusal: what an org without the preview (or the permission) answers. */
  refused?: string
  /** The job over the flow's versions: its final status, its message types, whether a message names the flow. */
  status?: string
  types: Record<string, number>
  namesFlow?: boolean
  /** The largest batch accepted, and the first refused with its answer. */
  largestBatch?: number
  refusedBatch?: { size: number; answer: string }
  /** The finished job, as a shape. */
  state?: ValidateJobState
}

export async function probeValidation(
  flowId: string,
  versions: string[],
  ctx: PromotionContext
): Promise<ValidationFinding> {
  const found: ValidationFinding = { types: {} }
  const items = versions.map((version) => ({ flowId, version }))
  try {
    const started = await ctx.genesys.startValidate(items)
    const state = await pollJob(
      () => ctx.genesys.getValidateJob(started.id),
      `the validate job ${started.id}`,
      ctx,
      (s) => s.status === undefined || /^(success|failure)$/i.test(s.status)
    )
    found.state = state
    found.status = state.status ?? '(no status)'
    for (const m of state.messages ?? [])
      found.types[m.type ?? '(no type)'] = (found.types[m.type ?? '(no type)'] ?? 0) + 1
    if (state.messages?.length)
      found.namesFlow = state.messages.some((m) =>
        `${m.text ?? ''} ${m.details ?? ''}`.toLowerCase().includes(flowId.toLowerCase())
      )
  } catch (err) {
    if (!(err instanceof PlatformError)) throw err
    found.refused = err.describe()
    return found
  }
  // The same versions over again, as many as each size asks: what the platform takes in one job.
  for (const size of BATCH_SIZES) {
    const batch = Array.from({ length: size }, (_, i) => items[i % items.length]!)
    try {
      await ctx.genesys.startValidate(batch)
      found.largestBatch = size
    } catch (err) {
      if (!(err instanceof PlatformError)) throw err
      found.refusedBatch = { size, answer: errorMessage(err) }
      break
    }
  }
  return found
}

/** The finding in one line, for the probe's step. */
export function describeValidation(found: ValidationFinding): string {
  if (found.refused) return `refused: ${found.refused}`
  const types = Object.entries(found.types)
    .map(([type, n]) => `${type} ×${n}`)
    .join(', ')
  return [
    `job ${found.status}`,
    types ? `messages: ${types}` : 'no message',
    found.namesFlow === undefined ? undefined : `a message carries the flow's id: ${found.namesFlow ? 'yes' : 'no'}`,
    `largest batch accepted: ${found.largestBatch ?? 'none'}${found.refusedBatch ? ` (${found.refusedBatch.size} refused: ${found.refusedBatch.answer})` : ` (of ${BATCH_SIZES.join(', ')})`}`
  ]
    .filter(Boolean)
    .join('; ')
}
