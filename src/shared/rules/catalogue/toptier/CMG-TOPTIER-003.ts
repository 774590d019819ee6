// CMG-TOPTIER-003: a CMG connection point at a secondary site (error) or at the CAS (warning).
// Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule, RuleHit } from '../../types'

export const rule: Rule = {
  id: 'CMG-TOPTIER-003',
  category: 'Placement and hierarchy',
  title: 'CMG connection point outside a primary site',
  severity: () => 'error',
  versions: {},
  fix: 'Put CMG connection points on the primary sites whose assigned clients use the CMG.',
  sources: ['SCALECP', 'HIER'],
  evaluate: (ctx) =>
    ctx.cps.flatMap((cp): RuleHit[] => {
      const site = ctx.siteOf(cp)
      if (site?.props.type === 'secondary')
        return [
          {
            nodeIds: [cp.id, site.id],
            message: `${named(cp)} is at secondary ${named(site)}; a secondary site can't host a CMG connection point.`,
            severity: 'error',
          },
        ]
      if (site?.props.type === 'cas')
        return [
          {
            nodeIds: [cp.id, site.id],
            message: `${named(cp)} is at the CAS (${named(site)}), which has no assigned clients and no management point for it to forward their traffic to; the CMG sends a client's traffic to a connection point in the client's assigned primary site.`,
            severity: 'warning',
          },
        ]
      return []
    }),
}
