// Fixtures for CMG-AUTH-007 (site does not use PKI client certificates).
import { fixture } from '../../../testing/fixture'
import { withBranchSecondary } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const pki = () =>
  fixture('contoso')
    .props('pop-roaming', { authMethod: 'pki' })
    .props('cmg-granitefalls', { trustedRootChainUploaded: true })

const cases: RuleCases = {
  fires: [
    {
      name: 'PKI internet clients at a site without "Use PKI client certificate when available"',
      design: () => pki().build(),
      nodeId: 'site-nyc',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'site uses PKI client certificates',
      design: () => pki().props('site-nyc', { usePkiClientCertWhenAvailable: true }).build(),
    },
    {
      name: 'PKI clients that stay on the intranet',
      design: () => pki().props('pop-roaming', { location: 'intranet', usesCmg: false }).build(),
    },
    {
      name: 'PKI clients assigned to a secondary: CMG-STRUCT-003 is the finding (addendum A2.1)',
      design: () =>
        withBranchSecondary(pki())
          .props('site-nyc', { usePkiClientCertWhenAvailable: true })
          .unedge('assignedTo', 'pop-roaming')
          .edge('assignedTo', 'pop-roaming', 'site-br1')
          .build(),
    },
  ],
}
export default cases
