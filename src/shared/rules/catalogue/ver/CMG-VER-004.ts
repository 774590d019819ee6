// CMG-VER-004: the known limitations of a VMSS CMG, for stakeholders. Pure rule module.
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-VER-004',
  category: 'Network, version lifecycle and cost',
  title: 'Known limitations of a VMSS CMG',
  severity: () => 'info',
  versions: { min: 2010 },
  fix: 'Inform stakeholders of these limitations.',
  sources: ['PLAN', 'SUPP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      cmg.props.method === 'vmss'
        ? [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} is a virtual machine scale set: Software Center actions can lag by up to about 3 seconds, and application approval requests can't be approved or denied through the CMG.`,
            },
          ]
        : [],
    ),
}
