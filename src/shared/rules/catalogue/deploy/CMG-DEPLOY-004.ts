// CMG-DEPLOY-004: a new classic cloud service CMG on 2203 or later, where creating one was removed.
// Pure rule module (runs in the worker and the CLI).
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-DEPLOY-004',
  category: 'Deployment method, VM size and version',
  title: 'New classic CMG on 2203 or later',
  severity: () => 'error',
  versions: { min: 2203 },
  fix: 'Deploy the new CMG as a virtual machine scale set.',
  sources: ['DEPR', 'PLAN', 'SUPP', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter((cmg) => cmg.props.method === 'classic' && cmg.props.lifecycle === 'new')
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message: `${named(cmg)} is planned as a new classic cloud service, but creating a classic CMG was removed in 2203 (the design targets ${ctx.v}).`,
      })),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    return cmg
      ? [
          setPropsFix('deploy-as-vmss', `Deploy ${label(cmg)} as a virtual machine scale set`, cmg.id, {
            method: 'vmss',
          }),
        ]
      : []
  },
}
