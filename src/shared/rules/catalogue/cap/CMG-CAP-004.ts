// CMG-CAP-004: more clients per management point than the 25,000 an MP supports, over all MPs of a
// site or over its CMG-enabled MPs. Agrees with the MP rows of ../../capacity.ts. Pure rule module.
import { counted, fmt, named } from '../../context'
import { MP_CLIENTS, clientsAt, internetClientsAt } from '../../capacity'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CAP-004',
  category: 'High availability and capacity',
  title: 'More clients per management point than supported',
  severity: () => 'warning',
  versions: {},
  fix: 'Add management points or enable CMG traffic on more of them (at most 15 per primary site).',
  sources: ['SIZE', 'PERF'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      const mps = ctx.mps(site)
      const cmgMps = ctx.cmgMps(site)
      const problems: string[] = []
      const nodeIds: string[] = []
      // Without (CMG-enabled) management points there is no per-MP load; CMG-MP-001 covers CMG clients.
      const clients = clientsAt(ctx, site)
      const perMp = mps.length > 0 ? clients / mps.length : 0
      if (perMp > MP_CLIENTS) {
        problems.push(
          `${fmt(clients)} clients over ${counted(mps.length, 'management point')} make ${fmt(perMp)} per MP`,
        )
        nodeIds.push(...mps.map((m) => m.id))
      }
      const internet = internetClientsAt(ctx, site)
      const perCmgMp = cmgMps.length > 0 ? internet / cmgMps.length : 0
      // The CMG-enabled MPs are worth naming separately only when they carry more than the average MP.
      if (perCmgMp > MP_CLIENTS && perCmgMp > perMp) {
        problems.push(
          `${fmt(internet)} CMG clients over ${counted(cmgMps.length, 'CMG-enabled management point')} make ${fmt(perCmgMp)} per MP`,
        )
        for (const m of cmgMps) if (!nodeIds.includes(m.id)) nodeIds.push(m.id)
      }
      if (problems.length === 0) return []
      return [
        {
          nodeIds: [...nodeIds, site.id],
          message: `${named(site)}: ${problems.join('; ')}, above the ${fmt(MP_CLIENTS)} a management point supports (CMG traffic doesn't change MP sizing).`,
        },
      ]
    }),
}
