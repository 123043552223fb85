import type { Check } from '../../model/outcome.js'
import type { GenesysPort, Organization } from '../../model/port.js'

/** Reads which organization the credentials belong to, and checks it is the one expected. */
export async function checkOrganization(
  expectedId: string,
  genesys: GenesysPort
): Promise<{ organization: Organization; check: Check }> {
  const organization = await genesys.getOrganization()
  if (organization.id === undefined) {
    const detail = `the platform did not say which organization the credentials belong to (no id): nothing was read or changed`
    return { organization, check: { name: 'organization', passed: false, detail } }
  }
  if (organization.id.toLowerCase() !== expectedId.toLowerCase()) {
    const detail = `the credentials belong to organization ${organization.name ?? ''} (${organization.id}), not ${expectedId}: nothing was read or changed`
    return { organization, check: { name: 'organization', passed: false, detail } }
  }
  const detail = `${organization.name ?? organization.id} (${organization.id})`
  return { organization, check: { name: 'organization', passed: true, detail } }
}
