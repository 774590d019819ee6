// CMG-STRUCT-001: a client population assigned to no site (catalogue 3.7 requires exactly one
// ASSIGNED_TO edge, to a primary). Checked for every population. Pure rule module (runs in the
// worker and the CLI).
import { counted, label, named } from '../../context'
import type { Rule } from '../../types'
import { edgeFix, nodeOfKind, onlyPrimary } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-STRUCT-001',
  category: 'Structural completeness',
  title: 'Client population assigned to no site',
  severity: () => 'error',
  versions: {},
  fix: "Assign the population to the primary site that manages it. Internet clients can't use automatic site assignment, so give the site code when you install them (SMSSITECODE).",
  sources: ['ASSIGN', 'SUPP'],
  evaluate: (ctx) =>
    ctx.pops.flatMap((pop) => {
      if (ctx.popSite(pop)) return []
      const clients = counted(ctx.count(pop), 'client')
      const one = !clients.endsWith('s')
      // Only a CMG-using population is still counted somewhere: on the CMGs it uses.
      const counter = pop.props.usesCmg ? ` (only the CMG counts ${one ? 'it' : 'them'})` : ''
      return [
        {
          nodeIds: [pop.id],
          message: `${named(pop)} is assigned to no site: its ${clients} ${one ? 'stays' : 'stay'} unmanaged until ${one ? 'it joins' : 'they join'} a primary site, and ${one ? 'it is' : 'they are'} missing from every site, management point and software update point capacity figure${counter}.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const pop = nodeOfKind(ctx, hit.nodeIds, 'clientPopulation')
    const site = onlyPrimary(ctx.sites)
    return pop && site
      ? [edgeFix('assign-site', `Assign to ${label(site)}`, 'assignedTo', pop.id, site.id)]
      : []
  },
}
