// Fixtures for CMG-MP-003 (HTTP client communication without Enhanced HTTP: W 2103-2309, E 2403+).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const httpOnly = () =>
  fixture('contoso').props('site-nyc', { ehttpEnabled: false, commSecurity: 'httpsOrHttp' })

const cases: RuleCases = {
  fires: [
    {
      name: 'HTTP without E-HTTP on 2309 is a warning',
      design: () => httpOnly().design({ cmVersion: 2309 }).build(),
      nodeId: 'site-nyc',
      severity: 'warning',
    },
    {
      name: 'HTTP without E-HTTP on 2403 is an error',
      design: () => httpOnly().design({ cmVersion: 2403 }).build(),
      nodeId: 'site-nyc',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'HTTPS-only client communication',
      design: () => httpOnly().props('site-nyc', { commSecurity: 'httpsOnly' }).build(),
    },
    {
      name: 'HTTP without E-HTTP on 2010, before the deprecation',
      design: () => httpOnly().design({ cmVersion: 2010 }).build(),
    },
  ],
}
export default cases
