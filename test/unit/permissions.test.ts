import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AuthorizationSubjectSchema } from '../../src/genesys/schemas.js'
import { PlatformError } from '../../src/model/errors.js'
import { newOutcome } from '../../src/model/outcome.js'
import type { DivisionsPermitted, GenesysPort, PermissionGrant } from '../../src/model/port.js'
import { learnClearance, needsOf, permissionsToAsk } from '../../src/promotion/checks/permissions.js'
import type { PromotionContext } from '../../src/promotion/platform/context.js'

const HOME = 'home-id'
const log = () => {
  const lines: string[] = []
  return {
    lines,
    info: (m: string) => lines.push(`info ${m}`),
    warning: (m: string) => lines.push(`warning ${m}`),
    debug: () => {}
  }
}
function port(
  grants: () => Promise<PermissionGrant[] | undefined>,
  permitted?: (p: string) => Promise<DivisionsPermitted>
) {
  const asked: string[] = []
  const genesys = {
    getMyGrants: grants,
    divisionsPermitted: async (p: string) => {
      asked.push(p)
      if (!permitted) throw new PlatformError({ message: 'refused', status: 403 })
      return permitted(p)
    }
  } as unknown as GenesysPort
  return { genesys, asked }
}
const grant = (
  division: string,
  ...policies: { domain?: string; entityName?: string; actions?: string[]; actionSet?: string[] }[]
) => ({
  division: { id: division, name: division },
  role: { policies }
})
const settings = (extra: Partial<PromotionContext['settings']> = {}): PromotionContext['settings'] => ({
  mode: 'apply',
  diff: 'auto',
  autoRollback: true,
  rollbackStrategy: 'auto',
  forceUnlock: false,
  waitTimeoutMs: 300_000,
  pollIntervalMs: 500,
  maxRetries: 5,
  clientId: 'me',
  ...extra
})

describe('permissions: what the client holds', () => {
  it('reads `actions` and `actionSet`, and leaves out what it cannot read instead of failing the answer', () => {
    const parsed = AuthorizationSubjectSchema.parse({
      grants: [
        {
          division: { id: HOME },
          role: { policies: [{ domain: 'architect', entityName: 'flow', actionSet: ['view'] }] }
        },
        { division: 5, role: { policies: 'all of them' } }
      ]
    })
    assert.deepEqual(parsed.grants?.[0]?.role?.policies?.[0]?.actionSet, ['view'])
    assert.deepEqual([parsed.grants?.[1]?.division, parsed.grants?.[1]?.role?.policies], [undefined, undefined])
    assert.equal(AuthorizationSubjectSchema.parse({ grants: 'none' }).grants, undefined)
  })

  it('matches wildcards and every-division grants, in one request', async () => {
    const { genesys, asked } = port(async () => [
      grant(HOME, { domain: 'architect', entityName: 'flow', actions: ['view', 'publish'] }),
      grant('*', { domain: 'architect', entityName: 'jobExport', actionSet: ['*'] })
    ])
    const clearance = await learnClearance(genesys, ['architect:flow:view'], log())
    assert.equal(clearance.source, 'GET /api/v2/authorization/subjects/me')
    assert.equal(clearance.holds('architect:flow:publish', HOME), true)
    assert.equal(clearance.holds('architect:flow:publish', 'sales-id'), false)
    assert.equal(clearance.holds('architect:jobExport:create', 'sales-id'), true)
    assert.equal(clearance.holds('architect:JOBEXPORT:view'), true, 'case is not significant')
    assert.equal(clearance.holds('architect:flow:unlock'), false)
    assert.deepEqual(asked, [])
  })

  it('cannot tell a permission missing when part of the answer could not be read', async () => {
    const { genesys } = port(async () => [
      grant(HOME, { domain: 'architect', entityName: 'flow', actions: ['view'] }),
      { division: { id: HOME }, role: {} }
    ])
    const clearance = await learnClearance(genesys, [], log())
    assert.equal(clearance.holds('architect:flow:view', HOME), true)
    assert.equal(clearance.holds('architect:flow:publish', HOME), undefined)
  })

  it('asks permission by permission when the grants say nothing, and reads allDivsPermitted', async () => {
    const { genesys, asked } = port(
      async () => [],
      async (p) =>
        p === 'architect:flow:view'
          ? { all: true, divisions: [] }
          : { all: false, divisions: [{ id: HOME, name: 'Home' }] }
    )
    const lines = log()
    const clearance = await learnClearance(genesys, ['architect:flow:view', 'architect:flow:publish'], lines)
    assert.deepEqual(asked, ['architect:flow:view', 'architect:flow:publish'])
    assert.equal(clearance.holds('architect:flow:view', 'sales-id'), true)
    assert.equal(clearance.holds('architect:flow:publish', 'sales-id'), false)
    assert.equal(clearance.holds('architect:flow:unlock', HOME), undefined, 'not asked')
    assert.match(lines.lines.join('\n'), /^info Permissions asked one by one \(2 requests\)/)
  })

  it('is unknown, with one warning, when neither endpoint answers; other failures are not swallowed', async () => {
    const { genesys, asked } = port(async () => {
      throw new PlatformError({ message: 'GET subjects/me failed', status: 400 })
    })
    const lines = log()
    const clearance = await learnClearance(genesys, ['architect:flow:view', 'architect:flow:publish'], lines)
    assert.equal(clearance.known, false)
    assert.equal(clearance.holds('architect:flow:view'), undefined)
    assert.deepEqual(asked, ['architect:flow:view'], 'stops at the first refusal')
    assert.equal(lines.lines.filter((l) => l.startsWith('warning Permissions not checked')).length, 1)
    const broken = port(async () => {
      throw new TypeError('a bug')
    })
    await assert.rejects(learnClearance(broken.genesys, [], log()), TypeError)
  })

  it('asks about unlock only with force-unlock, and about exports only in a drift check', () => {
    assert.ok(!permissionsToAsk(settings()).includes('architect:flow:unlock'))
    assert.ok(permissionsToAsk(settings({ forceUnlock: true })).includes('architect:flow:unlock'))
    assert.deepEqual(permissionsToAsk(settings({ mode: 'check' })), [
      'architect:flow:view',
      'architect:jobExport:create',
      'architect:jobExport:view'
    ])
  })
})

