// CMG-SUP-003: a boundary group of intranet, VPN or branch clients whose only software update
// points are CMG-enabled ones reached through a referenced CMG: every device in it scans over the
// internet. Pure rule module.
import { label, named, type CmgNode, type SupNode } from '../../context'
import type { Rule } from '../../types'

const ON_PREMISES = new Set(['intranet', 'vpn', 'branch'])

export const rule: Rule = {
  id: 'CMG-SUP-003',
  category: 'Management point and software update point',
  title: 'Intranet clients scan for updates only through the CMG',
  severity: () => 'warning',
  versions: {},
  fix: 'Add an on-premises software update point to the boundary group, or accept cloud-first scanning (and its egress cost) knowingly.',
  sources: ['BGSUP', 'SUM', 'BGOPT'],
  evaluate: (ctx) =>
    ctx.ofKind('boundaryGroup').flatMap((bg) => {
      const refs = ctx.references(bg)
      const cmgs = refs.filter((n): n is CmgNode => n.kind === 'cmg')
      const sups = refs.filter((n): n is SupNode => n.kind === 'softwareUpdatePoint')
      if (cmgs.length === 0 || sups.length === 0 || !sups.every((s) => s.props.allowCmgTraffic)) return []
      const onPrem = ctx.popsInBoundaryGroup(bg).filter((p) => ON_PREMISES.has(p.props.location))
      if (onPrem.length === 0) return []
      const steering =
        ctx.v >= 2203 && bg.props.preferCloudSources
          ? ' With "Prefer cloud based sources" set, new software update point assignments also go to the CMG.'
          : ''
      return [
        {
          nodeIds: [bg.id, ...cmgs.map((c) => c.id), ...sups.map((s) => s.id), ...onPrem.map((p) => p.id)],
          message: `${named(bg)} references ${cmgs.map(named).join(', ')} and only CMG-enabled software update points (${sups.map(label).join(', ')}), so every device in it, including ${onPrem.map(named).join(', ')}, scans for updates through the CMG and adds Azure egress.${steering}`,
        },
      ]
    }),
}
