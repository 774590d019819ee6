// CMG-HA-002: in a production design, a site with fewer than two connection points of a CMG on
// separate servers. Pure rule module.
import { counted, label, named } from '../../context'
import type { Rule } from '../../types'
import { moreConnectionPoints } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-HA-002',
  category: 'High availability and capacity',
  title: 'Fewer than two CMG connection points per site',
  severity: () => 'warning',
  versions: {},
  fix: 'Add a second CMG connection point for this CMG on another server in that site.',
  sources: ['PERF', 'HIER'],
  evaluate: (ctx) => {
    if (!ctx.prod) return []
    return ctx.cmgs.flatMap((cmg) =>
      ctx.cpSitesOf(cmg).flatMap((site) => {
        const cps = ctx.cpsOf(cmg, site)
        const servers = new Set(cps.map((cp) => ctx.serverOf(cp)?.id))
        if (cps.length >= 2 && servers.size >= 2) return []
        const what =
          cps.length < 2
            ? `only ${counted(cps.length, 'connection point')} (${cps.map(label).join(', ')})`
            : `its ${counted(cps.length, 'connection point')} (${cps.map(label).join(', ')}) on a single server`
        return [
          {
            nodeIds: [...cps.map((cp) => cp.id), site.id, cmg.id],
            message: `${named(site)} has ${what} for ${named(cmg)}; Microsoft recommends two per site, on separate servers.`,
          },
        ]
      }),
    )
  },
  quickFixes: (ctx, hit) => moreConnectionPoints(ctx, hit, (have) => Math.max(1, 2 - have)),
}
