// Fixtures for CMG-AUTH-001 (Entra authentication not possible for these devices).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const roaming = (props: Record<string, unknown>) => fixture('contoso').props('pop-roaming', props)

const cases: RuleCases = {
  fires: [
    {
      name: 'Windows 8.1 devices with Entra authentication',
      design: () => roaming({ os: ['win81'] }).build(),
      nodeId: 'pop-roaming',
      severity: 'error',
    },
    {
      name: 'AD domain-joined devices with Entra authentication',
      design: () => roaming({ joinType: 'adDomain' }).build(),
    },
    {
      name: 'users without Entra identities',
      design: () => roaming({ usersHaveEntraIdentity: false }).build(),
    },
  ],
  quiet: [
    {
      name: 'Windows 10 or later and Windows Server devices',
      design: () => roaming({ os: ['win10plus', 'winServer'] }).build(),
    },
    {
      name: 'Windows 8.1 devices with site tokens',
      design: () => roaming({ os: ['win81'], authMethod: 'token' }).build(),
    },
  ],
}
export default cases
