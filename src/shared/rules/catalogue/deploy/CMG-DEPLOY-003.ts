// CMG-DEPLOY-003: on 2010/2103 all CMGs must use the same deployment method. Pure rule module (runs in
// the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-DEPLOY-003',
  category: 'Deployment method, VM size and version',
  title: 'Mixed CMG deployment methods on 2010/2103',
  severity: () => 'error',
  versions: { min: 2010, max: 2103 },
  fix: 'Use one deployment method for every CMG (delete the CMGs of the other kind first), or update to 2107 or later, where mixing and converting are allowed.',
  sources: ['PLAN', 'MODIFY'],
  evaluate: (ctx) => {
    const cmgs = ctx.cmgs
    const methods = new Set(cmgs.map((c) => c.props.method))
    if (methods.size < 2) return []
    return [
      {
        nodeIds: cmgs.map((c) => c.id),
        message: `The CMGs use ${methods.size} deployment methods (${cmgs.map((c) => `${named(c)}: ${c.props.method}`).join(', ')}); on ${ctx.v} all CMGs must use the same one.`,
      },
    ]
  },
}
