// Fixtures for CMG-MP-005 (internet client install via a 2010/2103 VMSS CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const installOn2103 = () =>
  fixture('contoso')
    .design({ cmVersion: 2103 })
    .props('pop-roaming', { needsClientInstallOverInternet: true })

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG without content on 2103',
      design: () => installOn2103().props('cmg-granitefalls', { contentEnabled: false }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: "two HTTPS MPs at the clients' site on 2103",
      design: () =>
        installOn2103()
          .props('mp-nyc', { protocol: 'https' })
          .add('managementPoint', 'mp-nyc-2', {
            parentId: 'srv-nyc-cp1',
            name: 'MP02',
            props: { protocol: 'https' },
          })
          .build(),
      nodeId: 'site-nyc',
    },
  ],
  quiet: [
    { name: 'content-enabled CMG and a single MP on 2103', design: () => installOn2103().build() },
    {
      name: 'CMG without content on 2107 (limit gone)',
      design: () =>
        installOn2103()
          .design({ cmVersion: 2107 })
          .props('cmg-granitefalls', { contentEnabled: false })
          .build(),
    },
  ],
}
export default cases
