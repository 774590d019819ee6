// Fixtures for CMG-MP-001 (CMG clients assigned to a site without a CMG-enabled management point).
import { fixture } from '../../../testing/fixture'
import { assignedToSecondary } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'the only MP of the assigned primary does not allow CMG traffic',
      design: () => fixture('contoso').props('mp-nyc', { allowCmgTraffic: false }).build(),
      nodeId: 'pop-roaming',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'the MP allows CMG traffic (Contoso as shipped)', design: () => fixture('contoso').build() },
    {
      name: 'MP without CMG traffic, but the population does not use the CMG',
      design: () =>
        fixture('contoso')
          .props('mp-nyc', { allowCmgTraffic: false })
          .props('pop-roaming', { usesCmg: false, location: 'intranet' })
          .build(),
    },
    {
      name: 'clients assigned to a secondary: CMG-STRUCT-003 is the finding (addendum A2.1)',
      design: () => assignedToSecondary().build(),
    },
  ],
}
export default cases
