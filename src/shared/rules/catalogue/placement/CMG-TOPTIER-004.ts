// CMG-TOPTIER-004: a CMG that no CMG connection point is linked to. Pure rule module (runs in the
// worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-TOPTIER-004',
  category: 'Placement and hierarchy',
  title: 'CMG without a connection point',
  severity: () => 'error',
  versions: {},
  fix: 'Add at least one CMG connection point (two for high availability) and link it to this CMG.',
  sources: ['PLAN', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      ctx.cpsOf(cmg).length > 0
        ? []
        : [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} has no CMG connection point linked to it, so it can't reach any on-premises management point or software update point.`,
            },
          ],
    ),
}
