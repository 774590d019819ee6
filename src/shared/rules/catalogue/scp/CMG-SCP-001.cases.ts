// Fixtures for CMG-SCP-001 (service connection point missing, duplicated or not at the top-tier site).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Fourth Coffee with the SCP on the Seattle child primary instead of the CAS',
      design: () =>
        fixture('fourth-coffee')
          .remove('scp-cas')
          .add('serviceConnectionPoint', 'scp-sea', { parentId: 'srv-sea-ss', name: 'SCP-SEA' })
          .build(),
      nodeId: 'scp-sea',
      severity: 'error',
    },
    {
      name: 'Contoso with a CMG and no SCP',
      design: () => fixture('contoso').remove('scp-nyc').build(),
      nodeId: 'site-nyc',
    },
    {
      name: 'Contoso with a second SCP',
      design: () =>
        fixture('contoso')
          .add('serviceConnectionPoint', 'scp-2', { parentId: 'srv-nyc-cp1', name: 'SCP2' })
          .build(),
      nodeId: 'scp-2',
    },
    {
      name: 'two SCPs even without any CMG',
      design: () =>
        fixture('contoso')
          .remove('cmg-granitefalls')
          .add('serviceConnectionPoint', 'scp-2', { parentId: 'srv-nyc-cp1', name: 'SCP2' })
          .build(),
      nodeId: 'scp-2',
    },
  ],
  quiet: [
    { name: 'Fourth Coffee as designed, SCP at the CAS', design: () => fixture('fourth-coffee').build() },
    {
      name: 'no SCP and no CMG',
      design: () => fixture('contoso').remove('scp-nyc').remove('cmg-granitefalls').build(),
    },
  ],
}
export default cases
