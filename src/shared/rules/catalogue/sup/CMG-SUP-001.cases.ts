// Fixtures for CMG-SUP-001 (CMG clients needing updates without a CMG-enabled SUP at their site).
import { fixture } from '../../../testing/fixture'
import { assignedToSecondary } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'the only SUP does not allow CMG traffic',
      design: () => fixture('contoso').props('sup-nyc', { allowCmgTraffic: false }).build(),
      nodeId: 'pop-roaming',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'same SUP, the clients do not need software updates',
      design: () =>
        fixture('contoso')
          .props('sup-nyc', { allowCmgTraffic: false })
          .props('pop-roaming', { needsSoftwareUpdates: false })
          .build(),
    },
    { name: 'CMG-enabled SUP (Contoso as shipped)', design: () => fixture('contoso').build() },
    {
      name: 'clients assigned to a secondary: CMG-STRUCT-003 is the finding (addendum A2.1)',
      design: () => assignedToSecondary().build(),
    },
  ],
}
export default cases
