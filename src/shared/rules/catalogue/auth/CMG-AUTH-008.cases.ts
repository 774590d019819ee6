// Fixtures for CMG-AUTH-008 (no way to obtain a site token).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const tokenClients = (props: Record<string, unknown>) =>
  fixture('contoso').props('pop-roaming', { authMethod: 'token', joinType: 'adDomain', ...props })

const cases: RuleCases = {
  fires: [
    {
      name: 'never on the intranet and no bulk token',
      design: () => tokenClients({ registersOnIntranet: false }).build(),
      nodeId: 'pop-roaming',
      severity: 'error',
    },
    {
      name: 'bulk token with a 14-day lifetime',
      design: () =>
        tokenClients({
          registersOnIntranet: false,
          bulkTokenPlanned: true,
          bulkTokenLifetimeMin: 20160,
        }).build(),
      nodeId: 'pop-roaming',
    },
  ],
  quiet: [
    {
      name: 'bulk token with the 7-day maximum',
      design: () =>
        tokenClients({
          registersOnIntranet: false,
          bulkTokenPlanned: true,
          bulkTokenLifetimeMin: 10080,
        }).build(),
    },
    {
      name: 'clients register on the intranet first',
      design: () => tokenClients({ registersOnIntranet: true }).build(),
    },
  ],
}
export default cases
