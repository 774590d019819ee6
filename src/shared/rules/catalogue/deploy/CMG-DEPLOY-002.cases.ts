// Fixtures for CMG-DEPLOY-002 (VMSS CMG in a hierarchy on 2010/2103).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Fourth Coffee (CAS) with a VMSS CMG on 2103',
      design: () => fixture('fourth-coffee').design({ cmVersion: 2103 }).build(),
      nodeId: 'cmg-fc',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'Fourth Coffee on 2107',
      design: () => fixture('fourth-coffee').design({ cmVersion: 2107 }).build(),
    },
    {
      name: 'Fourth Coffee on 2103 with a classic CMG',
      design: () =>
        fixture('fourth-coffee').design({ cmVersion: 2103 }).props('cmg-fc', { method: 'classic' }).build(),
    },
    {
      name: 'Contoso standalone primary on 2103',
      design: () => fixture('contoso').design({ cmVersion: 2103 }).build(),
    },
  ],
}
export default cases
