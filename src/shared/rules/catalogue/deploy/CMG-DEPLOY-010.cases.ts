// Fixtures for CMG-DEPLOY-010 (conversion of a cloudapp.net CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const converting = (serviceNameCn: string) =>
  fixture('contoso').props('cmg-granitefalls', { method: 'classic', lifecycle: 'convert', serviceNameCn })

const cases: RuleCases = {
  fires: [
    {
      name: 'classic CMG named GraniteFalls.CloudApp.Net to be converted',
      design: () => converting('GraniteFalls.CloudApp.Net').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'classic CMG with its own domain to be converted',
      design: () => converting('GraniteFalls.contoso.com').build(),
    },
    {
      name: 'cloudapp.net CMG kept as an existing classic CMG on 2111',
      design: () =>
        fixture('contoso')
          .design({ cmVersion: 2111 })
          .props('cmg-granitefalls', {
            method: 'classic',
            lifecycle: 'existing',
            serviceNameCn: 'GraniteFalls.cloudapp.net',
          })
          .build(),
    },
  ],
}
export default cases
