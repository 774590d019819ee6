// CMG-NET-002: a device inspecting or filtering traffic in front of the CMG. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-NET-002',
  category: 'Network, version lifecycle and cost',
  title: 'Inline inspection in front of the CMG',
  severity: () => 'error',
  versions: {},
  fix: 'Remove the inline device, or let it pass the headers Range, CCMClientID, CCMClientIDSignature, CCMClientTimestamp and CCMClientTimestampsSignature and the verbs HEAD, CCM_POST, BITS_POST, GET and PROPFIND unchanged.',
  sources: ['SEC', 'FLOW'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      cmg.props.inlineInspection
        ? [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} has a firewall, WAF or other device intercepting traffic in front of it; filtering or processing CMG traffic before the CMG is unsupported.`,
            },
          ]
        : [],
    ),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    return cmg
      ? [
          setPropsFix('bypass-inspection', `Exempt ${label(cmg)} from inline inspection`, cmg.id, {
            inlineInspection: false,
          }),
        ]
      : []
  },
}
