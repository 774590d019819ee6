// Fixtures for CMG-AUTH-005 (client certificate chain not added to the CMG).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const pki = () =>
  fixture('contoso')
    .props('pop-roaming', { authMethod: 'pki' })
    .props('site-nyc', { usePkiClientCertWhenAvailable: true })

const cases: RuleCases = {
  fires: [
    {
      name: 'PKI clients and no trusted root chain on the CMG',
      design: () => pki().build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'trusted root chain uploaded',
      design: () => pki().props('cmg-granitefalls', { trustedRootChainUploaded: true }).build(),
    },
    { name: 'Entra clients only', design: () => fixture('contoso').build() },
  ],
}
export default cases
