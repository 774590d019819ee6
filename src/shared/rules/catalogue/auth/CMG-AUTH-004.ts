// CMG-AUTH-004: a CMG-enabled MP without ASP.NET 4.5 at a site with Entra-authenticating clients.
// Only clients validly assigned to a primary count (CMG-STRUCT-003 covers the others). Pure rule
// module (runs in the worker and the CLI).
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-AUTH-004',
  category: 'Client authentication',
  title: 'ASP.NET 4.5 off on a CMG-enabled management point',
  severity: () => 'error',
  versions: {},
  fix: 'Enable ASP.NET 4.5 (with the options it selects automatically) on the servers of these management points.',
  sources: ['ENTRAINST', 'CFGAUTH'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      const entraPops = ctx.popsAssignedAt(site).filter((p) => p.props.authMethod === 'entra')
      if (entraPops.length === 0) return []
      return ctx
        .cmgMps(site)
        .filter((mp) => !mp.props.aspNet45)
        .map((mp) => ({
          nodeIds: [mp.id, site.id, ...entraPops.map((p) => p.id)],
          message: `${named(mp)} at ${named(site)} allows CMG traffic but doesn't have ASP.NET 4.5 enabled, which it needs to authenticate the Entra clients of ${entraPops.map(named).join(', ')}.`,
        }))
    }),
  quickFixes: (ctx, hit) => {
    const mp = nodeOfKind(ctx, hit.nodeIds, 'managementPoint')
    return mp
      ? [setPropsFix('enable-aspnet45', `Enable ASP.NET 4.5 on ${label(mp)}`, mp.id, { aspNet45: true })]
      : []
  },
}
