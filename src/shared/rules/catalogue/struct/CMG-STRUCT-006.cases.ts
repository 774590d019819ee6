// Fixtures for CMG-STRUCT-006 (CMG connection point linked to no CMG; docs/rules-catalogue-decisions.md D1).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'CMGCP02 with its link to GraniteFalls removed',
      design: () => fixture('contoso').unedge('linkedTo', 'cp-nyc-2').build(),
      nodeId: 'cp-nyc-2',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'Contoso as designed', design: () => fixture('contoso').build() },
    { name: 'Fourth Coffee as designed', design: () => fixture('fourth-coffee').build() },
  ],
}
export default cases
