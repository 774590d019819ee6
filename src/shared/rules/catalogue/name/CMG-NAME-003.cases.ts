// Fixtures for CMG-NAME-003 (two CMGs with the same prefix).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const secondCmg = (prefix: string) =>
  fixture('contoso')
    .add('cmg', 'cmg-second', {
      parentId: 'sub-contoso',
      name: prefix,
      props: {
        prefix,
        serviceNameCn: `${prefix}.contoso.com`,
        dnsCnameConfigured: true,
        region: 'westus',
        vmCount: 2,
      },
    })
    .edge('createdAt', 'cmg-second', 'site-nyc')
    .edge('linkedTo', 'cp-nyc-2', 'cmg-second')
    .unedge('linkedTo', 'cp-nyc-2', 'cmg-granitefalls')

const cases: RuleCases = {
  fires: [
    {
      name: 'granitefalls twice, differing only in case',
      design: () => secondCmg('granitefalls').build(),
      nodeId: 'cmg-second',
      severity: 'error',
    },
  ],
  quiet: [{ name: 'distinct prefixes', design: () => secondCmg('BasaltFalls').build() }],
}
export default cases
