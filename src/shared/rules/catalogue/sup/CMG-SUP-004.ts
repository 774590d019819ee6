// CMG-SUP-004: a CAS or primary using software updates without a software update point, or a
// secondary with more than one. Pure rule module.
import { fmt, label, named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-SUP-004',
  category: 'Management point and software update point',
  title: 'Software update points missing or too many for the site type',
  severity: () => 'error',
  versions: {},
  fix: 'Add a software update point to the CAS and to every primary that uses software updates; keep at most one at a secondary site.',
  sources: ['SUM', 'ROLES'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      const sups = ctx.sups(site)
      if (site.props.type !== 'secondary' && site.props.usesSoftwareUpdates && sups.length === 0)
        return [
          {
            nodeIds: [site.id],
            message: `${named(site)} uses software updates but has no software update point; the CAS and every primary need one.`,
          },
        ]
      if (site.props.type === 'secondary' && sups.length > 1)
        return [
          {
            nodeIds: [site.id, ...sups.map((s) => s.id)],
            message: `${named(site)} is a secondary site with ${fmt(sups.length)} software update points (${sups.map(label).join(', ')}); a secondary site can have at most one.`,
          },
        ]
      return []
    }),
}
