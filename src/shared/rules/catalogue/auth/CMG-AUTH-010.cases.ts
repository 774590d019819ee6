// Fixtures for CMG-AUTH-010 (site token may expire before a restart).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const tokenClients = (maxDaysWithoutClientRestart: number) =>
  fixture('contoso').props('pop-roaming', {
    authMethod: 'token',
    joinType: 'adDomain',
    maxDaysWithoutClientRestart,
  })

const cases: RuleCases = {
  fires: [
    {
      name: 'up to 120 days without a restart',
      design: () => tokenClients(120).build(),
      nodeId: 'pop-roaming',
      severity: 'warning',
    },
  ],
  quiet: [
    { name: 'restart at least every 90 days', design: () => tokenClients(90).build() },
    {
      name: 'Entra clients that rarely restart',
      design: () => fixture('contoso').props('pop-roaming', { maxDaysWithoutClientRestart: 120 }).build(),
    },
  ],
}
export default cases
