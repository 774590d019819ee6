// CMG-DEPLOY-008: a Lab-size (Standard_B2s) CMG in a production design or above its ~10 clients per
// VM. Pure rule module (runs in the worker and the CLI).
import { counted, fmt, named } from '../../context'
import type { Rule } from '../../types'
import { LAB_CLIENTS_PER_VM } from './helpers'
import { supportedSizeFixes } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-DEPLOY-008',
  category: 'Deployment method, VM size and version',
  title: 'Lab VM size in production or over its load',
  severity: () => 'warning',
  versions: { min: 2107 },
  fix: 'Use the Standard (Standard_A2_v2) or Large (Standard_A4_v2) VM size.',
  sources: ['SCALE', 'COST', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      if (cmg.props.vmSize !== 'Standard_B2s') return []
      const pops = ctx.popsVia(cmg)
      const load = pops.reduce((sum, p) => sum + ctx.concurrent(p), 0)
      const vms = ctx.vms(cmg)
      const limit = LAB_CLIENTS_PER_VM * vms
      const overloaded = load > limit
      if (!ctx.prod && !overloaded) return []
      const capacity = `${counted(vms, 'VM')} × ${fmt(LAB_CLIENTS_PER_VM)} = ${fmt(limit)}`
      const message = overloaded
        ? `${named(cmg)}: ${fmt(load)} concurrent clients exceed the Lab size Standard_B2s capacity of ${capacity}${ctx.prod ? '; the Lab size is also not meant for production' : ''}.`
        : `${named(cmg)} uses the Lab size Standard_B2s in a production design; it is low cost and low performance, sized for about ${fmt(LAB_CLIENTS_PER_VM)} clients per VM (${counted(load, 'concurrent client')}, capacity ${capacity}).`
      return [
        {
          nodeIds: [cmg.id, ...pops.map((p) => p.id)],
          message,
        },
      ]
    }),
  quickFixes: supportedSizeFixes,
}
