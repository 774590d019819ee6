// CMG-AUTH-001: Entra authentication for devices older than Windows 10, not Entra- or hybrid-joined,
// or with users lacking Entra identities. Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'
import { isEntraOrHybridJoined, joinLabel } from './helpers'

export const rule: Rule = {
  id: 'CMG-AUTH-001',
  category: 'Client authentication',
  title: 'Entra authentication not possible for these devices',
  severity: () => 'error',
  versions: {},
  fix: 'Use PKI client certificates or site-issued tokens for these devices (authentication methods can differ per population), or move them to Windows 10 or later, Entra or hybrid join, and users with Entra identities.',
  sources: ['CAUTH', 'CFGAUTH', 'ENTRAINST'],
  evaluate: (ctx) =>
    ctx.pops.flatMap((pop) => {
      if (pop.props.authMethod !== 'entra') return []
      const problems: string[] = []
      // Windows 8.1 is the only OS of the model older than Windows 10 (winServer is of the Windows 10 era).
      if (pop.props.os.includes('win81')) problems.push('it includes Windows 8.1 devices')
      if (!isEntraOrHybridJoined(pop))
        problems.push(`its devices are ${joinLabel(pop)}, not Entra- or hybrid-joined`)
      if (!pop.props.usersHaveEntraIdentity) problems.push('its users have no Entra identities')
      if (problems.length === 0) return []
      return [
        {
          nodeIds: [pop.id],
          message: `${named(pop)} uses Entra authentication, but ${problems.join('; ')}. Entra authentication needs Windows 10 or later devices that are Entra- or hybrid-joined, and users with Entra identities.`,
        },
      ]
    }),
}
