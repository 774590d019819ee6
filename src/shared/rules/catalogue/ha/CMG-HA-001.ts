// CMG-HA-001: a production CMG with one VM instance. A count outside 1..16 is CMG-DEPLOY-009's
// alone (addendum A3.1). Pure rule module.
import { counted, named } from '../../context'
import type { Rule } from '../../types'
import { vmFixes } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-HA-001',
  category: 'High availability and capacity',
  title: 'Production CMG with a single VM instance',
  severity: () => 'warning',
  versions: {},
  fix: 'Set the CMG to at least two VM instances.',
  sources: ['PERF', 'FAQ'],
  evaluate: (ctx) => {
    if (!ctx.prod) return []
    return ctx.cmgs.flatMap((cmg) =>
      cmg.props.vmCount >= 2 || !ctx.vmCountOk(cmg)
        ? []
        : [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} runs ${counted(cmg.props.vmCount, 'VM instance')} in a production design; a single instance has no second Azure update domain, so platform updates and failures interrupt the service.`,
            },
          ],
    )
  },
  quickFixes: (ctx, hit) => vmFixes(ctx, hit, 2).filter((f) => f.id === 'add-vms'),
}
