// Fixtures for CMG-CERT-005 (Azure-domain service name that differs from the deployment name).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withName = (serviceNameCn: string) =>
  fixture('contoso').props('cmg-granitefalls', { certIssuer: 'enterprisePKI', serviceNameCn })

const cases: RuleCases = {
  fires: [
    {
      name: 'westus name for an eastus VMSS CMG',
      design: () => withName('GraniteFalls.westus.cloudapp.azure.com').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: 'classic-style name for a VMSS CMG',
      design: () => withName('GraniteFalls.cloudapp.net').build(),
    },
  ],
  quiet: [
    {
      name: 'matching deployment name',
      design: () => withName('graniteFalls.EastUS.cloudapp.azure.com').build(),
    },
    {
      name: 'wildcard certificate for the region domain',
      design: () => withName('*.eastus.cloudapp.azure.com').build(),
    },
  ],
}
export default cases
