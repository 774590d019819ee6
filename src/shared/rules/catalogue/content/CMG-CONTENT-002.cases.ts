// Fixtures for CMG-CONTENT-002 (no content source for internet clients).
import { fixture } from '../../../testing/fixture'
import { cmgDeleted } from '../../../testing/addendum-fixtures'
import type { RuleCases } from '../../../testing/rule-cases'

const noCmgContent = () => fixture('contoso').props('cmg-granitefalls', { contentEnabled: false })

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG without content, no internet-facing DP',
      design: () => noCmgContent().build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'an internet-facing DP serves the content',
      design: () =>
        noCmgContent()
          .add('distributionPoint', 'dp-nyc', {
            parentId: 'srv-nyc-ss',
            name: 'DP01',
            props: { internetFacing: true },
          })
          .build(),
    },
    {
      name: 'the clients need no content',
      design: () => noCmgContent().props('pop-roaming', { needsContent: false }).build(),
    },
    { name: 'content-enabled CMG (Contoso as shipped)', design: () => fixture('contoso').build() },
    {
      name: 'the design has no CMG: CMG-STRUCT-004 is the finding (addendum A2.1)',
      design: () => cmgDeleted().build(),
    },
  ],
}
export default cases
