// CMG-TOPTIER-002: in a hierarchy with a CAS, a CMG created at a child primary instead of the CAS.
// Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-TOPTIER-002',
  category: 'Placement and hierarchy',
  title: 'CMG created at a child primary in a hierarchy',
  severity: () => 'warning',
  versions: {},
  fix: 'Create the CMG at the CAS so every primary can share it, and keep CMG connection points at the primaries whose clients use it.',
  sources: ['SCALE', 'HIER', 'PERF'],
  evaluate: (ctx) => {
    const cas = ctx.sites.find((s) => s.props.type === 'cas')
    if (!cas) return []
    return ctx.cmgs.flatMap((cmg) => {
      const site = ctx.cmgSite(cmg)
      if (site?.props.type !== 'primary') return []
      return [
        {
          nodeIds: [cmg.id, site.id, cas.id],
          message: `${named(cmg)} is created at primary ${named(site)}; in a hierarchy Microsoft recommends creating it at the CAS (${named(cas)}) so every primary can share it.`,
        },
      ]
    })
  },
}
