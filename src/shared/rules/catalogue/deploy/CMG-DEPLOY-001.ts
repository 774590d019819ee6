// CMG-DEPLOY-001: a VMSS CMG before 2010 (does not exist) or on 2010/2103 (pre-release, CSP-oriented,
// 2,000 clients per VM). Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-DEPLOY-001',
  category: 'Deployment method, VM size and version',
  title: 'VMSS CMG before 2107',
  severity: (v) => (v < 2010 ? 'error' : 'warning'),
  versions: { min: 2006, max: 2103 },
  fix: 'Update to 2107 or later, where a VMSS CMG is generally available (still an optional feature you must enable), or use a classic cloud service on 2103 or earlier if the subscription is not CSP.',
  sources: ['PLAN', 'FAQ', 'SETUP', 'SCALE'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter((cmg) => cmg.props.method === 'vmss')
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message:
          ctx.v < 2010
            ? `${named(cmg)} is a virtual machine scale set, a deployment method that doesn't exist before 2010 (the design targets ${ctx.v}).`
            : `${named(cmg)} is a virtual machine scale set on ${ctx.v}, where this is a pre-release feature meant for CSP subscriptions, capped at 2,000 clients per VM.`,
      })),
}
