// Fixtures for CMG-CERT-004 (enterprise-PKI CMG certificate not trusted by some clients).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const pkiCert = () => fixture('contoso').props('cmg-granitefalls', { certIssuer: 'enterprisePKI' })

const cases: RuleCases = {
  fires: [
    {
      name: 'roaming laptops do not trust the internal root',
      design: () => pkiCert().props('pop-roaming', { trustsCmgCertRoot: false }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'the root is distributed to the clients',
      design: () => pkiCert().props('pop-roaming', { trustsCmgCertRoot: true }).build(),
    },
    {
      name: 'public CA certificate',
      design: () => fixture('contoso').props('pop-roaming', { trustsCmgCertRoot: false }).build(),
    },
  ],
}
export default cases
