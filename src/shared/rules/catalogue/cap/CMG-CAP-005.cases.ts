// Fixtures for CMG-CAP-005 (more clients per software update point than supported).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const dedicatedSup = (wsusPoolTuned: boolean) =>
  fixture('contoso')
    .props('pop-roaming', { count: 30000 })
    .remove('sup-nyc')
    .add('server', 'srv-nyc-sup', { parentId: 'site-nyc', name: 'NYC-SUP' })
    .add('softwareUpdatePoint', 'sup-nyc-remote', {
      parentId: 'srv-nyc-sup',
      name: 'SUP01',
      props: { allowCmgTraffic: true, remote: true, wsusPoolTuned },
    })

const cases: RuleCases = {
  fires: [
    {
      name: '30,000 clients on the SUP colocated with the site server',
      design: () => fixture('contoso').props('pop-roaming', { count: 30000 }).build(),
      nodeId: 'sup-nyc',
      severity: 'warning',
    },
    {
      name: '30,000 clients on a remote but untuned SUP',
      design: () => dedicatedSup(false).build(),
      nodeId: 'sup-nyc-remote',
    },
  ],
  quiet: [
    {
      name: '30,000 clients on a remote SUP with the WsusPool tuning',
      design: () => dedicatedSup(true).build(),
    },
    {
      name: '25,000 clients on the colocated SUP',
      design: () => fixture('contoso').props('pop-roaming', { count: 25000 }).build(),
    },
  ],
}
export default cases
