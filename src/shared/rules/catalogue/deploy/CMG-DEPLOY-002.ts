// CMG-DEPLOY-002: on 2010/2103 a VMSS CMG is supported only with a standalone primary site. Pure rule
// module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-DEPLOY-002',
  category: 'Deployment method, VM size and version',
  title: 'VMSS CMG in a hierarchy on 2010/2103',
  severity: () => 'error',
  versions: { min: 2010, max: 2103 },
  fix: 'Update to 2107 or later, or deploy the CMG as a classic cloud service.',
  sources: ['PLAN', 'MEMDOCS1849'],
  evaluate: (ctx) => {
    const cas = ctx.sites.find((s) => s.props.type === 'cas')
    if (!cas) return []
    return ctx.cmgs
      .filter((cmg) => cmg.props.method === 'vmss')
      .map((cmg) => ({
        nodeIds: [cmg.id, cas.id],
        message: `${named(cmg)} is a virtual machine scale set in a hierarchy with a CAS (${named(cas)}); on ${ctx.v} a VMSS CMG is supported only with a standalone primary site.`,
      }))
  },
}
