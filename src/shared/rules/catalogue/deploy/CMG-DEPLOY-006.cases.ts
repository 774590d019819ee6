// Fixtures for CMG-DEPLOY-006 (Azure Service Manager CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const asm = (cmVersion: number) =>
  fixture('contoso').design({ cmVersion }).props('cmg-granitefalls', { method: 'asm', lifecycle: 'existing' })

const cases: RuleCases = {
  fires: [
    {
      name: 'ASM CMG on 2207',
      design: () => asm(2207).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
    {
      name: 'ASM CMG on 2211',
      design: () => asm(2211).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'the same CMG as a classic cloud service on 2207',
      design: () => asm(2207).props('cmg-granitefalls', { method: 'classic' }).build(),
    },
  ],
}
export default cases
