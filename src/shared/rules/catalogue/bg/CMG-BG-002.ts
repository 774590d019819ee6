// CMG-BG-002: how a boundary group ranks its CMG: cloud first ("Prefer cloud based sources", the
// catalogue's example 5), or last behind on-premises distribution points; and CMGs referenced in
// several Azure regions. Information for a deliberate decision. Pure rule module.
import { label, named, type CmgNode } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-BG-002',
  category: 'Content, boundary groups and client settings',
  title: 'Cloud-first or fallback not decided for a boundary group',
  severity: () => 'info',
  versions: {},
  fix: 'Decide deliberately between cloud-first ("Prefer cloud based sources") and cloud as fallback, and which CMGs each boundary group references.',
  sources: ['HIER', 'BGOPT', 'BGMP', 'SUM'],
  evaluate: (ctx) =>
    ctx.ofKind('boundaryGroup').flatMap((bg) => {
      const refs = ctx.references(bg)
      const cmgs = refs.filter((n): n is CmgNode => n.kind === 'cmg')
      if (cmgs.length === 0) return []
      const dps = refs.filter((n) => n.kind === 'distributionPoint')
      const regions = [...new Set(cmgs.map((c) => c.props.region).filter((r) => r !== ''))]
      const notes: string[] = []
      if (bg.props.preferCloudSources)
        notes.push(
          `it prefers cloud sources, so its clients use ${cmgs.map(named).join(', ')} first for policy and content${ctx.v >= 2203 ? ' (and, for new assignments, software update scanning)' : ''}, which costs Azure egress`,
        )
      if (dps.length > 0 && !bg.props.preferCloudSources)
        notes.push(
          `it references ${cmgs.map(named).join(', ')} and on-premises distribution points (${dps.map(label).join(', ')}) without "Prefer cloud based sources", so clients use the CMG only as the last source`,
        )
      if (regions.length > 1)
        notes.push(
          `its CMGs are in ${regions.length} Azure regions (${regions.join(', ')}); clients aren't region-aware and pick one at random, and distant storage can slow large downloads`,
        )
      if (notes.length === 0) return []
      return [{ nodeIds: [bg.id, ...cmgs.map((c) => c.id)], message: `${named(bg)}: ${notes.join('; ')}.` }]
    }),
}
