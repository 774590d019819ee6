// Fixtures for CMG-AUTH-004 (ASP.NET 4.5 off on a CMG-enabled management point).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const noAspNet = () => fixture('contoso').props('mp-nyc', { aspNet45: false })

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG-enabled MP without ASP.NET 4.5',
      design: () => noAspNet().build(),
      nodeId: 'mp-nyc',
      severity: 'error',
    },
    {
      name: 'Paris MP without ASP.NET 4.5 in Fourth Coffee',
      design: () => fixture('fourth-coffee').props('mp-par', { aspNet45: false }).build(),
      nodeId: 'mp-par',
    },
  ],
  quiet: [
    { name: 'ASP.NET 4.5 enabled', design: () => fixture('contoso').build() },
    {
      name: 'clients use site tokens',
      design: () => noAspNet().props('pop-roaming', { authMethod: 'token' }).build(),
    },
    {
      name: 'MP not enabled for CMG traffic',
      design: () =>
        noAspNet()
          .props('mp-nyc', { allowCmgTraffic: false })
          .add('managementPoint', 'mp-nyc-cmg', {
            parentId: 'srv-nyc-cp1',
            name: 'MP02',
            props: { allowCmgTraffic: true, aspNet45: true },
          })
          .build(),
    },
    {
      name: 'Entra clients assigned to the CAS: CMG-STRUCT-003 is the finding (addendum A2.1)',
      design: () =>
        fixture('fourth-coffee')
          .add('managementPoint', 'mp-cas', {
            parentId: 'srv-sea-cas',
            props: { allowCmgTraffic: true, aspNet45: false },
          })
          .props('pop-sea', { authMethod: 'entra', joinType: 'hybridJoined' })
          .unedge('assignedTo', 'pop-sea')
          .edge('assignedTo', 'pop-sea', 'site-sea-cas')
          .build(),
    },
  ],
}
export default cases
