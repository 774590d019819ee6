// Fixtures for CMG-CERT-002 (public CA certificate for an Azure domain name).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const azureName = () =>
  fixture('contoso').props('cmg-granitefalls', { serviceNameCn: 'GraniteFalls.eastus.cloudapp.azure.com' })

const cases: RuleCases = {
  fires: [
    {
      name: 'public CA for GraniteFalls.eastus.cloudapp.azure.com',
      design: () => azureName().props('cmg-granitefalls', { certIssuer: 'publicCA' }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'same name from the enterprise PKI',
      design: () => azureName().props('cmg-granitefalls', { certIssuer: 'enterprisePKI' }).build(),
    },
    { name: 'public CA for a name in contoso.com', design: () => fixture('contoso').build() },
  ],
}
export default cases
