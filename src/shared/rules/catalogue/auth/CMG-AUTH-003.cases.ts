// Fixtures for CMG-AUTH-003 (user discovery missing for hybrid identities).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Active Directory user discovery off',
      design: () => fixture('contoso').design({ adUserDiscovery: false }).build(),
      nodeId: 'pop-roaming',
      severity: 'warning',
    },
    {
      name: 'Entra user discovery off for the tenant',
      design: () => fixture('contoso').tenant('contoso', { entraUserDiscovery: false }).build(),
      nodeId: 'pop-roaming',
    },
  ],
  quiet: [
    { name: 'both discovery methods on', design: () => fixture('contoso').build() },
    {
      name: 'cloud-only identities without AD user discovery',
      design: () =>
        fixture('contoso')
          .design({ adUserDiscovery: false })
          .props('pop-roaming', { identityType: 'cloud' })
          .build(),
    },
  ],
}
export default cases
