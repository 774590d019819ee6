// Fixtures for CMG-CERT-008 (PKI CMG clients and an unrestricted trusted root CA list).
import { fixture } from '../../../testing/fixture'
import { withBranchSecondary } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const pkiClients = () => fixture('contoso').props('pop-roaming', { authMethod: 'pki', joinType: 'adDomain' })

const cases: RuleCases = {
  fires: [
    {
      name: 'PKI clients, trusted root CAs not restricted',
      design: () => pkiClients().props('site-nyc', { restrictedCtl: false }).build(),
      nodeId: 'site-nyc',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'trusted root CAs restricted',
      design: () => pkiClients().props('site-nyc', { restrictedCtl: true }).build(),
    },
    { name: 'Entra clients (Contoso as shipped)', design: () => fixture('contoso').build() },
    {
      name: 'PKI clients assigned to a secondary: CMG-STRUCT-003 is the finding (addendum A2.1)',
      design: () =>
        withBranchSecondary(pkiClients())
          .props('site-nyc', { restrictedCtl: true })
          .unedge('assignedTo', 'pop-roaming')
          .edge('assignedTo', 'pop-roaming', 'site-br1')
          .build(),
    },
  ],
}
export default cases
