// Fixtures for CMG-AUTH-002 (user targeting over the CMG without Entra authentication).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withKiosks = (props: Record<string, unknown>) =>
  fixture('contoso')
    .add('clientPopulation', 'pop-kiosks', {
      name: 'Workgroup kiosks',
      props: { count: 300, joinType: 'workgroup', authMethod: 'token', ...props },
    })
    .edge('assignedTo', 'pop-kiosks', 'site-nyc')

const cases: RuleCases = {
  fires: [
    {
      name: 'token-authenticated kiosks with user-targeted apps',
      design: () => withKiosks({ needsUserTargeting: true }).build(),
      nodeId: 'pop-kiosks',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'kiosks with device-targeted content only',
      design: () => withKiosks({ needsUserTargeting: false }).build(),
    },
    {
      name: 'Entra-authenticated roaming laptops with user-targeted apps',
      design: () => fixture('contoso').props('pop-roaming', { needsUserTargeting: true }).build(),
    },
  ],
}
export default cases
