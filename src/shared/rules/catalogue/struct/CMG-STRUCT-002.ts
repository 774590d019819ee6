// CMG-STRUCT-002: a CMG created at no site (catalogue 3.10 requires exactly one CREATED_AT edge), so
// CMG-TOPTIER-001/002 have nothing to compare. Pure rule module (runs in the worker and the CLI).
import { label, named } from '../../context'
import type { Rule } from '../../types'
import { edgeFix, nodeOfKind } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-STRUCT-002',
  category: 'Structural completeness',
  title: 'CMG created at no site',
  severity: () => 'error',
  versions: {},
  fix: 'Connect the CMG to the site it is created at: the top-level site, which is the CAS, or the standalone primary.',
  sources: ['SETUP', 'SCALE', 'HIER'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      ctx.cmgSite(cmg)
        ? []
        : [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)} is created at no site, so its place in the hierarchy (CMG-TOPTIER-001, CMG-TOPTIER-002) can't be checked.`,
            },
          ],
    ),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    const top = ctx.top
    return cmg && top
      ? [
          edgeFix(
            'create-at-top',
            `Create it at ${label(top)} (the top-level site)`,
            'createdAt',
            cmg.id,
            top.id,
          ),
        ]
      : []
  },
}
