// CMG-AUTH-005: a CMG used by PKI-authenticating clients without their certificate chain uploaded.
// Pure rule module (runs in the worker and the CLI).
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-AUTH-005',
  category: 'Client authentication',
  title: 'Client certificate chain not added to the CMG',
  severity: () => 'error',
  versions: {},
  fix: 'Export every root and intermediate CA certificate of the client certificate chain (.cer) and add them to the CMG under Settings > Certificates.',
  sources: ['CFGAUTH', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      if (cmg.props.trustedRootChainUploaded) return []
      const pkiPops = ctx.popsVia(cmg).filter((p) => p.props.authMethod === 'pki')
      if (pkiPops.length === 0) return []
      return [
        {
          nodeIds: [cmg.id, ...pkiPops.map((p) => p.id)],
          message: `${named(cmg)} is used by PKI-authenticating ${pkiPops.map(named).join(', ')}, but the client certificate chain (root and intermediate CAs) is not added to the CMG, so it can't trust their certificates.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    return cmg
      ? [
          setPropsFix('add-client-ca-chain', `Add the client CA certificates to ${label(cmg)}`, cmg.id, {
            trustedRootChainUploaded: true,
          }),
        ]
      : []
  },
}
