// Fixtures for CMG-DEPLOY-008 (Lab VM size in production or over its load).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'lab template switched to production',
      design: () => fixture('lab').design({ environment: 'production' }).build(),
      nodeId: 'cmg-lab',
      severity: 'warning',
    },
    {
      name: 'lab with 25 test clients on one B2s VM',
      design: () => fixture('lab').props('pop-lab', { count: 25 }).build(),
      nodeId: 'cmg-lab',
    },
    {
      name: 'lab template evaluated at 1.5× client growth (12 clients)',
      design: () => fixture('lab').build(),
      options: { growth: 1.5 },
      nodeId: 'cmg-lab',
    },
  ],
  quiet: [
    { name: 'lab template as shipped (8 clients, lab environment)', design: () => fixture('lab').build() },
    {
      name: 'lab with 25 test clients on three B2s VMs',
      design: () => fixture('lab').props('pop-lab', { count: 25 }).props('cmg-lab', { vmCount: 3 }).build(),
    },
    {
      name: 'production with the Standard size',
      design: () =>
        fixture('lab')
          .design({ environment: 'production' })
          .props('cmg-lab', { vmSize: 'Standard_A2_v2' })
          .build(),
    },
  ],
}
export default cases
