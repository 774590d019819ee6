// CMG-SUP-002: a software update point behind a network load balancer. Pure rule module.
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-SUP-002',
  category: 'Management point and software update point',
  title: 'Software update point behind a network load balancer',
  severity: () => 'error',
  versions: {},
  fix: 'Use several software update points with boundary-group fallback instead of a network load balancer.',
  sources: ['SUPP', 'DEPR'],
  evaluate: (ctx) =>
    ctx.ofKind('softwareUpdatePoint').flatMap((sup) => {
      if (!sup.props.nlb) return []
      const site = ctx.siteOf(sup)
      return [
        {
          nodeIds: site ? [sup.id, site.id] : [sup.id],
          message: `${named(sup)} sits behind a network load balancer; that doesn't work with the CMG, and software update point NLB support ended in 1702.`,
        },
      ]
    }),
}
