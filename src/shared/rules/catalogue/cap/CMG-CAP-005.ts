// CMG-CAP-005: more clients per software update point than it supports (25,000, or 150,000 on a
// remote server with the WsusPool tuning). Agrees with the SUP rows of ../../capacity.ts. Pure rule
// module.
import { counted, fmt, named } from '../../context'
import { SUP_CLIENTS_COLOCATED, SUP_CLIENTS_REMOTE_TUNED, clientsAt } from '../../capacity'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CAP-005',
  category: 'High availability and capacity',
  title: 'More clients per software update point than supported',
  severity: () => 'warning',
  versions: {},
  fix: 'Tune the WsusPool (queue length 2000, private memory limit ×4 or 0), move the software update point to a dedicated remote server, or add software update points.',
  sources: ['SIZE', 'HW'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      const sups = ctx.sups(site)
      if (sups.length === 0) return []
      const clients = clientsAt(ctx, site)
      const load = clients / sups.length
      return sups.flatMap((sup) => {
        const tuned = sup.props.remote && sup.props.wsusPoolTuned
        const limit = tuned ? SUP_CLIENTS_REMOTE_TUNED : SUP_CLIENTS_COLOCATED
        if (load <= limit) return []
        const basis = tuned
          ? 'on a remote server with the WsusPool tuning'
          : 'unless it runs on a remote server with the WsusPool tuning'
        return [
          {
            nodeIds: [sup.id, site.id],
            message: `${named(sup)}: ${fmt(clients)} clients of ${named(site)} over ${counted(sups.length, 'software update point')} make ${fmt(load)}, above the ${fmt(limit)} a software update point supports ${basis}.`,
          },
        ]
      })
    }),
}
