// Fixtures for CMG-TOPTIER-003 (CMG connection point outside a primary site).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withSecondaryServer = () =>
  fixture('contoso')
    .add('site', 'site-bos', { name: 'Boston branch', props: { siteCode: 'BOS', type: 'secondary' } })
    .edge('hierarchy', 'site-nyc', 'site-bos')
    .add('server', 'srv-bos', {
      parentId: 'site-bos',
      name: 'BOS-SS',
      props: { fqdn: 'bos-ss.contoso.com', isSiteServer: true },
    })

const cases: RuleCases = {
  fires: [
    {
      name: 'connection point on a secondary site server',
      design: () =>
        withSecondaryServer()
          .add('cmgConnectionPoint', 'cp-bos', { parentId: 'srv-bos', name: 'CMGCP-BOS' })
          .edge('linkedTo', 'cp-bos', 'cmg-granitefalls')
          .build(),
      nodeId: 'cp-bos',
      severity: 'error',
    },
    {
      name: 'Fourth Coffee with an extra connection point on the CAS',
      design: () =>
        fixture('fourth-coffee')
          .add('cmgConnectionPoint', 'cp-cas', { parentId: 'srv-sea-cas', name: 'CMGCP-CAS' })
          .edge('linkedTo', 'cp-cas', 'cmg-fc')
          .build(),
      nodeId: 'cp-cas',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'secondary site hosting a distribution point instead',
      design: () =>
        withSecondaryServer()
          .add('distributionPoint', 'dp-bos', { parentId: 'srv-bos', name: 'DP-BOS' })
          .build(),
    },
    {
      name: 'Fourth Coffee as designed, connection points at the primaries',
      design: () => fixture('fourth-coffee').build(),
    },
  ],
}
export default cases
