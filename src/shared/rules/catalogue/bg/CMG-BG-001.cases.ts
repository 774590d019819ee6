// Fixtures for CMG-BG-001 (on-premises clients meant for the CMG without a boundary group reference).
import { fixture } from '../../../testing/fixture'
import { cmgDeleted } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const vpnClients = () =>
  fixture('contoso')
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
    .add('boundaryGroup', 'bg-vpn', { name: 'VPN-Pool' })
    .edge('inBoundaryGroup', 'pop-vpn', 'bg-vpn')
    .edge('references', 'bg-vpn', 'mp-nyc')

const cases: RuleCases = {
  fires: [
    {
      name: 'VPN-Pool references only the MP',
      design: () => vpnClients().build(),
      nodeId: 'pop-vpn',
      severity: 'warning',
    },
    {
      name: 'VPN clients in no boundary group',
      design: () => vpnClients().remove('bg-vpn').build(),
      nodeId: 'pop-vpn',
    },
  ],
  quiet: [
    {
      name: 'VPN-Pool references the CMG',
      design: () => vpnClients().edge('references', 'bg-vpn', 'cmg-granitefalls').build(),
    },
    {
      name: 'the VPN clients are not meant to use the CMG',
      design: () => vpnClients().props('pop-vpn', { intendsCmg: false }).build(),
    },
    {
      name: 'the design has no CMG: CMG-STRUCT-004 is the finding (addendum A2.1)',
      design: () =>
        cmgDeleted().props('pop-roaming', { location: 'vpn', usesCmg: false, intendsCmg: true }).build(),
    },
  ],
}
export default cases
