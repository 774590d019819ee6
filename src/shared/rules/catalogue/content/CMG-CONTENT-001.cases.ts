// Fixtures for CMG-CONTENT-001 (traditional cloud distribution point; W/E by version and lifecycle).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withCdp = (lifecycle: 'new' | 'existing') =>
  fixture('contoso').add('cloudDistributionPoint', 'cdp-old', {
    parentId: 'sub-contoso',
    name: 'ContosoCDP',
    props: { lifecycle },
  })

const cases: RuleCases = {
  fires: [
    {
      name: 'existing cloud DP on 2207 is a warning',
      design: () => withCdp('existing').design({ cmVersion: 2207 }).build(),
      nodeId: 'cdp-old',
      severity: 'warning',
    },
    {
      name: 'existing cloud DP on 2211 is an error',
      design: () => withCdp('existing').design({ cmVersion: 2211 }).build(),
      nodeId: 'cdp-old',
      severity: 'error',
    },
    {
      name: 'new cloud DP on 2107 is an error',
      design: () => withCdp('new').design({ cmVersion: 2107 }).build(),
      nodeId: 'cdp-old',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'existing cloud DP on 2103, before the deprecation',
      design: () => withCdp('existing').design({ cmVersion: 2103 }).build(),
    },
    { name: 'content-enabled CMG only (Contoso as shipped)', design: () => fixture('contoso').build() },
  ],
}
export default cases
