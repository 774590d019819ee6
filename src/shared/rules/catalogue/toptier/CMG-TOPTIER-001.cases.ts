// Fixtures for CMG-TOPTIER-001 (CMG created at a secondary site).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withSecondary = () =>
  fixture('contoso')
    .add('site', 'site-sec', { name: 'Branch secondary', props: { siteCode: 'BR1', type: 'secondary' } })
    .edge('hierarchy', 'site-nyc', 'site-sec')

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG created at a secondary site',
      design: () =>
        withSecondary()
          .unedge('createdAt', 'cmg-granitefalls')
          .edge('createdAt', 'cmg-granitefalls', 'site-sec')
          .build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [{ name: 'same hierarchy, CMG at the primary', design: () => withSecondary().build() }],
}
export default cases
