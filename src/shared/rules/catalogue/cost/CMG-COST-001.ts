// CMG-COST-001: one note per CMG with its outbound-data estimate (clients using it × 100-300 MB a
// month), the other cost drivers (its VMs at the size it really runs, at most 16) and the alert
// thresholds (addendum A3.3, A5.1). Money is ../../cost.ts's job; this rule needs no prices. Pure
// rule module.
import { cmgClients } from '../../capacity'
import { counted, fmt, named } from '../../context'
import { gb, vmCostNotes } from '../../cost'
import type { Rule } from '../../types'

const EGRESS_MB_LOW = 100
const EGRESS_MB_HIGH = 300

export const rule: Rule = {
  id: 'CMG-COST-001',
  category: 'Network, version lifecycle and cost',
  title: 'Cost estimate and alerts',
  severity: () => 'info',
  versions: {},
  fix: "Enter prices in the design's price book to see the monthly estimate, and enable the CMG's outbound-traffic alert (and the storage alert when content is enabled).",
  sources: ['COST', 'MON'],
  evaluate: (ctx) =>
    ctx.cmgs.map((cmg) => {
      const clients = cmgClients(ctx, cmg)
      const low = (clients * EGRESS_MB_LOW) / 1024
      const high = (clients * EGRESS_MB_HIGH) / 1024
      const egress =
        clients > 0
          ? `about ${counted(clients, 'client')} × ${EGRESS_MB_LOW}-${EGRESS_MB_HIGH} MB a month ≈ ${gb(low)}-${gb(high)} GB of outbound data a month before content downloads`
          : 'no clients use this CMG in the design; Azure still bills the background traffic between the CMG and the site'
      const alerts = cmg.props.alerts
      const vms = ctx.vms(cmg)
      const notes = vmCostNotes(ctx, cmg)
      const drivers = [
        `${vms} × ${ctx.runSize(cmg)} VM${vms === 1 ? '' : 's'}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
        'one Basic dynamic public IP',
        'locally redundant storage',
        ...(cmg.props.method === 'vmss' ? ['Key Vault'] : []),
      ]
      const egressDefaults =
        alerts.egress14DayGB === 10_000 && alerts.warnPct === 50 && alerts.critPct === 90
          ? 'the defaults'
          : 'defaults 10,000 GB, 50 %, 90 %'
      const storageAlert = cmg.props.contentEnabled
        ? `; storage alert at ${fmt(alerts.storageGB)} GB (${alerts.storageGB === 2_000 ? 'the default' : 'default 2,000 GB'})`
        : ''
      return {
        nodeIds: [cmg.id],
        message: `${named(cmg)}: ${egress}, plus ${drivers.join(', ')}. Outbound-traffic alert: ${fmt(alerts.egress14DayGB)} GB per 14 days, warning at ${fmt(alerts.warnPct)} %, critical at ${fmt(alerts.critPct)} % (${egressDefaults})${storageAlert}.`,
      }
    }),
}
