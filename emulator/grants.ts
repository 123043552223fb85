import type { Scenario } from './scenario.js'

/**
 * What each OAuth client may do. A scenario client without `grants` holds every permission in every
 * division (the emulator's behaviour before grants were modelled); with `grants`, only those, each
 * in its division (`*`: every division). Permissions are `domain:entity:action`, `*` a wildcard.
 */

interface EntityRef {
  id: string
  name: string
}

/** The division a flow of the scenario is in when it names none. */
export const HOME_DIVISION: EntityRef = { id: '0e8c0e2d-5d1a-4b7e-9a51-2f0c2f0d0a01', name: 'Home' }
const EVERY_DIVISION = '*'
/** What a client without `grants` is shown to hold: every permission of the domains the action uses. */
const EVERYTHING = ['architect:*:*', 'analytics:*:*']

export class Grants {
  constructor(
    private readonly scenario: Scenario,
    /** The divisions of the org's flows, as they are now. */
    private readonly flowDivisions: () => EntityRef[]
  ) {}

  private grantsOf(clientId: string) {
    return this.scenario.clients.find((c) => c.id === clientId)?.grants
  }

  /** Every division the org knows: Home and the flows'. */
  divisions(): EntityRef[] {
    return [...new Map([HOME_DIVISION, ...this.flowDivisions()].map((d) => [d.id, d])).values()]
  }

  /** A grant must name `*`, or a division the org knows, by id or name. */
  validate(): void {
    for (const client of this.scenario.clients)
      for (const grant of client.grants ?? [])
        if (grant.division !== EVERY_DIVISION && !this.divisions().some((d) => inDivision(grant.division, d)))
          throw new Error(
            `scenario: client ${client.id} has a grant in division "${grant.division}", which is neither Home nor any flow's division (by name or id), nor *`
          )
  }

  /** Whether the client holds `permission` in `division` (omitted: in any division). */
  permits(clientId: string, permission: string, division?: EntityRef): boolean {
    const grants = this.grantsOf(clientId)
    if (!grants) return true
    return grants.some(
      (g) =>
        (division === undefined || inDivision(g.division, division)) && g.permissions.some((p) => covers(p, permission))
    )
  }

  /** `GET /api/v2/authorization/subjects/me`: one role per grant, its permissions as policies (`actions`, as the SDK's model names them). */
  subject(client: { id: string; name: string }) {
    const grants = this.grantsOf(client.id)
    const rows = grants
      ? grants.map((g) => ({ division: g.division, permissions: g.permissions }))
      : this.divisions().map((d) => ({ division: d.id, permissions: EVERYTHING }))
    return {
      id: client.id,
      name: client.name,
      grants: rows.map((row, i) => {
        const role = grants ? `Emulated role ${i + 1}` : 'Emulated admin'
        return {
          subjectId: client.id,
          division: this.renderDivision(row.division),
          role: { id: `${role.toLowerCase().replace(/ /g, '-')}`, name: role, policies: policies(row.permissions) },
          grantMadeAt: '2026-01-01T00:00:00.000Z'
        }
      }),
      version: 1,
      selfUri: `/api/v2/authorization/subjects/${client.id}`
    }
  }

  /** `GET /api/v2/authorization/divisionspermitted/paged/me?permission=`: the divisions, and whether every one is. */
  divisionsPermitted(clientId: string, permission: string): { all: boolean; divisions: EntityRef[] } {
    const grants = this.grantsOf(clientId)
    const all =
      !grants || grants.some((g) => g.division === EVERY_DIVISION && g.permissions.some((p) => covers(p, permission)))
    const divisions = this.divisions().filter((d) => this.permits(clientId, permission, d))
    return { all, divisions }
  }

  private renderDivision(reference: string) {
    if (reference === EVERY_DIVISION) return { id: EVERY_DIVISION, name: 'All divisions' }
    const d = this.divisions().find((x) => x.id === reference || x.name === reference)!
    return {
      id: d.id,
      name: d.name,
      homeDivision: d.id === HOME_DIVISION.id,
      selfUri: `/api/v2/authorization/divisions/${d.id}`
    }
  }
}

function inDivision(granted: string, division: EntityRef): boolean {
  return granted === EVERY_DIVISION || granted === division.id || granted === division.name
}

function covers(pattern: string, permission: string): boolean {
  const wanted = permission.split(':')
  const parts = pattern.split(':')
  return parts.length === wanted.length && parts.every((part, i) => part === '*' || part === wanted[i])
}

/** Permissions grouped the way a role lists them: one policy per domain and entity. */
function policies(permissions: readonly string[]) {
  const byEntity = new Map<string, { domain: string; entityName: string; actions: string[] }>()
  for (const permission of permissions) {
    const [domain, entityName, action] = permission.split(':') as [string, string, string]
    const key = `${domain}:${entityName}`
    const policy = byEntity.get(key) ?? { domain, entityName, actions: [] }
    policy.actions.push(action)
    byEntity.set(key, policy)
  }
  return [...byEntity.values()]
}
