// CMG-CLIENT-001: CMG clients that are macOS devices or IPv6-only; the CMG supports neither. Pure
// rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CLIENT-001',
  category: 'Client authentication',
  title: 'macOS or IPv6-only clients on the CMG',
  severity: () => 'error',
  versions: {},
  fix: 'Manage macOS devices with Intune, and give CMG clients IPv4 connectivity.',
  sources: ['SUPP', 'PLAN'],
  evaluate: (ctx) =>
    ctx.popsCmg.flatMap((pop) => {
      const problems: string[] = []
      if (pop.props.os.includes('macOS')) problems.push('includes macOS devices')
      if (pop.props.ipv6Only) problems.push('has IPv6-only connectivity')
      if (problems.length === 0) return []
      return [
        {
          nodeIds: [pop.id],
          message: `${named(pop)} uses a CMG but ${problems.join(' and ')}; the CMG supports neither macOS clients nor clients that only talk IPv6.`,
        },
      ]
    }),
}
