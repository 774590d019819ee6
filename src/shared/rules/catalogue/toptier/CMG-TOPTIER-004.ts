// CMG-TOPTIER-004: a CMG that no CMG connection point is linked to; its quick fix adds one where the
// CMG's clients are assigned. Pure rule module (runs in the worker and the CLI).
import { named, type CmgNode, type RuleContext, type SiteNode } from '../../context'
import type { Rule } from '../../types'
import { addConnectionPointsFix, nodeOfKind } from '../../quick-fix'

/** The site a CMG without connection points should get one at: where its clients are assigned. */
function siteForCmg(ctx: RuleContext, cmg: CmgNode): SiteNode | undefined {
  const primaries = (sites: readonly (SiteNode | undefined)[]) =>
    sites.find((s): s is SiteNode => s?.props.type === 'primary')
  return (
    primaries(ctx.popsVia(cmg).map((p) => ctx.popSite(p))) ??
    primaries([ctx.cmgSite(cmg)]) ??
    primaries(ctx.sites) ??
    ctx.top
  )
}

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
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    const site = cmg ? siteForCmg(ctx, cmg) : undefined
    return cmg && site ? [addConnectionPointsFix(site, cmg, 1)] : []
  },
}
