// CMG-CONTENT-002: CMG clients that need content while the design offers internet clients no
// content source (no content-enabled CMG, no internet-facing distribution point). A design with no
// CMG at all is CMG-STRUCT-004's (a new CMG is content-enabled by default). Pure rule module.
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CONTENT-002',
  category: 'Content, boundary groups and client settings',
  title: 'No content source for internet clients',
  severity: () => 'warning',
  versions: {},
  fix: 'Keep content enabled on at least one CMG and distribute the content there.',
  sources: ['HIER', 'PLAN', 'SETUP', 'SUM'],
  evaluate: (ctx) => {
    const needing = ctx.popsCmg.filter((p) => p.props.needsContent)
    if (needing.length === 0 || ctx.cmgs.length === 0) return []
    if (ctx.cmgs.some((c) => c.props.contentEnabled)) return []
    if (ctx.ofKind('distributionPoint').some((dp) => dp.props.internetFacing)) return []
    const where = `${ctx.cmgs.map(named).join(', ')} ${ctx.cmgs.length === 1 ? "isn't" : "aren't"} content-enabled and there is no internet-facing distribution point`
    return [
      {
        nodeIds: [...ctx.cmgs.map((c) => c.id), ...needing.map((p) => p.id)],
        message: `${needing.map(named).join(', ')} ${needing.length === 1 ? 'needs' : 'need'} content over the internet, but ${where}; only Microsoft update content would still arrive (from Microsoft Update).`,
      },
    ]
  },
}
