// CMG-CAP-001 (as amended by addendum A3.5): a CMG whose share of the simultaneous CMG clients
// exceeds what its VMs support. Clients pick at random among the CMGs they may use (`uses` edges pin
// them), so each CMG is checked on its even share; the total condition of the catalogue is implied.
// Only 16 VMs count, and a CMG without a documented capacity (0 VMs, an undocumented size) is left
// to CMG-DEPLOY-009 / CMG-DEPLOY-007. Agrees with the CMG rows of ../../capacity.ts. Pure rule module.
import { counted, fmt, named } from '../../context'
import { cmgLoad } from '../../capacity'
import type { Rule } from '../../types'
import { vmFixes } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-CAP-001',
  category: 'High availability and capacity',
  title: 'More concurrent clients than the CMG VMs support',
  severity: () => 'warning',
  versions: {},
  fix: 'Add VM instances (up to 16), move to the Large size (Standard_A4_v2) on 2107 or later, or add a CMG. With several CMGs, size each one for its share.',
  sources: ['SCALE', 'PERF', 'FAQ'],
  evaluate: (ctx) => {
    const several = ctx.cmgs.length > 1
    return ctx.cmgs.flatMap((cmg) => {
      if (!ctx.capKnown(cmg)) return []
      const share = cmgLoad(ctx, cmg)
      const cap = ctx.cap(cmg)
      if (share <= cap) return []
      const capacity = `${counted(ctx.vms(cmg), 'VM')} × ${fmt(ctx.perVm(cmg))} = ${fmt(cap)}`
      const message = several
        ? `${named(cmg)}: its share of the CMG clients, about ${fmt(share)} concurrent (clients pick at random among the CMGs they may use), exceeds ${capacity}; requests still work but slow down.`
        : `${named(cmg)}: ${fmt(share)} concurrent CMG clients exceed ${capacity}; requests still work but slow down.`
      return [{ nodeIds: [cmg.id, ...ctx.popsVia(cmg).map((p) => p.id)], message }]
    })
  },
  quickFixes: (ctx, hit) => vmFixes(ctx, hit, 1),
}
