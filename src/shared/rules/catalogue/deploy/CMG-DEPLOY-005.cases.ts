// Fixtures for CMG-DEPLOY-005 (existing classic CMG not converted).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const classic = (lifecycle: 'existing' | 'convert', cmVersion: number) =>
  fixture('contoso').design({ cmVersion }).props('cmg-granitefalls', { method: 'classic', lifecycle })

const cases: RuleCases = {
  fires: [
    {
      name: 'existing classic CMG on 2309',
      design: () => classic('existing', 2309).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
    {
      name: 'existing classic CMG on 2403',
      design: () => classic('existing', 2403).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'classic CMG being converted on 2309', design: () => classic('convert', 2309).build() },
    { name: 'existing classic CMG on 2103', design: () => classic('existing', 2103).build() },
  ],
}
export default cases
