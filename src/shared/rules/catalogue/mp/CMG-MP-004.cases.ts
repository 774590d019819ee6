// Fixtures for CMG-MP-004 (CMG-enabled HTTPS MP also serving intranet clients next to HTTP MPs).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const mixedMps = () =>
  fixture('contoso')
    .props('site-nyc', { ehttpEnabled: false, commSecurity: 'httpsOnly' })
    .props('mp-nyc', { protocol: 'https' })
    .add('managementPoint', 'mp-nyc-2', {
      parentId: 'srv-nyc-cp1',
      name: 'MP02',
      props: { protocol: 'http' },
    })

const cases: RuleCases = {
  fires: [
    {
      name: 'HTTPS CMG MP accepting intranet connections beside an HTTP MP',
      design: () => mixedMps().build(),
      nodeId: 'mp-nyc',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'the HTTPS CMG MP is internet-only',
      design: () => mixedMps().props('mp-nyc', { clientConnections: 'internet' }).build(),
    },
    {
      name: 'the site uses Enhanced HTTP',
      design: () => mixedMps().props('site-nyc', { ehttpEnabled: true }).build(),
    },
  ],
}
export default cases
