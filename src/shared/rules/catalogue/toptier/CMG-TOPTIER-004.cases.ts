// Fixtures for CMG-TOPTIER-004 (CMG without a connection point).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withSecondCmg = () =>
  fixture('contoso')
    .add('cmg', 'cmg-dr', {
      parentId: 'sub-contoso',
      name: 'GraniteFallsDR',
      props: {
        prefix: 'GraniteFallsDR',
        serviceNameCn: 'GraniteFallsDR.contoso.com',
        region: 'westus',
        vmCount: 2,
      },
    })
    .edge('createdAt', 'cmg-dr', 'site-nyc')

const cases: RuleCases = {
  fires: [
    {
      name: 'second CMG with no connection point linked to it',
      design: () => withSecondCmg().build(),
      nodeId: 'cmg-dr',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'second connection point re-linked to the second CMG',
      design: () =>
        withSecondCmg().unedge('linkedTo', 'cp-nyc-2').edge('linkedTo', 'cp-nyc-2', 'cmg-dr').build(),
    },
  ],
}
export default cases
