// Fixtures for CMG-VER-002 (egress auto-stop on a VMSS CMG before 2603).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const autoStop = () => fixture('contoso').props('cmg-granitefalls', { alerts: { stopOnCritical: true } })

const cases: RuleCases = {
  fires: [
    {
      name: 'auto-stop on 2509',
      design: () => autoStop().build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
  ],
  quiet: [
    { name: 'auto-stop on 2603', design: () => autoStop().design({ cmVersion: 2603 }).build() },
    {
      name: 'no auto-stop on 2509',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', { alerts: { stopOnCritical: false } })
          .build(),
    },
  ],
}
export default cases
