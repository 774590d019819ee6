// Fixtures for CMG-NAME-002 (hyphen in the CMG prefix).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'gran-falls',
      design: () => fixture('contoso').props('cmg-granitefalls', { prefix: 'gran-falls' }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'granfalls',
      design: () => fixture('contoso').props('cmg-granitefalls', { prefix: 'granfalls' }).build(),
    },
  ],
}
export default cases
