// CMG-MP-005: internet client installation through a 2010/2103 VMSS CMG needs exactly one HTTPS
// management point and a content-enabled CMG. Pure rule module.
import { fmt, label, named, type SiteNode } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-MP-005',
  category: 'Management point and software update point',
  title: 'Internet client install via a 2010/2103 VMSS CMG not possible',
  severity: () => 'error',
  versions: { min: 2010, max: 2103 },
  fix: 'Keep a single HTTPS management point and enable content on the CMG, or update to 2107 or later.',
  sources: ['PLAN'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      if (cmg.props.method !== 'vmss') return []
      const installing = ctx.popsVia(cmg).filter((p) => p.props.needsClientInstallOverInternet)
      if (installing.length === 0) return []
      const sites: SiteNode[] = []
      for (const pop of installing) {
        const site = ctx.popSite(pop)
        if (site && !sites.some((s) => s.id === site.id)) sites.push(site)
      }
      const problems: string[] = []
      const siteIds: string[] = []
      for (const site of sites) {
        const https = ctx.mps(site).filter((m) => m.props.protocol === 'https')
        if (https.length > 1) {
          siteIds.push(site.id)
          problems.push(
            `${named(site)} has ${fmt(https.length)} HTTPS management points (${https.map(label).join(', ')})`,
          )
        }
      }
      if (!cmg.props.contentEnabled) problems.push('the CMG is not content-enabled')
      if (problems.length === 0) return []
      return [
        {
          nodeIds: [cmg.id, ...siteIds, ...installing.map((p) => p.id)],
          message: `${named(cmg)} is a version ${ctx.v} VMSS CMG; installing the client over the internet (${installing.map(named).join(', ')}) through it needs a single HTTPS management point and a content-enabled CMG, but ${problems.join(' and ')}.`,
        },
      ]
    }),
}
