// Fixtures for CMG-VER-003 (site system roles on Windows Server 2012 / 2012 R2 from 2403).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const oldCpServer = () => fixture('contoso').props('srv-nyc-cp1', { os: 'WS2012R2' })

const cases: RuleCases = {
  fires: [
    {
      name: 'connection point on WS2012 R2 with 2403',
      design: () => oldCpServer().design({ cmVersion: 2403 }).build(),
      nodeId: 'srv-nyc-cp1',
      severity: 'error',
    },
    {
      name: 'site server on WS2012 with 2509',
      design: () => fixture('contoso').props('srv-nyc-ss', { os: 'WS2012' }).build(),
      nodeId: 'srv-nyc-ss',
    },
  ],
  quiet: [
    {
      name: 'connection point on WS2012 R2 with 2309',
      design: () => oldCpServer().design({ cmVersion: 2309 }).build(),
    },
    {
      name: 'connection point on WS2016 with 2403',
      design: () =>
        fixture('contoso').props('srv-nyc-cp1', { os: 'WS2016' }).design({ cmVersion: 2403 }).build(),
    },
  ],
}
export default cases
