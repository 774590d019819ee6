// CMG-COST-001: one note per CMG with its outbound-data estimate (clients using it × 100-300 MB a
// month), the other cost drivers and the alert thresholds. Money is ../../cost.ts's job; this rule
// needs no prices. Pure rule module.
import { cmgClients } from '../../capacity'
import { fmt, named } from '../../context'
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
      const alerts = cmg.props.alerts
      const drivers = [
        `${cmg.props.vmCount} × ${cmg.props.vmSize} VM${cmg.props.vmCount === 1 ? '' : 's'}`,
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
        message: `${named(cmg)}: about ${fmt(clients)} clients × ${EGRESS_MB_LOW}-${EGRESS_MB_HIGH} MB a month ≈ ${fmt(low)}-${fmt(high)} GB of outbound data a month before content downloads, plus ${drivers.join(', ')}. Outbound-traffic alert: ${fmt(alerts.egress14DayGB)} GB per 14 days, warning at ${fmt(alerts.warnPct)} %, critical at ${fmt(alerts.critPct)} % (${egressDefaults})${storageAlert}.`,
      }
    }),
}
