// Fixtures for CMG-STRUCT-002 (CMG created at no site).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'GraniteFalls with its createdAt edge removed',
      design: () => fixture('contoso').unedge('createdAt', 'cmg-granitefalls').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: 'Fourth Coffee (with a CAS) with the CMG created at no site',
      design: () => fixture('fourth-coffee').unedge('createdAt', 'cmg-fc').build(),
      nodeId: 'cmg-fc',
    },
  ],
  quiet: [
    { name: 'Contoso as designed', design: () => fixture('contoso').build() },
    { name: 'Fourth Coffee as designed', design: () => fixture('fourth-coffee').build() },
  ],
}
export default cases
