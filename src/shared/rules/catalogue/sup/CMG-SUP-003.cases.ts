// Fixtures for CMG-SUP-003 (boundary group of VPN clients whose only SUP is reached via the CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const vpnPool = () =>
  fixture('contoso')
    .design({ cmVersion: 2203 })
    .add('boundaryGroup', 'bg-vpn', { name: 'VPN-Pool', props: { preferCloudSources: true } })
    .add('clientPopulation', 'pop-vpn', {
      name: 'VPN laptops',
      props: {
        count: 3000,
        location: 'vpn',
        usesCmg: false,
        intendsCmg: true,
        joinType: 'hybridJoined',
        authMethod: 'entra',
        identityTenantId: 'contoso',
      },
    })
    .edge('assignedTo', 'pop-vpn', 'site-nyc')
    .edge('inBoundaryGroup', 'pop-vpn', 'bg-vpn')
    .edge('references', 'bg-vpn', 'cmg-granitefalls')
    .edge('references', 'bg-vpn', 'sup-nyc')

const cases: RuleCases = {
  fires: [
    {
      name: 'VPN-Pool references the CMG and only the CMG-enabled SUP',
      design: () => vpnPool().build(),
      nodeId: 'bg-vpn',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'VPN-Pool also references an on-premises SUP',
      design: () =>
        vpnPool()
          .add('softwareUpdatePoint', 'sup-nyc-2', {
            parentId: 'srv-nyc-cp1',
            name: 'SUP02',
            props: { allowCmgTraffic: false },
          })
          .edge('references', 'bg-vpn', 'sup-nyc-2')
          .build(),
    },
    {
      name: 'VPN-Pool without the CMG reference',
      design: () => vpnPool().unedge('references', 'bg-vpn', 'cmg-granitefalls').build(),
    },
  ],
}
export default cases
