// CMG-STRUCT-005: a population's peak concurrent CMG connections above its number of clients (both
// after what-if growth). Capacity counts at most the clients (conc(pop), addendum A1). Pure rule
// module (runs in the worker and the CLI).
import { counted, fmt, named } from '../../context'
import type { Rule } from '../../types'
import { nodeOfKind, setPropsFix } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-STRUCT-005',
  category: 'Structural completeness',
  title: 'Peak concurrency above the number of clients',
  severity: () => 'warning',
  versions: {},
  fix: 'Set the peak concurrency to at most the number of clients, or leave it empty to count every client.',
  sources: ['PERF'],
  evaluate: (ctx) =>
    ctx.pops.flatMap((pop) => {
      const entered = ctx.enteredConcurrent(pop)
      const count = ctx.count(pop)
      if (entered <= count) return []
      return [
        {
          nodeIds: [pop.id],
          message: `${named(pop)}: ${counted(entered, 'peak concurrent CMG connection')} is more than its ${counted(count, 'client')}; capacity counts ${fmt(count)}.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const pop = nodeOfKind(ctx, hit.nodeIds, 'clientPopulation')
    if (!pop) return []
    const count = pop.props.count
    return [
      setPropsFix(
        'cap-concurrency',
        `Set peak concurrency to the client count (${count.toLocaleString('en-US')})`,
        pop.id,
        { concurrent: count },
      ),
    ]
  },
}
