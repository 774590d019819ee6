// Fixtures for CMG-CAP-002 (fewer connection points at a site than the CMG VMs need).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: '9 VMs need 3 connection points, NYC has 2',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 9 }).build(),
      nodeId: 'site-nyc',
      severity: 'warning',
    },
    {
      name: 'Fourth Coffee at 5 VMs: one connection point per primary',
      design: () => fixture('fourth-coffee').props('cmg-fc', { vmCount: 5 }).build(),
      nodeId: 'site-par-pri',
    },
  ],
  quiet: [
    {
      name: '8 VMs with 2 connection points',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 8 }).build(),
    },
    { name: 'Fourth Coffee at 4 VMs (as shipped)', design: () => fixture('fourth-coffee').build() },
    {
      name: '17 VMs with 2 connection points: CMG-DEPLOY-009 is the finding (addendum A3.1)',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 17 }).build(),
    },
  ],
}
export default cases
