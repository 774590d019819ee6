// Fixtures for CMG-STRUCT-003 (clients assigned to a secondary site or the CAS).
import { fixture } from '../../../testing/fixture'
import { assignedToSecondary, withBranchSecondary } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Roaming laptops assigned to the branch secondary BR1',
      design: () => assignedToSecondary().build(),
      nodeId: 'site-br1',
      severity: 'error',
    },
    {
      name: 'Seattle clients assigned to the CAS',
      design: () =>
        fixture('fourth-coffee')
          .unedge('assignedTo', 'pop-sea')
          .edge('assignedTo', 'pop-sea', 'site-sea-cas')
          .build(),
      nodeId: 'site-sea-cas',
    },
    {
      name: 'intranet clients that do not use the CMG, assigned to a secondary',
      design: () =>
        withBranchSecondary()
          .add('clientPopulation', 'pop-branch', { props: { location: 'intranet', usesCmg: false } })
          .edge('assignedTo', 'pop-branch', 'site-br1')
          .build(),
      nodeId: 'pop-branch',
    },
  ],
  quiet: [
    {
      name: 'Contoso with a branch secondary, clients at the primary',
      design: () => withBranchSecondary().build(),
    },
    { name: 'Fourth Coffee as designed', design: () => fixture('fourth-coffee').build() },
  ],
}
export default cases
