// Fixtures for CMG-TOPTIER-002 (CMG created at a child primary in a hierarchy).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Fourth Coffee with the CMG created at the Seattle child primary',
      design: () =>
        fixture('fourth-coffee')
          .unedge('createdAt', 'cmg-fc')
          .edge('createdAt', 'cmg-fc', 'site-sea-pri')
          .build(),
      nodeId: 'cmg-fc',
      severity: 'warning',
    },
  ],
  quiet: [
    { name: 'Fourth Coffee as designed, CMG at the CAS', design: () => fixture('fourth-coffee').build() },
    { name: 'Contoso standalone primary (no CAS)', design: () => fixture('contoso').build() },
  ],
}
export default cases
