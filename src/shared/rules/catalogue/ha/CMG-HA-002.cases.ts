// Fixtures for CMG-HA-002 (fewer than two connection points of a CMG per site, on separate servers).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Fourth Coffee: one connection point in Seattle',
      design: () => fixture('fourth-coffee').build(),
      nodeId: 'site-sea-pri',
      severity: 'warning',
    },
    {
      name: 'Fourth Coffee: one connection point in Paris',
      design: () => fixture('fourth-coffee').build(),
      nodeId: 'site-par-pri',
    },
    {
      name: 'Contoso with both connection points on one server',
      design: () => fixture('contoso').set('cp-nyc-2', { parentId: 'srv-nyc-cp1' }).build(),
      nodeId: 'site-nyc',
    },
    {
      name: 'lab template switched to production',
      design: () => fixture('lab').design({ environment: 'production' }).build(),
      nodeId: 'site-lab',
    },
  ],
  quiet: [
    {
      name: 'two connection points on two servers (Contoso as shipped)',
      design: () => fixture('contoso').build(),
    },
    {
      name: 'Fourth Coffee as a lab',
      design: () => fixture('fourth-coffee').design({ environment: 'lab' }).build(),
    },
  ],
}
export default cases
