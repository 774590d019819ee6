// CMG-CERT-002: a public-CA certificate requested for a Microsoft-owned Azure domain name. Pure rule
// module.
import { isAzureDomain, named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CERT-002',
  category: 'Certificates and naming',
  title: 'Public CA certificate for an Azure domain name',
  severity: () => 'error',
  versions: {},
  fix: 'Use a service name in your own domain (with a CNAME to the deployment name), or issue the Azure-domain name from your own PKI.',
  sources: ['CERT'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      if (cmg.props.certIssuer !== 'publicCA' || !isAzureDomain(cmg.props.serviceNameCn)) return []
      return [
        {
          nodeIds: [cmg.id],
          message: `${named(cmg)} expects a public CA certificate for ${cmg.props.serviceNameCn.trim()}, but a public CA can't issue certificates for Microsoft-owned domains.`,
        },
      ]
    }),
}
