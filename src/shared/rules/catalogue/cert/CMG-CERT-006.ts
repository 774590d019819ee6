// CMG-CERT-006: client certificate revocation checked by a CMG with PKI clients while no CRL is
// published on the internet. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CERT-006',
  category: 'Certificates and naming',
  title: 'Client certificate revocation checked without an internet CRL',
  severity: () => 'warning',
  versions: {},
  fix: 'Publish the certificate revocation list on the internet, or turn off "Verify client certificate revocation" on the CMG.',
  sources: ['SEC', 'COST', 'SETUP'],
  evaluate: (ctx) => {
    if (ctx.design.pki.crlPublishedExternally) return []
    return ctx.cmgs.flatMap((cmg) => {
      if (!cmg.props.verifyClientCertRevocation) return []
      const pki = ctx.popsVia(cmg).filter((p) => p.props.authMethod === 'pki')
      if (pki.length === 0) return []
      return [
        {
          nodeIds: [cmg.id, ...pki.map((p) => p.id)],
          message: `${named(cmg)} verifies client certificate revocation for PKI-authenticated ${pki.map(named).join(', ')}, but the design publishes no CRL on the internet; the failing checks add client traffic and Azure egress cost.`,
        },
      ]
    })
  },
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    return cmg
      ? [
          setPropsFix(
            'skip-revocation-check',
            `Turn off client certificate revocation checks on ${label(cmg)}`,
            cmg.id,
            {
              verifyClientCertRevocation: false,
            },
          ),
        ]
      : []
  },
}
