// Fixtures for CMG-STRUCT-001 (client population assigned to no site).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Roaming laptops with their assignment removed',
      design: () => fixture('contoso').unedge('assignedTo', 'pop-roaming').build(),
      nodeId: 'pop-roaming',
      severity: 'error',
    },
    {
      name: 'an intranet population that does not use the CMG, assigned to no site',
      design: () =>
        fixture('contoso')
          .add('clientPopulation', 'pop-desk', {
            name: 'Desktops',
            props: { location: 'intranet', usesCmg: false },
          })
          .build(),
      nodeId: 'pop-desk',
    },
  ],
  quiet: [
    { name: 'Contoso as designed', design: () => fixture('contoso').build() },
    {
      name: 'Roaming laptops assigned to a second primary instead',
      design: () =>
        fixture('contoso')
          .add('site', 'site-bos', { name: 'Boston', props: { siteCode: 'BOS' } })
          .unedge('assignedTo', 'pop-roaming')
          .edge('assignedTo', 'pop-roaming', 'site-bos')
          .build(),
    },
  ],
}
export default cases
