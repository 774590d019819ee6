// CMG-DEPLOY-007: a VM size that is not offered for the CMG's method and version (classic, ASM and
// pre-2107 VMSS are fixed at Standard_A2_v2; 2107+ VMSS offers B2s, A2_v2 and A4_v2). Pure rule module
// (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'
import { FIXED_SIZE, VMSS_SIZES_2107, methodPhrase } from './helpers'
import { supportedSizeFixes } from '../../quick-fix'

export const rule: Rule = {
  id: 'CMG-DEPLOY-007',
  category: 'Deployment method, VM size and version',
  title: 'VM size not offered',
  severity: () => 'error',
  versions: {},
  fix: 'Pick an offered size: Standard_B2s (Lab), Standard_A2_v2 (Standard) or Standard_A4_v2 (Large) for a VMSS CMG on 2107 or later, Standard_A2_v2 otherwise. Before 2107 changing the size means redeploying the CMG.',
  sources: ['SCALE', 'COST', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      const size = cmg.props.vmSize
      if (cmg.props.method === 'vmss' && ctx.v >= 2107) {
        if (VMSS_SIZES_2107.includes(size)) return []
        return [
          {
            nodeIds: [cmg.id],
            message: `${named(cmg)}: VM size ${size} is not offered for a VMSS CMG on ${ctx.v} (offered: ${VMSS_SIZES_2107.join(', ')}).`,
          },
        ]
      }
      if (size === FIXED_SIZE) return []
      const why = cmg.props.method === 'vmss' ? `before 2107 (the design targets ${ctx.v})` : 'always'
      return [
        {
          nodeIds: [cmg.id],
          message: `${named(cmg)}: VM size ${size} is not offered for ${methodPhrase(cmg)}, which ${why} runs on ${FIXED_SIZE}.`,
        },
      ]
    }),
  quickFixes: supportedSizeFixes,
}
