// CMG-SCP-002: an offline service connection point in a design with a CMG. Pure rule module (runs in
// the worker and the CLI).
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-SCP-002',
  category: 'Placement and hierarchy',
  title: 'Service connection point offline',
  severity: () => 'error',
  versions: {},
  fix: 'Switch the service connection point to online mode and allow its outbound HTTPS to Azure (see CMG-NET-003).',
  sources: ['PLAN', 'SCP', 'FLOW'],
  evaluate: (ctx) => {
    const cmgs = ctx.cmgs
    if (cmgs.length === 0) return []
    const cmgNames = cmgs.map(named).join(', ')
    return ctx.scps
      .filter((scp) => scp.props.mode === 'offline')
      .map((scp) => ({
        nodeIds: [scp.id, ...cmgs.map((c) => c.id)],
        message: `${named(scp)} is in offline mode; deploying ${cmgNames} needs the service connection point online.`,
      }))
  },
  quickFixes: (ctx, hit) => {
    const scp = nodeOfKind(ctx, hit.nodeIds, 'serviceConnectionPoint')
    return scp
      ? [setPropsFix('scp-online', `Switch ${label(scp)} to online mode`, scp.id, { mode: 'online' })]
      : []
  },
}
