// Fixtures for CMG-DEPLOY-007 (VM size not offered).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const sized = (vmSize: string, cmVersion: number, method: 'vmss' | 'classic' = 'vmss') =>
  fixture('contoso')
    .design({ cmVersion })
    .props('cmg-granitefalls', { vmSize, method, lifecycle: method === 'classic' ? 'existing' : 'new' })

const cases: RuleCases = {
  fires: [
    {
      name: 'Standard_A8_v2 on 2503',
      design: () => sized('Standard_A8_v2', 2503).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: 'Large size on a 2103 VMSS CMG',
      design: () => sized('Standard_A4_v2', 2103).build(),
      nodeId: 'cmg-granitefalls',
    },
    {
      name: 'Large size on a classic CMG',
      design: () => sized('Standard_A4_v2', 2111, 'classic').build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    { name: 'Standard_A4_v2 on 2503', design: () => sized('Standard_A4_v2', 2503).build() },
    {
      name: 'Standard_A2_v2 on a classic CMG',
      design: () => sized('Standard_A2_v2', 2111, 'classic').build(),
    },
  ],
}
export default cases
