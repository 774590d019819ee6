// CMG-CAP-002: a site with fewer connection points of a CMG than its VMs need (one per 4 VMs).
// Agrees with the "VMs per connection point" rows of ../../capacity.ts. A VM count outside 1..16 is
// CMG-DEPLOY-009's alone (addendum A3.1). Pure rule module.
import { counted, fmt, named } from '../../context'
import { VMS_PER_CONNECTION_POINT } from '../../capacity'
import type { Rule } from '../../types'
import { moreConnectionPoints } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-CAP-002',
  category: 'High availability and capacity',
  title: 'Too few CMG connection points for the CMG VMs',
  severity: () => 'warning',
  versions: {},
  fix: 'Add CMG connection points at that site: one for every 4 CMG VM instances (16 VMs need 4).',
  sources: ['SCALECP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      if (!ctx.vmCountOk(cmg)) return []
      return ctx.cpSitesOf(cmg).flatMap((site) => {
        const cps = ctx.cpsOf(cmg, site)
        const needed = Math.ceil(cmg.props.vmCount / VMS_PER_CONNECTION_POINT)
        if (cps.length >= needed) return []
        return [
          {
            nodeIds: [...cps.map((cp) => cp.id), site.id, cmg.id],
            message: `${named(site)} has ${counted(cps.length, 'connection point')} for ${named(cmg)}, whose ${counted(cmg.props.vmCount, 'VM')} need ${fmt(needed)} (one serves up to ${VMS_PER_CONNECTION_POINT} VMs).`,
          },
        ]
      })
    }),
  quickFixes: (ctx, hit) =>
    moreConnectionPoints(
      ctx,
      hit,
      (have, cmg) => Math.ceil(cmg.props.vmCount / VMS_PER_CONNECTION_POINT) - have,
    ),
}
