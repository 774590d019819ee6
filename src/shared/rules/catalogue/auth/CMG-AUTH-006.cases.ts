// Fixtures for CMG-AUTH-006 (CMG connection point server without a client authentication certificate).
import { fixture } from '../../../testing/fixture'
import { withBranchSecondary } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const pkiWithHttpsMp = () =>
  fixture('contoso')
    .props('pop-roaming', { authMethod: 'pki' })
    .props('site-nyc', { usePkiClientCertWhenAvailable: true })
    .props('cmg-granitefalls', { trustedRootChainUploaded: true })
    .props('mp-nyc', { protocol: 'https' })

const cases: RuleCases = {
  fires: [
    {
      name: 'PKI clients, HTTPS MP, connection point servers without client certificates',
      design: () => pkiWithHttpsMp().build(),
      nodeId: 'srv-nyc-cp1',
      severity: 'error',
    },
    {
      name: 'only the second connection point server lacks the certificate',
      design: () => pkiWithHttpsMp().props('srv-nyc-cp1', { hasClientAuthCert: true }).build(),
      nodeId: 'cp-nyc-2',
    },
  ],
  quiet: [
    {
      name: 'both connection point servers have client certificates',
      design: () =>
        pkiWithHttpsMp()
          .props('srv-nyc-cp1', { hasClientAuthCert: true })
          .props('srv-nyc-cp2', { hasClientAuthCert: true })
          .build(),
    },
    {
      name: 'CMG-enabled MP uses Enhanced HTTP',
      design: () => pkiWithHttpsMp().props('mp-nyc', { protocol: 'http' }).build(),
    },
    {
      name: 'PKI clients assigned to a secondary: CMG-STRUCT-003 is the finding (addendum A2.1)',
      design: () =>
        withBranchSecondary(pkiWithHttpsMp())
          .props('mp-br1', { protocol: 'https', allowCmgTraffic: true })
          .add('server', 'srv-br1-cp', { parentId: 'site-br1' })
          .add('cmgConnectionPoint', 'cp-br1', { parentId: 'srv-br1-cp' })
          .edge('linkedTo', 'cp-br1', 'cmg-granitefalls')
          .props('srv-nyc-cp1', { hasClientAuthCert: true })
          .props('srv-nyc-cp2', { hasClientAuthCert: true })
          .unedge('assignedTo', 'pop-roaming')
          .edge('assignedTo', 'pop-roaming', 'site-br1')
          .build(),
    },
  ],
}
export default cases
