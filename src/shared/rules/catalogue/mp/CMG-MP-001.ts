// CMG-MP-001: CMG clients assigned to a primary site where no management point allows CMG traffic
// (clients assigned to no primary are CMG-STRUCT-001's and CMG-STRUCT-003's). Pure rule module (runs
// in the worker and the CLI).
import { fmt, label, named } from '../../context'
import type { Rule } from '../../types'
import { nodeOfKind, setPropsFix } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-MP-001',
  category: 'Management point and software update point',
  title: 'No CMG-enabled management point for CMG clients',
  severity: () => 'error',
  versions: {},
  fix: 'Tick "Allow Configuration Manager cloud management gateway traffic" on at least one management point in every primary site that has internet clients.',
  sources: ['PLAN', 'SETUP'],
  evaluate: (ctx) =>
    ctx.popsCmg.flatMap((pop) => {
      const site = ctx.assignedPrimary(pop)
      if (!site || ctx.cmgMps(site).length > 0) return []
      const mps = ctx.mps(site)
      const [only] = mps
      const state =
        mps.length === 0
          ? 'has no management point'
          : mps.length === 1 && only
            ? `has one management point, ${label(only)}, and it doesn't allow CMG traffic`
            : `has ${fmt(mps.length)} management points and none allows CMG traffic`
      return [
        {
          nodeIds: [pop.id, site.id, ...mps.map((m) => m.id)],
          message: `${named(pop)} uses the CMG, but its assigned ${named(site)} ${state}, so the CMG has nowhere to forward its policy and registration requests.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const site = nodeOfKind(ctx, hit.nodeIds, 'site')
    const mp = site ? ctx.mps(site)[0] : undefined
    return mp
      ? [
          setPropsFix('allow-cmg-traffic', `Allow CMG traffic on ${label(mp)}`, mp.id, {
            allowCmgTraffic: true,
          }),
        ]
      : []
  },
}
