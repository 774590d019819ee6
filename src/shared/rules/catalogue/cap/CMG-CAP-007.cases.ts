// Fixtures for CMG-CAP-007 (client counts beyond site or hierarchy limits).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'standalone primary with 160,000 Windows clients',
      design: () => fixture('contoso').props('pop-roaming', { count: 160000 }).build(),
      nodeId: 'site-nyc',
      severity: 'warning',
    },
    {
      name: 'CAS on SQL Standard with 54,000 clients in the hierarchy',
      design: () =>
        fixture('fourth-coffee')
          .props('site-sea-cas', { sqlEdition: 'standard' })
          .props('pop-sea', { count: 45000 })
          .build(),
      nodeId: 'site-sea-cas',
    },
  ],
  quiet: [
    {
      name: 'standalone primary with 150,000 Windows clients',
      design: () => fixture('contoso').props('pop-roaming', { count: 150000 }).build(),
    },
    {
      name: 'CAS on SQL Enterprise with 54,000 clients',
      design: () =>
        fixture('fourth-coffee')
          .props('site-sea-cas', { sqlEdition: 'enterprise' })
          .props('pop-sea', { count: 45000 })
          .build(),
    },
  ],
}
export default cases
