// CMG-AZ-008: Entra-authenticating CMG clients whose identity tenant is not onboarded to the site (or
// has Entra authentication disabled). Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule, RuleHit } from '../../types'
import { tenantName } from './helpers'

export const rule: Rule = {
  id: 'CMG-AZ-008',
  category: 'Azure and Entra',
  title: 'Identity tenant not onboarded',
  severity: () => 'error',
  versions: {},
  fix: "Onboard the clients' identity tenant too (Azure Services, Cloud Management). Only a tenant that merely hosts the CMG's subscription may have Entra authentication disabled (2010 and later).",
  sources: ['FAQ', 'CAUTH', 'AAD'],
  evaluate: (ctx) =>
    ctx.popsCmg.flatMap((pop): RuleHit[] => {
      if (pop.props.authMethod !== 'entra') return []
      const tenant = ctx.tenant(pop.props.identityTenantId)
      const prefix = `${named(pop)} uses Entra authentication through the CMG, but`
      if (!tenant)
        return [
          {
            nodeIds: [pop.id],
            message: `${prefix} its identity tenant is not set, so no onboarded tenant holds its users and devices.`,
          },
        ]
      if (!tenant.cloudManagement)
        return [
          {
            nodeIds: [pop.id],
            message: `${prefix} its identity tenant, ${tenantName(tenant)}, is not onboarded to the site.`,
          },
        ]
      if (tenant.authDisabled)
        return [
          {
            nodeIds: [pop.id],
            message: `${prefix} Entra authentication is disabled for its identity tenant, ${tenantName(tenant)}.`,
          },
        ]
      return []
    }),
}
