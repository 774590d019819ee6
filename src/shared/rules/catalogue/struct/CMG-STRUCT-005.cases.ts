// Fixtures for CMG-STRUCT-005 (peak concurrency above the number of clients).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: '1,000 clients with 5,000 peak concurrent connections',
      design: () => fixture('contoso').props('pop-roaming', { count: 1000, concurrent: 5000 }).build(),
      nodeId: 'pop-roaming',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'peak concurrency equal to the count',
      design: () => fixture('contoso').props('pop-roaming', { count: 1000, concurrent: 1000 }).build(),
    },
    {
      name: 'peak concurrency left empty (every client counts)',
      design: () => fixture('contoso').build(),
    },
    {
      name: 'growth scales both figures alike',
      design: () => fixture('contoso').props('pop-roaming', { count: 1000, concurrent: 400 }).build(),
      options: { growth: 3 },
    },
  ],
}
export default cases
