// CMG-MP-002: a CMG-enabled HTTP management point in a site without Enhanced HTTP. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-MP-002',
  category: 'Management point and software update point',
  title: 'CMG-enabled management point is neither HTTPS nor Enhanced HTTP',
  severity: () => 'error',
  versions: {},
  fix: 'Enable Enhanced HTTP ("Use Configuration Manager-generated certificates for HTTP site systems") for the site, or switch the management point to HTTPS.',
  sources: ['PLAN', 'CFGAUTH', 'EHTTP'],
  evaluate: (ctx) =>
    ctx.ofKind('managementPoint').flatMap((mp) => {
      const site = ctx.siteOf(mp)
      if (!site || !mp.props.allowCmgTraffic || mp.props.protocol !== 'http' || site.props.ehttpEnabled)
        return []
      return [
        {
          nodeIds: [mp.id, site.id],
          message: `${named(mp)} allows CMG traffic over HTTP, but ${named(site)} doesn't use Enhanced HTTP; a CMG-enabled management point must answer HTTPS.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const site = nodeOfKind(ctx, hit.nodeIds, 'site')
    return site
      ? [
          setPropsFix('enable-ehttp', `Enable Enhanced HTTP at ${label(site)}`, site.id, {
            ehttpEnabled: true,
          }),
        ]
      : []
  },
}
