// Fixtures for CMG-CONTENT-004 (Microsoft update content on the CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withUpdates = () =>
  fixture('contoso').props('cmg-granitefalls', { contentTypes: ['apps', 'packages', 'microsoftUpdates'] })

const cases: RuleCases = {
  fires: [
    {
      name: 'Microsoft updates distributed to the CMG',
      design: () => withUpdates().build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'apps and packages only',
      design: () =>
        fixture('contoso')
          .props('cmg-granitefalls', { contentTypes: ['apps', 'packages'] })
          .build(),
    },
    {
      name: 'content not enabled on the CMG',
      design: () => withUpdates().props('cmg-granitefalls', { contentEnabled: false }).build(),
    },
  ],
}
export default cases
