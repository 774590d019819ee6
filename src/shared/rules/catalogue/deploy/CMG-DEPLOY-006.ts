// CMG-DEPLOY-006: a CMG deployed with Azure Service Manager (management certificate, 1810 or earlier);
// deprecated, unsupported from 2211. Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-DEPLOY-006',
  category: 'Deployment method, VM size and version',
  title: 'Azure Service Manager CMG',
  severity: (v) => (v >= 2211 ? 'error' : 'warning'),
  versions: {},
  fix: 'Redeploy the CMG with Azure Resource Manager as a virtual machine scale set.',
  sources: ['DEPR', 'MODIFY'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter((cmg) => cmg.props.method === 'asm')
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message:
          ctx.v >= 2211
            ? `${named(cmg)} is deployed with Azure Service Manager (management certificate); support for it ended with 2211, the first release after 5 October 2022 (the design targets ${ctx.v}).`
            : `${named(cmg)} is deployed with Azure Service Manager (management certificate), which is deprecated; support ends with the first release after 5 October 2022 (2211).`,
      })),
}
