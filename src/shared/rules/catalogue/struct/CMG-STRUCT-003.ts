// CMG-STRUCT-003: a client population assigned to a secondary site or the CAS; clients can only be
// assigned to a primary site. Checked for every population. Pure rule module (runs in the worker
// and the CLI).
import { label, named, type RuleContext, type SiteNode } from '../../context'
import type { Rule, RuleHit } from '../../types'
import { edgeFix, nodeOfKind, onlyPrimary } from '../../quick-fix'

/** The primary a population at a secondary or the CAS belongs to, when only one fits. */
function primaryFor(ctx: RuleContext, site: SiteNode): SiteNode | undefined {
  if (site.props.type === 'secondary') {
    const parent = ctx.parentSite(site)
    return parent?.props.type === 'primary' ? parent : undefined
  }
  return onlyPrimary(ctx.childSites(site))
}

export const rule: Rule = {
  id: 'CMG-STRUCT-003',
  category: 'Structural completeness',
  title: 'Clients assigned to a secondary site or the CAS',
  severity: () => 'error',
  versions: {},
  fix: 'Assign the population to a primary site (for a secondary, its parent primary), and keep the CMG connection point and the CMG-enabled management point and software update point at that primary.',
  sources: ['ASSIGN', 'HIER', 'SETUP'],
  evaluate: (ctx) =>
    ctx.pops.flatMap((pop): RuleHit[] => {
      const site = ctx.popSite(pop)
      if (site?.props.type === 'secondary') {
        const parent = ctx.parentSite(site)
        const to = parent ? `its parent primary ${named(parent)}` : 'its parent primary site'
        return [
          {
            nodeIds: [pop.id, site.id],
            message: `${named(pop)} is assigned to ${named(site)}, a secondary site; clients can only be assigned to a primary site. Assign them to ${to}: on the intranet they can still use the secondary's management point, but over the CMG they only use their assigned primary's.`,
          },
        ]
      }
      if (site?.props.type === 'cas')
        return [
          {
            nodeIds: [pop.id, site.id],
            message: `${named(pop)} is assigned to ${named(site)}, the central administration site; clients can only be assigned to a primary site (one of its child primaries).`,
          },
        ]
      return []
    }),
  quickFixes: (ctx, hit) => {
    const pop = nodeOfKind(ctx, hit.nodeIds, 'clientPopulation')
    const site = pop ? ctx.popSite(pop) : undefined
    const primary = site ? primaryFor(ctx, site) : undefined
    return pop && primary
      ? [edgeFix('assign-site', `Assign to ${label(primary)}`, 'assignedTo', pop.id, primary.id)]
      : []
  },
}
