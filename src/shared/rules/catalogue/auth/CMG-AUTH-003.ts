// CMG-AUTH-003: Entra-authenticating clients with hybrid (synced/federated) identities need both Active
// Directory user discovery and Entra user discovery. Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-AUTH-003',
  category: 'Client authentication',
  title: 'User discovery missing for hybrid identities',
  severity: () => 'warning',
  versions: {},
  fix: "Enable Active Directory user discovery and Entra user discovery (for the clients' identity tenant).",
  sources: ['PLAN', 'ENTRAINST'],
  evaluate: (ctx) =>
    ctx.pops.flatMap((pop) => {
      if (pop.props.authMethod !== 'entra' || pop.props.identityType !== 'hybrid') return []
      const missing: string[] = []
      if (!ctx.design.adUserDiscovery) missing.push('Active Directory user discovery is off')
      const tenant = ctx.tenant(pop.props.identityTenantId)
      if (!tenant) missing.push('no identity tenant is set, so Entra user discovery has nowhere to run')
      else if (!ctx.onboarded(tenant.id))
        missing.push(
          `identity tenant ${tenant.name || tenant.id} is not onboarded, so Entra user discovery can't run`,
        )
      else if (!tenant.entraUserDiscovery)
        missing.push(`Entra user discovery is off for tenant ${tenant.name || tenant.id}`)
      if (missing.length === 0) return []
      return [
        {
          nodeIds: [pop.id],
          message: `${named(pop)} uses Entra authentication with hybrid identities, which need both Active Directory and Entra user discovery, but ${missing.join(' and ')}.`,
        },
      ]
    }),
}
