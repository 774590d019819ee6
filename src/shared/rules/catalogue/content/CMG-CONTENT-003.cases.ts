// Fixtures for CMG-CONTENT-003 (client setting blocks content from the CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const noCloudDp = () => fixture('contoso').props('pop-roaming', { clientSettings: { allowCloudDp: false } })

const cases: RuleCases = {
  fires: [
    {
      name: 'Allow access to cloud DP = No',
      design: () => noCloudDp().build(),
      nodeId: 'pop-roaming',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'same setting, clients need no content',
      design: () => noCloudDp().props('pop-roaming', { needsContent: false }).build(),
    },
    {
      name: 'Allow access to cloud DP = Yes',
      design: () =>
        fixture('contoso')
          .props('pop-roaming', { clientSettings: { allowCloudDp: true } })
          .build(),
    },
  ],
}
export default cases
