// Fixtures for CMG-AZ-004 (resource group name not allowed on 2010/2103).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const rgNamed = (name: string, cmVersion: number) =>
  fixture('contoso')
    .design({ cmVersion })
    .props('cmg-granitefalls', { resourceGroup: { name, mode: 'new', region: 'eastus' } })

const cases: RuleCases = {
  fires: [
    {
      name: 'VMSS CMG on 2103 in resource group RG-CMG-EastUS',
      design: () => rgNamed('RG-CMG-EastUS', 2103).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: 'underscore in the name on 2010',
      design: () => rgNamed('rg_cmg', 2010).build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    { name: 'lowercase name on 2103', design: () => rgNamed('rg-cmg-eastus', 2103).build() },
    { name: 'mixed-case name on 2107', design: () => rgNamed('RG-CMG-EastUS', 2107).build() },
  ],
}
export default cases
