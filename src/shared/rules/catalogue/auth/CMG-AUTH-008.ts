// CMG-AUTH-008: token-authenticating clients with no way to get a site token (no intranet
// registration and no bulk token), or a bulk token lifetime above the 7-day maximum. Pure rule module
// (runs in the worker and the CLI).
import { fmt, named } from '../../context'
import type { Rule, RuleHit } from '../../types'

const MAX_BULK_TOKEN_MINUTES = 10080

export const rule: Rule = {
  id: 'CMG-AUTH-008',
  category: 'Client authentication',
  title: 'No way to obtain a site token',
  severity: () => 'error',
  versions: {},
  fix: 'Let the clients register once with an on-premises management point, or plan a bulk registration token with a lifetime of at most 10,080 minutes (7 days).',
  sources: ['TOKEN', 'CAUTH', 'SEC'],
  evaluate: (ctx) =>
    ctx.pops.flatMap((pop): RuleHit[] => {
      const p = pop.props
      if (p.authMethod !== 'token') return []
      if (!p.registersOnIntranet && !p.bulkTokenPlanned)
        return [
          {
            nodeIds: [pop.id],
            message: `${named(pop)} authenticates with site-issued tokens but neither registers on the intranet nor has a bulk registration token planned, so its clients can't obtain a token.`,
          },
        ]
      // The lifetime belongs to the bulk token; without one planned the value is not used.
      if (p.bulkTokenPlanned && p.bulkTokenLifetimeMin > MAX_BULK_TOKEN_MINUTES)
        return [
          {
            nodeIds: [pop.id],
            message: `${named(pop)}: the bulk registration token lifetime of ${fmt(p.bulkTokenLifetimeMin)} minutes exceeds the maximum of ${fmt(MAX_BULK_TOKEN_MINUTES)} minutes (7 days).`,
          },
        ]
      return []
    }),
}
