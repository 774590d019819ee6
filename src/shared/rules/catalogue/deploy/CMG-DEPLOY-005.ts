// CMG-DEPLOY-005: an existing classic CMG from 2107 on (retired; support ended in 2403, whose
// prerequisite check blocks the site update). Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-DEPLOY-005',
  category: 'Deployment method, VM size and version',
  title: 'Existing classic CMG not converted',
  severity: (v) => (v >= 2403 ? 'error' : 'warning'),
  versions: { min: 2107 },
  fix: 'Convert the classic CMG to a virtual machine scale set (possible from 2107) before updating to 2403.',
  sources: ['DEPR', 'WN2403', 'MODIFY'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter((cmg) => cmg.props.method === 'classic' && cmg.props.lifecycle === 'existing')
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message:
          ctx.v >= 2403
            ? `${named(cmg)} is an existing classic cloud service; classic CMGs are unsupported from 2403, and the 2403 prerequisite check blocks the site update while one exists (the design targets ${ctx.v}).`
            : `${named(cmg)} is an existing classic cloud service; classic CMGs are retired, and from 2403 the prerequisite check blocks the site update while one exists.`,
      })),
}
