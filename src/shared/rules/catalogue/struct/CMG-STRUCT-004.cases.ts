// Fixtures for CMG-STRUCT-004 (clients set to use a CMG in a design without one).
import { fixture } from '../../../testing/fixture'
import { cmgDeleted } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG deleted, the roaming laptops still use it',
      design: () => cmgDeleted().build(),
      nodeId: 'pop-roaming',
      severity: 'error',
    },
    {
      name: 'CMG deleted, VPN clients still meant to use one',
      design: () =>
        cmgDeleted().props('pop-roaming', { location: 'vpn', usesCmg: false, intendsCmg: true }).build(),
      nodeId: 'pop-roaming',
    },
  ],
  quiet: [
    { name: 'Contoso as designed', design: () => fixture('contoso').build() },
    {
      name: 'CMG deleted and the laptops no longer use one',
      design: () => cmgDeleted().props('pop-roaming', { location: 'intranet', usesCmg: false }).build(),
    },
  ],
}
export default cases
