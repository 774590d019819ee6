// Fixtures for CMG-AZ-001 (unsupported Azure environment).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const inCloud = (azureEnvironment: string) =>
  fixture('contoso').props('cmg-granitefalls', { azureEnvironment })

const cases: RuleCases = {
  fires: [
    {
      name: 'CMG in Azure China',
      design: () => inCloud('AzureChinaCloud').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: 'CMG in Azure Germany',
      design: () => inCloud('AzureGermanCloud').build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    { name: 'CMG in Azure US Government', design: () => inCloud('AzureUSGovernmentCloud').build() },
    { name: 'CMG in global Azure', design: () => inCloud('AzurePublicCloud').build() },
  ],
}
export default cases
