// Fixtures for CMG-DEPLOY-001 (VMSS CMG before 2107).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'VMSS CMG on 2103 (pre-release)',
      design: () => fixture('contoso').design({ cmVersion: 2103 }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
    {
      name: 'VMSS CMG evaluated as 2010 with --cm-version',
      design: () => fixture('contoso').build(),
      options: { cmVersion: 2010 },
      severity: 'warning',
    },
    {
      name: 'VMSS CMG on 2006, before the method existed',
      design: () => fixture('contoso').design({ cmVersion: 2006 }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'VMSS CMG on 2107', design: () => fixture('contoso').design({ cmVersion: 2107 }).build() },
    {
      name: 'classic CMG on 2103',
      design: () =>
        fixture('contoso')
          .design({ cmVersion: 2103 })
          .props('cmg-granitefalls', { method: 'classic' })
          .build(),
    },
  ],
}
export default cases
