// Fixtures for CMG-CAP-004 (more clients per management point than 25,000).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const secondMp = (allowCmgTraffic: boolean) =>
  fixture('contoso')
    .props('pop-roaming', { count: 30000 })
    .add('managementPoint', 'mp-nyc-2', {
      parentId: 'srv-nyc-cp1',
      name: 'MP02',
      props: { allowCmgTraffic, aspNet45: true },
    })

const cases: RuleCases = {
  fires: [
    {
      name: '30,000 clients on one MP',
      design: () => fixture('contoso').props('pop-roaming', { count: 30000 }).build(),
      nodeId: 'mp-nyc',
      severity: 'warning',
    },
    {
      name: '30,000 CMG clients on the one CMG-enabled MP of two',
      design: () => secondMp(false).build(),
      nodeId: 'mp-nyc',
    },
  ],
  quiet: [
    { name: '30,000 CMG clients over two CMG-enabled MPs', design: () => secondMp(true).build() },
    {
      name: '25,000 clients on one MP',
      design: () => fixture('contoso').props('pop-roaming', { count: 25000 }).build(),
    },
  ],
}
export default cases