describe('permissions: what a run needs', () => {
  const flow = (extra: Record<string, unknown> = {}) => ({
    id: 'f',
    checkedInVersion: { id: '3.0' },
    publishedVersion: { id: '2.0' },
    ...extra
  })
  const steps = (needs: { step: string; blocking: boolean }[]) => needs.map((n) => `${n.step}${n.blocking ? '' : '?'}`)

  it('apply: backup, publish, and a way back by restore; nothing written for a target live already', () => {
    const outcome = newOutcome({ flowId: 'f', targetVersion: 'checked-in' }, 0)
    assert.deepEqual(steps(needsOf(flow(), outcome, settings()).own), [
      'reads',
      'dependencies?',
      'backup',
      'publish',
      'rollback by restore?'
    ])
    const live = newOutcome({ flowId: 'f', targetVersion: '2.0' }, 0)
    assert.deepEqual(steps(needsOf(flow(), live, settings()).own), ['reads'])
    const older = newOutcome({ flowId: 'f', targetVersion: '1.0' }, 0)
    assert.deepEqual(steps(needsOf(flow(), older, settings({ rollbackStrategy: 'republish' })).own), [
      'reads',
      'dependencies?',
      'backup?',
      'publish'
    ])
    assert.ok(steps(needsOf(flow(), older, settings()).own).includes('restore'))
  })

  it('force-unlock only for a flow someone else holds', () => {
    const outcome = newOutcome({ flowId: 'f', targetVersion: '3.0' }, 0)
    const on = settings({ forceUnlock: true })
    assert.ok(steps(needsOf(flow({ lockedUser: {} }), outcome, on).own).includes('force-unlock'))
    assert.ok(!steps(needsOf(flow({ lockedClient: { id: 'me' } }), outcome, on).own).includes('force-unlock'))
    assert.ok(!steps(needsOf(flow({ lockedUser: {} }), outcome, settings()).own).includes('force-unlock'))
  })

  it("plan: its own reads, and apply's needs apart", () => {
    const outcome = newOutcome({ flowId: 'f', targetVersion: 'checked-in' }, 0)
    const { own, apply } = needsOf(flow(), outcome, settings({ mode: 'plan' }))
    assert.deepEqual(steps(own), ['reads', 'dependencies?', 'diff?'])
    assert.ok(steps(apply).includes('publish'))
  })
})
