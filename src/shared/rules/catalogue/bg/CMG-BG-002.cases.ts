// Fixtures for CMG-BG-002 (cloud-first or fallback not decided; CMGs in several regions).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const branch = (preferCloudSources: boolean) =>
  fixture('contoso')
    .add('distributionPoint', 'dp-nyc', { parentId: 'srv-nyc-ss', name: 'DP01' })
    .add('boundaryGroup', 'bg-branch', { name: 'Branch', props: { preferCloudSources } })
    .edge('references', 'bg-branch', 'dp-nyc')
    .edge('references', 'bg-branch', 'cmg-granitefalls')

const twoRegions = () =>
  fixture('contoso')
    .add('cmg', 'cmg-basalt', {
      parentId: 'sub-contoso',
      name: 'BasaltFalls',
      props: {
        prefix: 'BasaltFalls',
        serviceNameCn: 'BasaltFalls.contoso.com',
        dnsCnameConfigured: true,
        region: 'westeurope',
        vmCount: 2,
      },
    })
    .edge('createdAt', 'cmg-basalt', 'site-nyc')
    .add('boundaryGroup', 'bg-cloud', { name: 'Cloud', props: { preferCloudSources: false } })
    .edge('references', 'bg-cloud', 'cmg-granitefalls')

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG and on-premises DP without Prefer cloud sources',
      design: () => branch(false).build(),
      nodeId: 'bg-branch',
      severity: 'info',
    },
    {
      name: 'cloud first: Prefer cloud based sources set',
      design: () => branch(true).build(),
      nodeId: 'bg-branch',
    },
    {
      name: 'CMGs in eastus and westeurope',
      design: () => twoRegions().edge('references', 'bg-cloud', 'cmg-basalt').build(),
      nodeId: 'bg-cloud',
    },
  ],
  quiet: [
    {
      name: 'CMG as the only, fallback source (no on-premises DP, one region)',
      design: () =>
        fixture('contoso')
          .add('boundaryGroup', 'bg-internet', { name: 'Internet' })
          .edge('references', 'bg-internet', 'cmg-granitefalls')
          .build(),
    },
    { name: 'one CMG region', design: () => twoRegions().build() },
  ],
}
export default cases
