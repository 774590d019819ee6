// CMG-TOPTIER-001: a CMG created at a secondary site. Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-TOPTIER-001',
  category: 'Placement and hierarchy',
  title: 'CMG created at a secondary site',
  severity: () => 'error',
  versions: {},
  fix: 'Create the CMG at the top-tier site (the CAS, or the standalone primary).',
  sources: ['SCALE', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      const site = ctx.cmgSite(cmg)
      if (site?.props.type !== 'secondary') return []
      return [
        {
          nodeIds: [cmg.id, site.id],
          message: `${named(cmg)} is created at secondary ${named(site)}; a CMG can only be created at a primary site or the CAS.`,
        },
      ]
    }),
}
