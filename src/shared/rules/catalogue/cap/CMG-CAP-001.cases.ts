// Fixtures for CMG-CAP-001 (more concurrent clients than the CMG VMs support).
import { fixture } from '../../../testing/fixture'
import { twoCmgs } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: '40,000 concurrent clients on 2 × A2_v2',
      design: () => fixture('contoso').props('pop-roaming', { count: 40000, concurrent: 40000 }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
    {
      name: '8,000 clients pinned to a one-VM CMG (18,000 in total would suffice)',
      design: () => twoCmgs().edge('uses', 'pop-roaming', 'cmg-basalt').build(),
      nodeId: 'cmg-basalt',
    },
    {
      name: '14,000 unpinned clients split evenly: 7,000 on the one-VM CMG',
      design: () => twoCmgs().props('pop-roaming', { count: 14000 }).build(),
      nodeId: 'cmg-basalt',
    },
    {
      name: '16,000 unpinned clients fit the 18,000 total, but the one-VM CMG carries 8,000 (addendum A3.5)',
      design: () => twoCmgs().props('pop-roaming', { count: 16000 }).build(),
      nodeId: 'cmg-basalt',
    },
    {
      name: '99 VMs count as 16: 100,000 clients exceed 16 × 6,000 = 96,000 (addendum A3.1)',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', { vmCount: 99 })
          .props('pop-roaming', { count: 100000 })
          .build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    {
      name: '12,000 concurrent clients on 2 × A2_v2 (exactly the capacity)',
      design: () => fixture('contoso').props('pop-roaming', { count: 40000, concurrent: 12000 }).build(),
    },
    {
      name: '8,000 clients pinned to the two-VM CMG',
      design: () => twoCmgs().edge('uses', 'pop-roaming', 'cmg-granitefalls').build(),
    },
    {
      name: '12,000 unpinned clients split evenly',
      design: () => twoCmgs().props('pop-roaming', { count: 12000 }).build(),
    },
    {
      name: '90,000 clients on 99 VMs (16 × 6,000 = 96,000 count)',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', { vmCount: 99 })
          .props('pop-roaming', { count: 90000 })
          .build(),
    },
    {
      name: '0 VMs: CMG-DEPLOY-009 is the finding (addendum A3.2)',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 0 }).build(),
    },
    {
      name: 'Standard_A8_v2 on 2503: CMG-DEPLOY-007 is the finding (addendum A3.2)',
      design: () =>
        fixture('contoso')
          .design({ cmVersion: 2503 })
          .props('cmg-granitefalls', { vmSize: 'Standard_A8_v2' })
          .build(),
    },
    {
      name: '10,000 clients entered with 20,000 peak connections count 10,000 on 2 × A2_v2 (addendum A3.4)',
      design: () => fixture('contoso').props('pop-roaming', { count: 10000, concurrent: 20000 }).build(),
    },
  ],
}
export default cases
