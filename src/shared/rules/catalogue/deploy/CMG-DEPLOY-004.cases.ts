// Fixtures for CMG-DEPLOY-004 (new classic CMG on 2203 or later).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const classic = (lifecycle: 'new' | 'existing', cmVersion: number) =>
  fixture('contoso').design({ cmVersion }).props('cmg-granitefalls', { method: 'classic', lifecycle })

const cases: RuleCases = {
  fires: [
    {
      name: 'new classic CMG on 2203',
      design: () => classic('new', 2203).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    { name: 'new classic CMG on 2111', design: () => classic('new', 2111).build() },
    { name: 'existing classic CMG on 2203', design: () => classic('existing', 2203).build() },
  ],
}
export default cases
