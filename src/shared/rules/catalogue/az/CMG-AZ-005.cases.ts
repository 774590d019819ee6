// Fixtures for CMG-AZ-005 (existing resource group in another region).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const existingRg = (region: string) =>
  fixture('contoso').props('cmg-granitefalls', {
    resourceGroup: { name: 'rg-infra', mode: 'existing', region },
  })

const cases: RuleCases = {
  fires: [
    {
      name: 'existing resource group in West US for an East US CMG',
      design: () => existingRg('westus').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'existing resource group in East US', design: () => existingRg('eastus').build() },
    {
      name: 'new resource group recorded with another region',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', { resourceGroup: { name: 'rg-infra', mode: 'new', region: 'westus' } })
          .build(),
    },
  ],
}
export default cases
