// CMG-NET-001: a CMG connection point server that can't open the outbound ports its CMG needs.
// VMSS: HTTPS 443 for one VM, 10124..(10123 + VMs) for more. Classic: TCP-TLS 10140..(10139 + VMs)
// preferred (not through a proxy), else the same HTTPS ports. A VM count outside 1..16 is
// CMG-DEPLOY-009's alone (addendum A3.1). Pure rule module.
import { named, type CmgNode, type ServerNode } from '../../context'
import type { Rule } from '../../types'

interface PortRange {
  readonly from: number
  readonly to: number
}

const rangeText = (r: PortRange): string => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)

/** The HTTPS ports of the channel: 443 for a single VM, one port per VM from 10124 otherwise. */
function httpsPorts(cmg: CmgNode): PortRange {
  const vms = cmg.props.vmCount
  return vms <= 1 ? { from: 443, to: 443 } : { from: 10124, to: 10123 + vms }
}

/** The classic cloud service's TCP-TLS ports, one per VM from 10140. */
function tcpTlsPorts(cmg: CmgNode): PortRange {
  return { from: 10140, to: 10139 + Math.max(1, cmg.props.vmCount) }
}

/** Every port of `needed` lies in one of the server's outbound ranges. */
function allows(server: ServerNode, needed: PortRange): boolean {
  for (let port = needed.from; port <= needed.to; port++)
    if (!server.props.outboundPorts.some((r) => r.from <= port && port <= r.to)) return false
  return true
}

export const rule: Rule = {
  id: 'CMG-NET-001',
  category: 'Network, version lifecycle and cost',
  title: 'Connection point server lacks the outbound ports to the CMG',
  severity: () => 'error',
  versions: {},
  fix: "Open the outbound ports to the CMG on the connection point server's firewall (plus the service name, the <prefix>.blob/.table storage and, for VMSS, the <prefix>.vault Key Vault endpoints), or configure the role's proxy.",
  sources: ['FLOW'],
  evaluate: (ctx) =>
    ctx.cps.flatMap((cp) => {
      const cmg = ctx.cmgOf(cp)
      const server = ctx.serverOf(cp)
      if (!cmg || !server || !ctx.vmCountOk(cmg)) return []
      const https = httpsPorts(cmg)
      if (allows(server, https)) return []
      const open = server.props.outboundPorts.map(rangeText).join(', ')
      let needed = `HTTPS ${rangeText(https)}`
      if (cmg.props.method !== 'vmss') {
        const tls = tcpTlsPorts(cmg)
        const viaProxy = server.props.proxy.trim() !== ''
        if (!viaProxy && allows(server, tls)) return []
        needed = viaProxy
          ? `${needed} (TCP-TLS ${rangeText(tls)} can't pass its proxy)`
          : `TCP-TLS ${rangeText(tls)} or, as a fallback, ${needed}`
      }
      return [
        {
          nodeIds: [cp.id, server.id, cmg.id],
          message: `${named(cp)} on ${named(server)} can't build its channel to ${named(cmg)} (${cmg.props.vmCount} VM${cmg.props.vmCount === 1 ? '' : 's'}, ${cmg.props.method}): it needs outbound ${needed}, but the server allows ${open === '' ? 'no outbound ports to it' : `only ${open}`}.`,
        },
      ]
    }),
}
