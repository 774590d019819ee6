// CMG-CAP-007: more clients than a site or the hierarchy supports (standalone primary 175,000 /
// 150,000 Windows, child primary 150,000, secondary 15,000, hierarchy 700,000 Windows, 50,000 with a
// SQL Server Standard CAS). Reads the site rows of ../../capacity.ts so rule and capacity view agree.
// Pure rule module.
import { fmt, named } from '../../context'
import { computeCapacity } from '../../capacity'
import type { Rule } from '../../types'

/** "Clients of a child primary" → "clients of a child primary"; "Windows …" stays capitalised. */
const inSentence = (text: string): string =>
  text.startsWith('Windows') ? text : text.charAt(0).toLowerCase() + text.slice(1)

export const rule: Rule = {
  id: 'CMG-CAP-007',
  category: 'High availability and capacity',
  title: 'More clients than the site or hierarchy supports',
  severity: () => 'warning',
  versions: {},
  fix: 'Add sites to spread the clients, or run the CAS database on SQL Server Enterprise.',
  sources: ['SIZE'],
  evaluate: (ctx) => {
    const over = computeCapacity(ctx).filter((row) => row.ruleId === 'CMG-CAP-007' && row.load > row.limit)
    return ctx.sites.flatMap((site) => {
      const rows = over.filter((row) => row.nodeId === site.id)
      if (rows.length === 0) return []
      const parts = rows.map(
        (row) => `${inSentence(row.label)}: ${fmt(row.load)} (supported: ${fmt(row.limit)})`,
      )
      return [
        {
          nodeIds: [site.id],
          message: `${named(site)} exceeds supported client counts: ${parts.join('; ')}.`,
        },
      ]
    })
  },
}
