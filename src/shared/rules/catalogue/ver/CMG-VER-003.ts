// CMG-VER-003: from 2403, site system roles on Windows Server 2012 or 2012 R2 are unsupported. Pure
// rule module.
import { named } from '../../context'
import type { Rule } from '../../types'

const UNSUPPORTED_OS: ReadonlySet<string> = new Set(['WS2012', 'WS2012R2'])
const OS_NAME: Readonly<Record<string, string>> = {
  WS2012: 'Windows Server 2012',
  WS2012R2: 'Windows Server 2012 R2',
}

export const rule: Rule = {
  id: 'CMG-VER-003',
  category: 'Network, version lifecycle and cost',
  title: 'Site system on Windows Server 2012 / 2012 R2',
  severity: () => 'error',
  versions: { min: 2403 },
  fix: 'Move the site system roles to a supported Windows Server version.',
  sources: ['WN2403'],
  evaluate: (ctx) =>
    ctx.ofKind('server').flatMap((server) => {
      if (!UNSUPPORTED_OS.has(server.props.os)) return []
      const roles = ctx.children(server.id)
      if (roles.length === 0 && !server.props.isSiteServer) return []
      const what = [...(server.props.isSiteServer ? ['the site server'] : []), ...roles.map(named)].join(', ')
      return [
        {
          nodeIds: [server.id, ...roles.map((r) => r.id)],
          message: `${named(server)} runs ${OS_NAME[server.props.os] ?? server.props.os} and hosts ${what}; site system roles on these versions are unsupported from 2403 (the design targets ${ctx.v}).`,
        },
      ]
    }),
}
