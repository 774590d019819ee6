// CMG-CERT-007: "Enforce TLS 1.2" turned off on a CMG. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CERT-007',
  category: 'Certificates and naming',
  title: 'TLS 1.2 not enforced',
  severity: () => 'warning',
  versions: {},
  fix: 'Keep "Enforce TLS 1.2" enabled on the CMG.',
  sources: ['SEC', 'SETUP', 'MODIFY', 'WN2603'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      cmg.props.enforceTls12
        ? []
        : [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} doesn't enforce TLS 1.2; the setting is on by default and recommended (from 2107 it also covers the CMG's storage account).`,
            },
          ],
    ),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    return cmg
      ? [setPropsFix('enforce-tls12', `Enforce TLS 1.2 on ${label(cmg)}`, cmg.id, { enforceTls12: true })]
      : []
  },
}
