// Fixtures for CMG-AZ-006 (resource providers not registered).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const registered = (registeredProviders: string[]) =>
  fixture('contoso').props('sub-contoso', { registeredProviders })

const cases: RuleCases = {
  fires: [
    {
      name: 'VMSS CMG in a subscription without Microsoft.KeyVault',
      design: () => registered(['Microsoft.Storage', 'Microsoft.Network', 'Microsoft.Compute']).build(),
      nodeId: 'sub-contoso',
      severity: 'warning',
    },
    {
      name: 'classic CMG in a subscription registered only for VMSS',
      design: () =>
        fixture('contoso')
          .design({ cmVersion: 2111 })
          .props('cmg-granitefalls', { method: 'classic', lifecycle: 'existing' })
          .build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    { name: 'every VMSS provider registered', design: () => fixture('contoso').build() },
    {
      name: 'providers registered in lowercase',
      design: () =>
        registered([
          'microsoft.keyvault',
          'microsoft.storage',
          'microsoft.network',
          'microsoft.compute',
        ]).build(),
    },
  ],
}
export default cases
