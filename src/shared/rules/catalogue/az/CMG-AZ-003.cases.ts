// Fixtures for CMG-AZ-003 (VMSS CMG in US Government before 2111).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const usGov = (cmVersion: number) =>
  fixture('contoso')
    .design({ cmVersion })
    .props('cmg-granitefalls', { azureEnvironment: 'AzureUSGovernmentCloud', region: 'usgovvirginia' })

const cases: RuleCases = {
  fires: [
    {
      name: 'VMSS CMG in US Government on 2107',
      design: () => usGov(2107).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'VMSS CMG in US Government on 2111', design: () => usGov(2111).build() },
    {
      name: 'VMSS CMG in global Azure on 2107',
      design: () => fixture('contoso').design({ cmVersion: 2107 }).build(),
    },
  ],
}
export default cases
