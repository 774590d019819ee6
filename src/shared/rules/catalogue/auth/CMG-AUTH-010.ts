// CMG-AUTH-010: token-authenticating devices that may go more than 90 days without a client restart
// (the token renews only when the SMS Agent Host starts). Pure rule module (runs in the worker and the
// CLI).
import { fmt, label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

const CLIENT_TOKEN_DAYS = 90

export const rule: Rule = {
  id: 'CMG-AUTH-010',
  category: 'Client authentication',
  title: 'Site token may expire before a restart',
  severity: () => 'warning',
  versions: {},
  fix: 'Make sure these devices restart (or restart the SMS Agent Host service) at least every 90 days.',
  sources: ['TOKEN'],
  evaluate: (ctx) =>
    ctx.pops
      .filter(
        (pop) =>
          pop.props.authMethod === 'token' && pop.props.maxDaysWithoutClientRestart > CLIENT_TOKEN_DAYS,
      )
      .map((pop) => ({
        nodeIds: [pop.id],
        message: `${named(pop)}: devices may run ${fmt(pop.props.maxDaysWithoutClientRestart)} days without a client restart, but the site token lasts ${fmt(CLIENT_TOKEN_DAYS)} days and renews only when the SMS Agent Host starts; after that they must reach an on-premises management point to register again.`,
      })),
  quickFixes: (ctx, hit) => {
    const pop = nodeOfKind(ctx, hit.nodeIds, 'clientPopulation')
    return pop
      ? [
          setPropsFix(
            'restart-within-token-life',
            `Restart ${label(pop)} at least every ${CLIENT_TOKEN_DAYS} days`,
            pop.id,
            { maxDaysWithoutClientRestart: CLIENT_TOKEN_DAYS },
          ),
        ]
      : []
  },
}
