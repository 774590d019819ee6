// CMG-BG-001: intranet, VPN or branch clients meant to use the CMG whose boundary groups don't
// reference one. Quiet in a design without a CMG: there is none to reference (CMG-STRUCT-004). Pure
// rule module.
import { label, named } from '../../context'
import type { Rule } from '../../types'

const ON_PREMISES = new Set(['intranet', 'vpn', 'branch'])

export const rule: Rule = {
  id: 'CMG-BG-001',
  category: 'Content, boundary groups and client settings',
  title: 'On-premises clients meant for the CMG without a boundary group reference',
  severity: () => 'warning',
  versions: {},
  fix: 'Add the CMG to the References of the clients\' boundary group; consider "Prefer cloud based sources over on-premises sources".',
  sources: ['HIER', 'SETUP', 'FAQ', 'BGSUP'],
  evaluate: (ctx) => {
    if (ctx.cmgs.length === 0) return []
    return ctx.pops.flatMap((pop) => {
      if (!ON_PREMISES.has(pop.props.location) || !pop.props.intendsCmg) return []
      const groups = ctx.boundaryGroupsOf(pop)
      if (groups.some((bg) => ctx.references(bg).some((n) => n.kind === 'cmg'))) return []
      const where =
        groups.length === 0
          ? 'it is in no boundary group'
          : `none of its boundary groups (${groups.map(label).join(', ')}) references a CMG`
      return [
        {
          nodeIds: [pop.id, ...groups.map((bg) => bg.id)],
          message: `${named(pop)} (${pop.props.location} clients) is meant to use the CMG, but ${where}; clients on the internal network use a CMG only through their boundary group.`,
        },
      ]
    })
  },
}
