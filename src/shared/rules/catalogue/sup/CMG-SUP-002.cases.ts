// Fixtures for CMG-SUP-002 (SUP behind a network load balancer).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'SUP behind NLB',
      design: () => fixture('contoso').props('sup-nyc', { nlb: true }).build(),
      nodeId: 'sup-nyc',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'SUP without NLB', design: () => fixture('contoso').props('sup-nyc', { nlb: false }).build() },
  ],
}
export default cases
