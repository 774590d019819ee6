// Fixtures for CMG-DEPLOY-003 (mixed CMG deployment methods on 2010/2103).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withLegacyCmg = (method: 'classic' | 'vmss') =>
  fixture('contoso')
    .add('cmg', 'cmg-legacy', {
      parentId: 'sub-contoso',
      name: 'ContosoLegacy',
      props: {
        prefix: 'ContosoLegacy',
        serviceNameCn: 'ContosoLegacy.contoso.com',
        method,
        lifecycle: 'existing',
        region: 'eastus',
      },
    })
    .edge('createdAt', 'cmg-legacy', 'site-nyc')
    .unedge('linkedTo', 'cp-nyc-2')
    .edge('linkedTo', 'cp-nyc-2', 'cmg-legacy')

const cases: RuleCases = {
  fires: [
    {
      name: 'VMSS and classic CMGs side by side on 2103',
      design: () => withLegacyCmg('classic').design({ cmVersion: 2103 }).build(),
      nodeId: 'cmg-legacy',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'the same mix on 2107',
      design: () => withLegacyCmg('classic').design({ cmVersion: 2107 }).build(),
    },
    {
      name: 'two VMSS CMGs on 2103',
      design: () => withLegacyCmg('vmss').design({ cmVersion: 2103 }).build(),
    },
  ],
}
export default cases
