// Fixtures for CMG-VER-004 (known limitations of a VMSS CMG, info).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'VMSS CMG (Contoso as shipped)',
      design: () => fixture('contoso').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'info',
    },
  ],
  quiet: [
    {
      name: 'existing classic CMG on 2111',
      design: () =>
        fixture('contoso')
          .design({ cmVersion: 2111 })
          .props('cmg-granitefalls', { method: 'classic', lifecycle: 'existing' })
          .build(),
    },
  ],
}
export default cases
