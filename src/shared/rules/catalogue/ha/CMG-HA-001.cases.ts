// Fixtures for CMG-HA-001 (production CMG with one VM).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'production CMG with 1 VM',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 1 }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
    {
      name: 'lab template switched to production',
      design: () => fixture('lab').design({ environment: 'production' }).build(),
      nodeId: 'cmg-lab',
    },
  ],
  quiet: [
    {
      name: 'production CMG with 2 VMs',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 2 }).build(),
    },
    { name: 'lab template (lab environment)', design: () => fixture('lab').build() },
    {
      name: '0 VMs: CMG-DEPLOY-009 is the finding (addendum A3.1)',
      design: () => fixture('contoso').props('cmg-granitefalls', { vmCount: 0 }).build(),
    },
  ],
}
export default cases
