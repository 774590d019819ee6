// Fixtures for CMG-NET-002 (inline inspection in front of the CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'WAF in front of the CMG',
      design: () => fixture('contoso').props('cmg-granitefalls', { inlineInspection: true }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'no inline device',
      design: () => fixture('contoso').props('cmg-granitefalls', { inlineInspection: false }).build(),
    },
  ],
}
export default cases
