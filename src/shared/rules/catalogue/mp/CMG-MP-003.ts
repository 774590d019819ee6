// CMG-MP-003: a CAS or primary that still allows HTTP client communication without Enhanced HTTP
// (deprecated in 2103, removed in 2403). Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-MP-003',
  category: 'Management point and software update point',
  title: 'HTTP client communication without Enhanced HTTP',
  severity: (v) => (v >= 2403 ? 'error' : 'warning'),
  versions: { min: 2103 },
  fix: 'Enable Enhanced HTTP or set client communication to HTTPS only on every CAS and primary site.',
  sources: ['DEPR', 'PREREQ', 'WN2403', 'EHTTP'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      if (site.props.type === 'secondary') return []
      if (site.props.commSecurity !== 'httpsOrHttp' || site.props.ehttpEnabled) return []
      const when =
        ctx.v >= 2403
          ? `version ${ctx.v} no longer supports it and the prerequisite check fails`
          : `it is deprecated since 2103 and the 2403 prerequisite check fails on it`
      return [
        {
          nodeIds: [site.id],
          message: `${named(site)} allows HTTP client communication without Enhanced HTTP; ${when}.`,
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
