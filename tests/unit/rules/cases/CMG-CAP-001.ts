// Fixtures for CMG-CAP-001 (more concurrent clients than the CMG VMs support).
import { fixture } from '../builder'
import type { RuleCases } from './types'

/** Contoso plus a one-VM CMG "BasaltFalls" with its own connection point server. */
const twoCmgs = () =>
  fixture('contoso')
    .add('cmg', 'cmg-basalt', {
      parentId: 'sub-contoso',
      name: 'BasaltFalls',
      props: {
        prefix: 'BasaltFalls',
        serviceNameCn: 'BasaltFalls.contoso.com',
        dnsCnameConfigured: true,
        region: 'westus',
        vmCount: 1,
      },
    })
    .edge('createdAt', 'cmg-basalt', 'site-nyc')
    .add('server', 'srv-nyc-cp3', { parentId: 'site-nyc', name: 'NYC-CP3' })
    .add('cmgConnectionPoint', 'cp-nyc-3', { parentId: 'srv-nyc-cp3', name: 'CMGCP03' })
    .edge('linkedTo', 'cp-nyc-3', 'cmg-basalt')

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
  ],
}
export default cases
