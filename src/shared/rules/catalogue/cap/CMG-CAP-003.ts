// CMG-CAP-003: more client connections through a CMG connection point server than its dynamic port
// range allows. Agrees with the connection point port rows of ../../capacity.ts. Pure rule module.
import { counted, fmt, named } from '../../context'
import { DEFAULT_DYNAMIC_PORTS, connectionPointLoad, connectionPointPortLimit } from '../../capacity'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CAP-003',
  category: 'High availability and capacity',
  title: 'More client connections than the connection point server has ports',
  severity: () => 'warning',
  versions: {},
  fix: 'Add CMG connection point servers at that site, or enlarge the Windows dynamic port range on the server (Microsoft KB 929851).',
  sources: ['PERF'],
  evaluate: (ctx) =>
    ctx.cps.flatMap((cp) => {
      const site = ctx.siteOf(cp)
      const server = ctx.serverOf(cp)
      if (!site || !server) return []
      const load = connectionPointLoad(ctx, cp)
      const limit = connectionPointPortLimit(ctx, cp)
      if (load <= limit) return []
      const range = limit === DEFAULT_DYNAMIC_PORTS ? 'default' : 'extended'
      return [
        {
          nodeIds: [cp.id, server.id, site.id],
          message: `${named(cp)} on ${named(server)} carries about ${fmt(load)} concurrent CMG clients of ${named(site)} (shared over ${counted(ctx.cpsAtSite(site).length, 'connection point')} there), each holding a connection: more than the ${range} dynamic port range of ${fmt(limit)}.`,
        },
      ]
    }),
}
