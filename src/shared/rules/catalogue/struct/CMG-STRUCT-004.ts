// CMG-STRUCT-004: populations set to use a CMG (usesCmg or intendsCmg) in a design without any CMG;
// the missing CMG is the finding, not its missing connection point or content. Pure rule module
// (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-STRUCT-004',
  category: 'Structural completeness',
  title: 'Clients set to use a CMG in a design without one',
  severity: () => 'error',
  versions: {},
  fix: 'Add a CMG at the top-level site, with CMG connection points at the primary sites these clients are assigned to. If the clients don\'t need one, clear "uses CMG" (or "intends CMG") for the population.',
  sources: ['PLAN', 'SETUP'],
  evaluate: (ctx) => {
    if (ctx.cmgs.length > 0) return []
    return ctx.pops
      .filter((pop) => pop.props.usesCmg || pop.props.intendsCmg)
      .map((pop) => ({
        nodeIds: [pop.id],
        message: `${named(pop)} is set to use a CMG, but the design has no CMG, so its clients have no cloud management gateway to reach the site through.`,
      }))
  },
}
