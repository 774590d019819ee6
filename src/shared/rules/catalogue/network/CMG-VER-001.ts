// CMG-VER-001: the design's ConfigMgr version is out of support on its evaluation date. Without an
// evaluation date the rule can't judge and stays quiet. Pure rule module.
import { named } from '../../context'
import { SUPPORT_END } from '../../../model/versions'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-VER-001',
  category: 'Network, version lifecycle and cost',
  title: 'ConfigMgr version out of support',
  severity: () => 'warning',
  versions: {},
  fix: 'Plan an update to a supported version; updates are installed at the top-tier site.',
  sources: ['VERS'],
  evaluate: (ctx) => {
    const date = ctx.doc.design.evaluationDate
    const end = SUPPORT_END[ctx.v]
    // ISO dates (YYYY-MM-DD) compare correctly as strings.
    if (date === undefined || end >= date) return []
    const top = ctx.top
    return [
      {
        nodeIds: top ? [top.id] : [],
        message: `Configuration Manager ${ctx.v} went out of support on ${end} (each version gets 18 months); the design is evaluated on ${date}${top ? `, and ${named(top)} is where the update is installed` : ''}.`,
      },
    ]
  },
}
