// CMG-VER-001: the design's ConfigMgr version is out of support on its evaluation date, or, for a
// design without one, on today's date as the host (app or CLI) supplies it; the message then says so
// (addendum A4). The rule reads no clock. Pure rule module.
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
    const date = ctx.evalDate
    const end = SUPPORT_END[ctx.v]
    // ISO dates (YYYY-MM-DD) compare correctly as strings.
    if (date === undefined || end >= date) return []
    const top = ctx.top
    const when =
      ctx.design.evaluationDate === undefined
        ? `the design has no evaluation date, so today's date, ${date}, was used`
        : `the design is evaluated on ${date}`
    return [
      {
        nodeIds: top ? [top.id] : [],
        message: `Configuration Manager ${ctx.v} went out of support on ${end} (each version gets 18 months); ${when}${top ? `, and ${named(top)} is where the update is installed` : ''}.`,
      },
    ]
  },
}
