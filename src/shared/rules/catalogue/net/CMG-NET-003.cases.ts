// Fixtures for CMG-NET-003 (no outbound HTTPS to Azure from the SCP server or top-tier site server).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const blockedSiteServer = () => fixture('contoso').props('srv-nyc-ss', { outbound443Azure: false })

const cases: RuleCases = {
  fires: [
    {
      name: 'SCP and site server share a server without outbound 443',
      design: () => blockedSiteServer().build(),
      nodeId: 'srv-nyc-ss',
      severity: 'error',
    },
    {
      name: 'SCP moved to an open server; the site server is still blocked',
      design: () => blockedSiteServer().set('scp-nyc', { parentId: 'srv-nyc-cp1' }).build(),
      nodeId: 'srv-nyc-ss',
    },
    {
      name: 'Fourth Coffee: SCP server at the CAS blocked',
      design: () => fixture('fourth-coffee').props('srv-sea-cas', { outbound443Azure: false }).build(),
      nodeId: 'srv-sea-cas',
    },
  ],
  quiet: [
    { name: 'outbound 443 allowed (Contoso as shipped)', design: () => fixture('contoso').build() },
    {
      name: 'blocked, but the design has no CMG yet',
      design: () => blockedSiteServer().remove('cmg-granitefalls').build(),
    },
  ],
}
export default cases
