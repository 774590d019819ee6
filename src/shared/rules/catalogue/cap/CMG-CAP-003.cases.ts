// Fixtures for CMG-CAP-003 (more client connections through a connection point server than ports).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: '40,000 concurrent clients over 2 connection points: 20,000 each',
      design: () => fixture('contoso').props('pop-roaming', { count: 40000 }).build(),
      nodeId: 'cp-nyc-1',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: '32,000 concurrent clients: 16,000 each',
      design: () => fixture('contoso').props('pop-roaming', { count: 40000, concurrent: 32000 }).build(),
    },
    {
      name: '40,000 with the extended dynamic port range on both servers',
      design: () =>
        fixture('contoso')
          .props('pop-roaming', { count: 40000 })
          .props('srv-nyc-cp1', { tcpDynamicPortsExtended: true })
          .props('srv-nyc-cp2', { tcpDynamicPortsExtended: true })
          .build(),
    },
  ],
}
export default cases
