// Fixtures for CMG-AZ-007 (subscription's tenant not onboarded): the FAQ's several-tenants example,
// users in Contoso and the CMG's subscription in a second tenant.
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const contosoTenant = {
  id: 'contoso',
  name: 'Contoso (contoso.onmicrosoft.com)',
  cloudManagement: true,
  entraUserDiscovery: true,
  authDisabled: false,
}

const subscriptionInBillingTenant = (billing: { cloudManagement: boolean; authDisabled: boolean }) =>
  fixture('contoso')
    .design({
      tenants: [
        contosoTenant,
        { id: 'contoso-billing', name: 'Contoso billing', entraUserDiscovery: false, ...billing },
      ],
    })
    .props('sub-contoso', { tenantId: 'contoso-billing' })

const cases: RuleCases = {
  fires: [
    {
      name: "subscription's tenant not onboarded",
      design: () => subscriptionInBillingTenant({ cloudManagement: false, authDisabled: false }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: 'subscription without a tenant',
      design: () => fixture('contoso').props('sub-contoso', { tenantId: '' }).build(),
      nodeId: 'sub-contoso',
    },
  ],
  quiet: [
    {
      name: 'both tenants onboarded, Entra authentication disabled for the billing tenant',
      design: () => subscriptionInBillingTenant({ cloudManagement: true, authDisabled: true }).build(),
    },
  ],
}
export default cases
