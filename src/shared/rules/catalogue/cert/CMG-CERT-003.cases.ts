// Fixtures for CMG-CERT-003 (own-domain service name without a public CNAME).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'GraniteFalls.contoso.com without CNAME',
      design: () => fixture('contoso').props('cmg-granitefalls', { dnsCnameConfigured: false }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'CNAME configured',
      design: () => fixture('contoso').props('cmg-granitefalls', { dnsCnameConfigured: true }).build(),
    },
    {
      name: 'Azure-domain service name needs no CNAME',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', {
            dnsCnameConfigured: false,
            certIssuer: 'enterprisePKI',
            serviceNameCn: 'GraniteFalls.eastus.cloudapp.azure.com',
          })
          .build(),
    },
  ],
}
export default cases
