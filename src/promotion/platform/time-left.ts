import { BudgetExhaustedError, usableUntil } from '../../model/time-budget.js'
import type { PromotionContext } from './context.js'

/**
 * When a wait that starts now and may last `waitMs` must end: at its own timeout, or earlier when
 * the time budget ends first. `byBudget` says which, for the message of a wait that ran out.
 */
export function waitDeadline(ctx: PromotionContext, begun: number, waitMs: number): { at: number; byBudget: boolean } {
  const own = begun + waitMs
  const budget = ctx.settings.budget
  if (!budget) return { at: own, byBudget: false }
  const usable = usableUntil(budget, ctx.settings.rollingBack === true)
  return usable < own ? { at: Math.max(begun, usable), byBudget: true } : { at: own, byBudget: false }
}

/**
 * A new write starts only when the time budget covers its own worst wait, and the health gate's
 * watch after it, besides the reserves for rolling back, the record and the webhook. A rollback is
 * what the reserve is for: never refused.
 */
export function requireTimeFor(ctx: PromotionContext, what: string, ownWorstMs: number): void {
  const budget = ctx.settings.budget
  if (!budget || ctx.settings.rollingBack) return
  const left = usableUntil(budget, false) - ctx.clock.now()
  const gateMs = ctx.settings.healthGate?.windowMs ?? 0
  if (left >= ownWorstMs + gateMs) return
  const s = (ms: number) => `${Math.max(0, Math.round(ms / 100) / 10)} s`
  const gate = gateMs ? ` and the health gate's watch ${s(gateMs)}` : ''
  throw new BudgetExhaustedError(
    `the time budget leaves ${s(left)} for ${what}, whose wait may take ${s(ownWorstMs)}${gate}, besides ${s(budget.rollbackReserveMs + budget.finalReserveMs)} kept for a rollback, the record and the webhook: nothing more was written (raise time-budget-minutes, or lower wait-timeout-seconds${gateMs ? ' or health-gate-seconds' : ''})`
  )
}
