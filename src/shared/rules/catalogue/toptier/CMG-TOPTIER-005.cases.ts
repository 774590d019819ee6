// Fixtures for CMG-TOPTIER-005 (no CMG connection point at the clients' assigned site).
import { fixture } from '../../../testing/fixture'
import { assignedToSecondary, cmgDeleted } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Fourth Coffee without the Paris connection point',
      design: () => fixture('fourth-coffee').remove('srv-par-cp').build(),
      nodeId: 'pop-par',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'Fourth Coffee as designed', design: () => fixture('fourth-coffee').build() },
    {
      name: 'Paris clients stay on the intranet and do not use the CMG',
      design: () =>
        fixture('fourth-coffee')
          .remove('srv-par-cp')
          .props('pop-par', { location: 'intranet', usesCmg: false })
          .build(),
    },
    {
      name: 'clients assigned to a secondary: CMG-STRUCT-003 is the finding (addendum A2.1)',
      design: () => assignedToSecondary().build(),
    },
    {
      name: 'the design has no CMG: CMG-STRUCT-004 is the finding (addendum A2.1)',
      design: () => cmgDeleted().build(),
    },
  ],
}
export default cases
