// Fixtures for CMG-MP-002 (CMG-enabled HTTP management point without Enhanced HTTP).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG-enabled HTTP MP in a site with Enhanced HTTP off',
      design: () =>
        fixture('contoso').props('site-nyc', { ehttpEnabled: false, commSecurity: 'httpsOnly' }).build(),
      nodeId: 'mp-nyc',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'same site, the MP uses HTTPS',
      design: () =>
        fixture('contoso')
          .props('site-nyc', { ehttpEnabled: false, commSecurity: 'httpsOnly' })
          .props('mp-nyc', { protocol: 'https' })
          .build(),
    },
    { name: 'HTTP MP with Enhanced HTTP on (Contoso as shipped)', design: () => fixture('contoso').build() },
  ],
}
export default cases
