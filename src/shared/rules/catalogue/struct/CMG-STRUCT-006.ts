// CMG-STRUCT-006: a CMG connection point linked to no CMG (catalogue 3.10: exactly one LINKED_TO
// edge). The role is installed for one CMG, chosen when it is added, so one without a CMG carries no
// client traffic and doesn't count as a connection point at its site (docs/rules-catalogue-
// decisions.md, D1). Pure rule module (runs in the worker and the CLI).
import { label, named } from '../../context'
import type { Rule } from '../../types'
import { edgeFix, nodeOfKind } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-STRUCT-006',
  category: 'Structural completeness',
  title: 'CMG connection point linked to no CMG',
  severity: () => 'error',
  versions: {},
  fix: 'Link the connection point to the CMG it serves (a CMG connection point serves exactly one CMG), or remove the role.',
  sources: ['SETUP', 'PLAN'],
  evaluate: (ctx) =>
    ctx.cps.flatMap((cp) => {
      if (ctx.cmgOf(cp)) return []
      const site = ctx.siteOf(cp)
      const where = site ? ` at ${named(site)}` : ''
      return [
        {
          nodeIds: [cp.id, ...(site ? [site.id] : [])],
          message: `${named(cp)} is linked to no CMG. A CMG connection point is added for one CMG, which it forwards client traffic for; without one it carries no clients and doesn't count as a connection point${where}.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const cp = nodeOfKind(ctx, hit.nodeIds, 'cmgConnectionPoint')
    const [cmg, ...others] = ctx.cmgs
    return cp && cmg && others.length === 0
      ? [edgeFix('link-cmg', `Link to ${label(cmg)}`, 'linkedTo', cp.id, cmg.id)]
      : []
  },
}
