// CMG-CAP-007: more clients than a site or the hierarchy supports (standalone primary 175,000 /
// 150,000 Windows, child primary 150,000, secondary 15,000, hierarchy 700,000 Windows, 50,000 with a
// SQL Server Standard CAS). Each finding's fix names the remedy for the limits it found exceeded
// (addendum A5.2), and more Windows clients than even a full hierarchy supports are said so (A5.3).
// Reads the site rows of ../../capacity.ts so rule and capacity view agree. Pure rule module.
import { fmt, named, type RuleContext, type SiteNode } from '../../context'
import { HIERARCHY_WINDOWS, computeCapacity, windowsClientsAt } from '../../capacity'
import type { CapacityRow, Rule } from '../../types'

/** "Clients of a child primary" → "clients of a child primary"; "Windows …" stays capitalised. */
const inSentence = (text: string): string =>
  text.startsWith('Windows') ? text : text.charAt(0).toLowerCase() + text.slice(1)

const SPLIT_HIERARCHIES = 'Split the clients over separate hierarchies.'

/** The remedy for one exceeded limit (addendum A5.2). */
function fixFor(ctx: RuleContext, site: SiteNode, row: CapacityRow, beyondAnyHierarchy: boolean): string {
  if (beyondAnyHierarchy || row.metric === 'hierarchyWindowsClients') return SPLIT_HIERARCHIES
  if (row.metric === 'hierarchyClientsSqlStandard') return 'Run the CAS database on SQL Server Enterprise.'
  if (site.props.type === 'secondary')
    return 'Serve the location with more secondary sites or a primary site.'
  if (ctx.isStandalone(site))
    return 'Add a CAS and spread the clients over child primary sites (150,000 clients each).'
  return 'Move clients to another child primary site (a CAS supports up to 25).'
}

export const rule: Rule = {
  id: 'CMG-CAP-007',
  category: 'High availability and capacity',
  title: 'More clients than the site or hierarchy supports',
  severity: () => 'warning',
  versions: {},
  fix: 'Spread the clients over more sites, or hierarchies, as the limit that is exceeded requires.',
  sources: ['SIZE'],
  evaluate: (ctx) => {
    const over = computeCapacity(ctx).filter((row) => row.ruleId === 'CMG-CAP-007' && row.load > row.limit)
    return ctx.sites.flatMap((site) => {
      const rows = over.filter((row) => row.nodeId === site.id)
      if (rows.length === 0) return []
      const windows =
        site.props.type === 'primary'
          ? windowsClientsAt(ctx, site)
          : (rows.find((row) => row.metric === 'hierarchyWindowsClients')?.load ?? 0)
      const beyondAnyHierarchy = windows > HIERARCHY_WINDOWS
      const parts = rows.map(
        (row) => `${inSentence(row.label)}: ${fmt(row.load)} (supported: ${fmt(row.limit)})`,
      )
      const beyond = beyondAnyHierarchy
        ? `; more than even a full hierarchy supports (${fmt(HIERARCHY_WINDOWS)} Windows clients)`
        : ''
      const fixes = [...new Set(rows.map((row) => fixFor(ctx, site, row, beyondAnyHierarchy)))]
      return [
        {
          nodeIds: [site.id],
          message: `${named(site)} exceeds supported client counts: ${parts.join('; ')}${beyond}.`,
          fix: fixes.join(' '),
        },
      ]
    })
  },
}
