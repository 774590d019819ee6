// Fixtures for CMG-CS-001 (client setting disables the CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Enable clients to use a CMG = No',
      design: () =>
        fixture('contoso')
          .props('pop-roaming', { clientSettings: { enableCmg: false } })
          .build(),
      nodeId: 'pop-roaming',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'Enable clients to use a CMG = Yes',
      design: () =>
        fixture('contoso')
          .props('pop-roaming', { clientSettings: { enableCmg: true } })
          .build(),
    },
  ],
}
export default cases
