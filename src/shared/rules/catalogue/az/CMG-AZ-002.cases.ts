// Fixtures for CMG-AZ-002 (CMG not supported in a CSP subscription).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const csp = () => fixture('contoso').props('sub-contoso', { isCsp: true })

/** Contoso on 2103 with its VMSS CMG in a CSP subscription and a classic CMG in a second, pay-as-you-go one. */
const cspWithClassicElsewhere = () =>
  csp()
    .design({ cmVersion: 2103 })
    .add('azureSubscription', 'sub-legacy', {
      name: 'Contoso legacy',
      props: { tenantId: 'contoso', registeredProviders: ['Microsoft.ClassicCompute', 'Microsoft.Storage'] },
    })
    .add('cmg', 'cmg-legacy', {
      parentId: 'sub-legacy',
      name: 'ContosoLegacy',
      props: {
        prefix: 'ContosoLegacy',
        serviceNameCn: 'ContosoLegacy.contoso.com',
        method: 'classic',
        lifecycle: 'existing',
      },
    })
    .edge('createdAt', 'cmg-legacy', 'site-nyc')
    .unedge('linkedTo', 'cp-nyc-2')
    .edge('linkedTo', 'cp-nyc-2', 'cmg-legacy')

const cases: RuleCases = {
  fires: [
    {
      name: 'existing classic CMG in a CSP subscription on 2111',
      design: () =>
        csp()
          .design({ cmVersion: 2111 })
          .props('cmg-granitefalls', { method: 'classic', lifecycle: 'existing' })
          .build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: 'VMSS CMG in a CSP subscription on 2006',
      design: () => csp().design({ cmVersion: 2006 }).build(),
      nodeId: 'cmg-granitefalls',
    },
    {
      name: 'VMSS CMG in CSP on 2103 while a classic CMG exists in another subscription',
      design: () => cspWithClassicElsewhere().build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    { name: 'VMSS CMG in a CSP subscription on 2509', design: () => csp().build() },
    {
      name: 'the CSP plus classic mix on 2107',
      design: () => cspWithClassicElsewhere().design({ cmVersion: 2107 }).build(),
    },
    {
      name: 'existing classic CMG in a non-CSP subscription on 2111',
      design: () =>
        fixture('contoso')
          .design({ cmVersion: 2111 })
          .props('cmg-granitefalls', { method: 'classic', lifecycle: 'existing' })
          .build(),
    },
  ],
}
export default cases
