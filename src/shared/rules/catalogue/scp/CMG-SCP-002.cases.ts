// Fixtures for CMG-SCP-002 (service connection point offline).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Contoso with the SCP in offline mode',
      design: () => fixture('contoso').props('scp-nyc', { mode: 'offline' }).build(),
      nodeId: 'scp-nyc',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'Contoso with the SCP online', design: () => fixture('contoso').build() },
    {
      name: 'offline SCP in a design without a CMG',
      design: () =>
        fixture('contoso').props('scp-nyc', { mode: 'offline' }).remove('cmg-granitefalls').build(),
    },
  ],
}
export default cases
