// CMG-SUP-001: CMG clients that need software updates, assigned to a site where no software update
// point allows CMG traffic (clients assigned to no primary are CMG-STRUCT-001's and CMG-STRUCT-003's).
// Pure rule module.
import { fmt, label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-SUP-001',
  category: 'Management point and software update point',
  title: 'No CMG-enabled software update point for CMG clients',
  severity: () => 'warning',
  versions: {},
  fix: 'Enable "Allow Configuration Manager cloud management gateway traffic" on at least one software update point in every site whose internet clients need software updates.',
  sources: ['SETUP', 'SUM'],
  evaluate: (ctx) =>
    ctx.popsCmg.flatMap((pop) => {
      if (!pop.props.needsSoftwareUpdates) return []
      const site = ctx.assignedPrimary(pop)
      if (!site || ctx.cmgSups(site).length > 0) return []
      const sups = ctx.sups(site)
      const [only] = sups
      const state =
        sups.length === 0
          ? 'has no software update point'
          : sups.length === 1 && only
            ? `has one software update point, ${label(only)}, and it doesn't allow CMG traffic`
            : `has ${fmt(sups.length)} software update points and none allows CMG traffic`
      return [
        {
          nodeIds: [pop.id, site.id, ...sups.map((s) => s.id)],
          message: `${named(pop)} needs software updates over the CMG, but its assigned ${named(site)} ${state}, so these clients can't scan for updates on the internet.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const site = nodeOfKind(ctx, hit.nodeIds, 'site')
    const sup = site ? ctx.sups(site)[0] : undefined
    return sup
      ? [
          setPropsFix('allow-cmg-traffic', `Allow CMG traffic on ${label(sup)}`, sup.id, {
            allowCmgTraffic: true,
          }),
        ]
      : []
  },
}
