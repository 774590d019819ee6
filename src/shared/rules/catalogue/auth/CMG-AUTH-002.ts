// CMG-AUTH-002: user-targeted deployments over the CMG for clients that don't authenticate with Entra
// ID (PKI and site tokens are device-only). Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'
import { authLabel } from './helpers'

export const rule: Rule = {
  id: 'CMG-AUTH-002',
  category: 'Client authentication',
  title: 'User targeting over the CMG without Entra authentication',
  severity: () => 'error',
  versions: {},
  fix: 'Entra- or hybrid-join the devices and use Entra authentication, or target device collections only.',
  sources: ['CAUTH', 'SUPP', 'FAQ', 'CFGAUTH'],
  evaluate: (ctx) =>
    ctx.popsCmg
      .filter((pop) => pop.props.needsUserTargeting && pop.props.authMethod !== 'entra')
      .map((pop) => ({
        nodeIds: [pop.id],
        message: `${named(pop)} needs user-targeted deployments over the CMG but authenticates with ${authLabel(pop)}, which identify the device only; user-centric scenarios through a CMG need Entra authentication.`,
      })),
}
