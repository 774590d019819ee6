// CMG-CAP-006: site-structure limits: 15 MPs per primary, exactly one MP on a secondary's site
// server, 25 child primaries per CAS, 250 secondaries per primary. Pure rule module.
import { counted, fmt, label, named } from '../../context'
import type { Rule } from '../../types'

const PRIMARY_MPS_MAX = 15
const CAS_CHILDREN_MAX = 25
const PRIMARY_SECONDARIES_MAX = 250

export const rule: Rule = {
  id: 'CMG-CAP-006',
  category: 'High availability and capacity',
  title: 'Site structure limits exceeded',
  severity: () => 'error',
  versions: {},
  fix: 'Redesign the hierarchy: at most 15 management points per primary, one management point on each secondary site server, at most 25 child primaries per CAS and 250 secondaries per primary.',
  sources: ['SIZE'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      const mps = ctx.mps(site)
      const children = ctx.childSites(site)
      const problems: string[] = []
      if (site.props.type === 'primary') {
        if (mps.length > PRIMARY_MPS_MAX)
          problems.push(`has ${counted(mps.length, 'management point')} (at most ${PRIMARY_MPS_MAX})`)
        const secondaries = children.filter((s) => s.props.type === 'secondary').length
        if (secondaries > PRIMARY_SECONDARIES_MAX)
          problems.push(
            `has ${counted(secondaries, 'secondary site')} (at most ${fmt(PRIMARY_SECONDARIES_MAX)})`,
          )
      } else if (site.props.type === 'secondary') {
        const siteServer = ctx.siteServerOf(site)
        const mp = mps[0]
        const mpServer = mp ? ctx.serverOf(mp) : undefined
        if (mps.length !== 1)
          problems.push(
            `has ${mps.length === 0 ? 'no management point' : counted(mps.length, 'management point')} (a secondary site has exactly one)`,
          )
        // Where the MP runs can only be judged when the design marks the secondary's site server.
        else if (mp && mpServer && siteServer && mpServer.id !== siteServer.id)
          problems.push(
            `has its management point ${label(mp)} on server ${label(mpServer)} instead of the site server ${label(siteServer)}`,
          )
      } else if (children.length > CAS_CHILDREN_MAX) {
        problems.push(`has ${counted(children.length, 'child primary site')} (at most ${CAS_CHILDREN_MAX})`)
      }
      if (problems.length === 0) return []
      return [
        { nodeIds: [site.id, ...mps.map((m) => m.id)], message: `${named(site)} ${problems.join(' and ')}.` },
      ]
    }),
}
