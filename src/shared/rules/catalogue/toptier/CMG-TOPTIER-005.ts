// CMG-TOPTIER-005: a CMG-using population whose assigned primary site has no CMG connection point.
// Quiet where a structural rule already explains the fault: no primary assigned (CMG-STRUCT-001,
// CMG-STRUCT-003) or no CMG at all (CMG-STRUCT-004). Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'
import { addConnectionPointsFix, nodeOfKind } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-TOPTIER-005',
  category: 'Placement and hierarchy',
  title: "No CMG connection point at the clients' assigned site",
  severity: () => 'error',
  versions: {},
  fix: "Add a CMG connection point at the clients' assigned primary site and link it to the CMG.",
  sources: ['HIER', 'SCALECP'],
  evaluate: (ctx) => {
    if (ctx.cmgs.length === 0) return []
    return ctx.popsCmg.flatMap((pop) => {
      const site = ctx.assignedPrimary(pop)
      if (!site || ctx.cpsAtSite(site).length > 0) return []
      return [
        {
          nodeIds: [pop.id, site.id],
          message: `${named(pop)} uses a CMG but its assigned ${named(site)} has no CMG connection point; the CMG forwards a client's traffic only to a connection point in the client's assigned site.`,
        },
      ]
    })
  },
  quickFixes: (ctx, hit) => {
    const pop = nodeOfKind(ctx, hit.nodeIds, 'clientPopulation')
    const site = nodeOfKind(ctx, hit.nodeIds, 'site')
    const cmg = pop ? (ctx.pinnedCmgs(pop)[0] ?? ctx.cmgs[0]) : undefined
    return site && cmg ? [addConnectionPointsFix(site, cmg, 1)] : []
  },
}
