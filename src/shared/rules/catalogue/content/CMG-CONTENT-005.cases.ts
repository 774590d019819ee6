// Fixtures for CMG-CONTENT-005 (third-party updates on the CMG with delta download on).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const thirdParty = (deltaContent: boolean) =>
  fixture('contoso')
    .props('cmg-granitefalls', { contentTypes: ['apps', 'packages', 'thirdPartyUpdates'] })
    .props('pop-roaming', { clientSettings: { deltaContent } })

const cases: RuleCases = {
  fires: [
    {
      name: 'delta download on',
      design: () => thirdParty(true).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
  ],
  quiet: [{ name: 'delta download off', design: () => thirdParty(false).build() }],
}
export default cases
