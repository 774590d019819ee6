// CMG-CONTENT-004: Microsoft update content distributed to a CMG. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CONTENT-004',
  category: 'Content, boundary groups and client settings',
  title: 'Microsoft update content on the CMG',
  severity: () => 'warning',
  versions: {},
  fix: "Don't distribute Microsoft software update packages to the CMG.",
  sources: ['COST', 'CDP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      cmg.props.contentEnabled && cmg.props.contentTypes.includes('microsoftUpdates')
        ? [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} stores Microsoft update content, which internet clients download from Microsoft Update for free; on the CMG it only adds storage and egress cost.`,
            },
          ]
        : [],
    ),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    return cmg
      ? [
          setPropsFix(
            'no-microsoft-updates',
            `Stop distributing Microsoft updates to ${label(cmg)}`,
            cmg.id,
            {
              contentTypes: cmg.props.contentTypes.filter((type) => type !== 'microsoftUpdates'),
            },
          ),
        ]
      : []
  },
}
