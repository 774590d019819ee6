// CMG-DEPLOY-009: a CMG VM instance count outside 1..16. Pure rule module (runs in the worker and the
// CLI).
import { fmt, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

const MIN_VMS = 1
const MAX_VMS = 16

export const rule: Rule = {
  id: 'CMG-DEPLOY-009',
  category: 'Deployment method, VM size and version',
  title: 'VM instance count out of range',
  severity: () => 'error',
  versions: {},
  fix: 'Set between 1 and 16 VM instances; for more capacity use the Large VM size (Standard_A4_v2) or add another CMG.',
  sources: ['SCALE', 'COST', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter((cmg) => cmg.props.vmCount < MIN_VMS || cmg.props.vmCount > MAX_VMS)
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message: `${named(cmg)} has ${fmt(cmg.props.vmCount)} VM instance${cmg.props.vmCount === 1 ? '' : 's'}; a CMG runs between ${MIN_VMS} and ${MAX_VMS}.`,
      })),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    if (!cmg) return []
    const from = cmg.props.vmCount
    const to = Math.min(MAX_VMS, Math.max(MIN_VMS, from))
    return [
      setPropsFix(
        'vm-count-in-range',
        `Set ${to} VM instance${to === 1 ? '' : 's'} (${from} → ${to})`,
        cmg.id,
        {
          vmCount: to,
        },
      ),
    ]
  },
}
