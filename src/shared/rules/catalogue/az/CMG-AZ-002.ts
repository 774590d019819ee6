// CMG-AZ-002: a CMG in a CSP subscription that CSP can't host (classic/ASM, VMSS before 2010, or VMSS
// on 2010/2103 while a classic CMG exists in another subscription). Pure rule module (runs in the
// worker and the CLI).
import { named } from '../../context'
import type { Rule, RuleHit } from '../../types'

export const rule: Rule = {
  id: 'CMG-AZ-002',
  category: 'Azure and Entra',
  title: 'CMG not supported in a CSP subscription',
  severity: () => 'error',
  versions: {},
  fix: 'Deploy the CMG in the CSP subscription as a virtual machine scale set on 2107 or later.',
  sources: ['PLAN', 'CDP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg): RuleHit[] => {
      const sub = ctx.subscriptionOf(cmg)
      if (!sub?.props.isCsp) return []
      const inSub = `${named(cmg)} is in CSP ${named(sub)}`
      if (cmg.props.method !== 'vmss')
        return [
          {
            nodeIds: [cmg.id, sub.id],
            message: `${inSub}, but it is deployed as ${cmg.props.method === 'classic' ? 'a classic cloud service' : 'an Azure Service Manager cloud service'}; CSP subscriptions can't host classic cloud services.`,
          },
        ]
      if (ctx.v < 2010)
        return [
          {
            nodeIds: [cmg.id, sub.id],
            message: `${inSub}; CSP needs a VMSS CMG, which requires 2010 or later (the design targets ${ctx.v}).`,
          },
        ]
      if (ctx.v > 2103) return []
      const classicElsewhere = ctx.cmgs.filter(
        (c) => c.props.method === 'classic' && ctx.subscriptionOf(c)?.id !== sub.id,
      )
      if (classicElsewhere.length === 0) return []
      return [
        {
          nodeIds: [cmg.id, sub.id, ...classicElsewhere.map((c) => c.id)],
          message: `${inSub}; on ${ctx.v} a VMSS CMG in a CSP subscription isn't supported while a classic CMG exists in another subscription (${classicElsewhere.map(named).join(', ')}).`,
        },
      ]
    }),
}
