// Fixtures for CMG-CLIENT-001 (macOS or IPv6-only clients on the CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withMacs = (props: Record<string, unknown>) =>
  fixture('contoso')
    .add('clientPopulation', 'pop-macs', {
      name: 'Design studio Macs',
      props: { count: 120, os: ['macOS'], joinType: 'workgroup', authMethod: 'pki', ...props },
    })
    .edge('assignedTo', 'pop-macs', 'site-nyc')

const cases: RuleCases = {
  fires: [
    {
      name: 'macOS devices using the CMG',
      design: () => withMacs({}).build(),
      nodeId: 'pop-macs',
      severity: 'error',
    },
    {
      name: 'IPv6-only roaming laptops',
      design: () => fixture('contoso').props('pop-roaming', { ipv6Only: true }).build(),
      nodeId: 'pop-roaming',
    },
  ],
  quiet: [
    {
      name: 'macOS devices kept on the intranet',
      design: () => withMacs({ location: 'intranet', usesCmg: false }).build(),
    },
    {
      name: 'dual-stack roaming laptops',
      design: () => fixture('contoso').props('pop-roaming', { ipv6Only: false }).build(),
    },
  ],
}
export default cases
