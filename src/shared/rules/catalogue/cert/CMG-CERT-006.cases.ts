// Fixtures for CMG-CERT-006 (client certificate revocation checked without an internet CRL).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const pkiClients = (crlPublishedExternally: boolean) =>
  fixture('contoso')
    .design({ pki: { available: true, crlPublishedExternally } })
    .props('pop-roaming', { authMethod: 'pki', joinType: 'adDomain' })

const cases: RuleCases = {
  fires: [
    {
      name: 'PKI clients, revocation check on, CRL not published',
      design: () => pkiClients(false).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
  ],
  quiet: [
    { name: 'CRL published on the internet', design: () => pkiClients(true).build() },
    {
      name: 'revocation check off',
      design: () =>
        pkiClients(false).props('cmg-granitefalls', { verifyClientCertRevocation: false }).build(),
    },
  ],
}
export default cases
