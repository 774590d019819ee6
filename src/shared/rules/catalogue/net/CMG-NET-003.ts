// CMG-NET-003: the service connection point's server or the top-tier site server can't reach Azure
// Resource Manager over HTTPS 443, which deploying the CMG needs. Pure rule module.
import { label, named, type ServerNode } from '../../context'
import { nodesOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-NET-003',
  category: 'Network, version lifecycle and cost',
  title: 'No outbound HTTPS to Azure for CMG deployment',
  severity: () => 'error',
  versions: {},
  fix: 'Allow outbound HTTPS 443 from the service connection point server and the top-tier site server to Azure Resource Manager (management.azure.com, or management.usgovcloudapi.net for US Government) and the other CMG endpoints.',
  sources: ['FLOW'],
  evaluate: (ctx) => {
    if (ctx.cmgs.length === 0) return []
    // Each server once, with every reason it needs the connection (the SCP often runs on the site server).
    const reasons = new Map<string, { server: ServerNode; roles: string[] }>()
    const need = (server: ServerNode | undefined, role: string) => {
      if (!server || server.props.outbound443Azure) return
      const entry = reasons.get(server.id)
      if (entry) entry.roles.push(role)
      else reasons.set(server.id, { server, roles: [role] })
    }
    for (const scp of ctx.scps) need(ctx.serverOf(scp), `service connection point ${label(scp)}`)
    const top = ctx.top
    if (top) need(ctx.siteServerOf(top), `site server of ${named(top)}`)
    if (reasons.size === 0) return []
    const blocked = [...reasons.values()]
    return [
      {
        nodeIds: [...blocked.map((b) => b.server.id), ...ctx.cmgs.map((c) => c.id)],
        message: `${blocked.map((b) => `${named(b.server)} (${b.roles.join(', ')})`).join(' and ')} can't reach Azure over HTTPS 443, so the CMG can't be deployed or managed through Azure Resource Manager.`,
      },
    ]
  },
  quickFixes: (ctx, hit) =>
    nodesOfKind(ctx, hit.nodeIds, 'server').map((server) =>
      setPropsFix('allow-azure-443', `Allow outbound HTTPS to Azure from ${label(server)}`, server.id, {
        outbound443Azure: true,
      }),
    ),
}
