// CMG-VER-002: auto-stop on the egress alert of a VMSS CMG before 2603, when the outbound-traffic
// metric wasn't collected for VMSS deployments. Pure rule module.
import { fmt, named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-VER-002',
  category: 'Network, version lifecycle and cost',
  title: 'Egress auto-stop unreliable for VMSS before 2603',
  severity: () => 'warning',
  versions: { min: 2107, max: 2509 },
  fix: "Update to 2603, or monitor the CMG's outbound data in Azure.",
  sources: ['KB2603', 'WN2603'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      cmg.props.method === 'vmss' && cmg.props.alerts.stopOnCritical
        ? [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} is set to stop at the critical outbound-traffic threshold (${fmt(cmg.props.alerts.critPct)} % of ${fmt(cmg.props.alerts.egress14DayGB)} GB per 14 days), but before 2603 the metric isn't collected for VMSS CMGs, so the alert and the stop may never fire (version ${ctx.v}).`,
            },
          ]
        : [],
    ),
}
