// CMG-CAP-001: more simultaneous CMG clients than the CMG VMs support — for all CMGs together, and
// for each CMG's share (populations spread evenly over the CMGs they may use; `uses` edges pin
// them). Agrees with the CMG rows of ../../capacity.ts. Pure rule module.
import { fmt, named, type CmgNode, type RuleContext } from '../../context'
import { cmgLoad } from '../../capacity'
import type { Rule } from '../../types'
import { counted } from './helpers'

/** "2 VMs × 6,000 = 12,000", or why there is no capacity figure. */
function capacityOf(ctx: RuleContext, cmg: CmgNode): string {
  const perVm = ctx.perVm(cmg)
  if (perVm === 0) return `0 (VM size ${cmg.props.vmSize} has no documented client capacity)`
  return `${counted(cmg.props.vmCount, 'VM')} × ${fmt(perVm)} = ${fmt(ctx.cap(cmg))}`
}

export const rule: Rule = {
  id: 'CMG-CAP-001',
  category: 'High availability and capacity',
  title: 'More concurrent clients than the CMG VMs support',
  severity: () => 'warning',
  versions: {},
  fix: 'Add VM instances, move to the Large size (Standard_A4_v2) on 2107 or later, or add a CMG.',
  sources: ['SCALE', 'PERF', 'FAQ'],
  evaluate: (ctx) => {
    const cmgs = ctx.cmgs
    if (cmgs.length === 0) return []
    const total = ctx.popsCmg.reduce((n, p) => n + ctx.concurrent(p), 0)
    const totalCap = cmgs.reduce((n, c) => n + ctx.cap(c), 0)
    const overall = total > totalCap
    return cmgs.flatMap((cmg) => {
      const load = cmgLoad(ctx, cmg)
      if (overall) {
        const message =
          cmgs.length === 1
            ? `${named(cmg)}: ${fmt(total)} concurrent CMG clients exceed ${capacityOf(ctx, cmg)}; requests still work but slow down.`
            : `${named(cmg)}: the ${fmt(total)} concurrent CMG clients exceed the ${fmt(totalCap)} that all ${fmt(cmgs.length)} CMGs support together (this one: ${capacityOf(ctx, cmg)}, carrying about ${fmt(load)}); requests still work but slow down.`
        return [{ nodeIds: [cmg.id], message }]
      }
      if (load <= ctx.cap(cmg)) return []
      const pops = ctx.popsVia(cmg)
      return [
        {
          nodeIds: [cmg.id, ...pops.map((p) => p.id)],
          message: `${named(cmg)}: its share of the CMG clients, about ${fmt(load)} concurrent (clients spread evenly over the CMGs they may use), exceeds ${capacityOf(ctx, cmg)}; requests still work but slow down.`,
        },
      ]
    })
  },
}
