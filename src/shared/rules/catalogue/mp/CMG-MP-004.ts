// CMG-MP-004: a CMG-enabled HTTPS management point that intranet clients also use, next to HTTP
// management points, in a site without Enhanced HTTP. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-MP-004',
  category: 'Management point and software update point',
  title: 'CMG-enabled HTTPS management point also serves intranet clients',
  severity: () => 'warning',
  versions: {},
  fix: 'Set the CMG-enabled HTTPS management point\'s client connections to "Internet" only, or enable Enhanced HTTP for the site.',
  sources: ['CFGAUTH', 'FAQ', 'SCCMDOCS1676'],
  evaluate: (ctx) =>
    ctx.ofKind('managementPoint').flatMap((mp) => {
      const site = ctx.siteOf(mp)
      if (!site || !mp.props.allowCmgTraffic || mp.props.protocol !== 'https') return []
      if (mp.props.clientConnections === 'internet' || site.props.ehttpEnabled) return []
      const httpMps = ctx.mps(site).filter((m) => m.props.protocol === 'http')
      if (httpMps.length === 0) return []
      return [
        {
          nodeIds: [mp.id, site.id, ...httpMps.map((m) => m.id)],
          message: `${named(mp)} is the CMG-enabled HTTPS management point of ${named(site)} and accepts ${mp.props.clientConnections} connections; on-premises clients tend to prefer it over the HTTP management points (${httpMps.map(label).join(', ')}).`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const mp = nodeOfKind(ctx, hit.nodeIds, 'managementPoint')
    const site = nodeOfKind(ctx, hit.nodeIds, 'site')
    return [
      ...(mp
        ? [
            setPropsFix('internet-only', `Accept only internet clients on ${label(mp)}`, mp.id, {
              clientConnections: 'internet',
            }),
          ]
        : []),
      ...(site
        ? [
            setPropsFix('enable-ehttp', `Enable Enhanced HTTP at ${label(site)}`, site.id, {
              ehttpEnabled: true,
            }),
          ]
        : []),
    ]
  },
}
