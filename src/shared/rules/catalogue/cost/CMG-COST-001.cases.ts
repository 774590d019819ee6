// Fixtures for CMG-COST-001 (cost note per CMG, info).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'one note for the Contoso CMG',
      design: () => fixture('contoso').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'info',
    },
    {
      name: 'one note for the Fourth Coffee CMG',
      design: () => fixture('fourth-coffee').build(),
      nodeId: 'cmg-fc',
    },
  ],
  quiet: [
    { name: 'no CMG in the design', design: () => fixture('contoso').remove('cmg-granitefalls').build() },
  ],
}
export default cases
