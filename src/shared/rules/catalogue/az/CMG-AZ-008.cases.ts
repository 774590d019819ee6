// Fixtures for CMG-AZ-008 (identity tenant not onboarded): the FAQ's several-tenants example with
// the users' tenant left out.
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const twoTenants = (users: { cloudManagement: boolean; authDisabled: boolean }) =>
  fixture('contoso')
    .design({
      tenants: [
        { id: 'contoso', name: 'Contoso (contoso.onmicrosoft.com)', entraUserDiscovery: true, ...users },
        { id: 'contoso-billing', name: 'Contoso billing', cloudManagement: true, authDisabled: true },
      ],
    })
    .props('sub-contoso', { tenantId: 'contoso-billing' })

const cases: RuleCases = {
  fires: [
    {
      name: "users' tenant not onboarded",
      design: () => twoTenants({ cloudManagement: false, authDisabled: false }).build(),
      nodeId: 'pop-roaming',
      severity: 'error',
    },
    {
      name: "Entra authentication disabled for the users' tenant",
      design: () => twoTenants({ cloudManagement: true, authDisabled: true }).build(),
      nodeId: 'pop-roaming',
    },
    {
      name: 'identity tenant not set',
      design: () => fixture('contoso').props('pop-roaming', { identityTenantId: '' }).build(),
      nodeId: 'pop-roaming',
    },
  ],
  quiet: [
    {
      name: 'both tenants onboarded',
      design: () => twoTenants({ cloudManagement: true, authDisabled: false }).build(),
    },
    {
      name: 'users authenticate with site tokens instead',
      design: () =>
        twoTenants({ cloudManagement: false, authDisabled: false })
          .props('pop-roaming', { authMethod: 'token', joinType: 'adDomain' })
          .build(),
    },
  ],
}
export default cases
