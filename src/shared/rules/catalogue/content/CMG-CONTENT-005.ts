// CMG-CONTENT-005: third-party update content on a CMG used by clients that download delta content.
// Pure rule module.
import { label, named } from '../../context'
import { nodesOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CONTENT-005',
  category: 'Content, boundary groups and client settings',
  title: 'Third-party updates on the CMG with delta download on',
  severity: () => 'warning',
  versions: {},
  fix: 'Turn off "Download delta content when available" for those clients, or serve third-party updates from another source.',
  sources: ['PLAN', 'COST', 'CDP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      // Content types matter only where the CMG serves content at all.
      if (!cmg.props.contentEnabled || !cmg.props.contentTypes.includes('thirdPartyUpdates')) return []
      const delta = ctx.popsVia(cmg).filter((p) => p.props.clientSettings.deltaContent)
      if (delta.length === 0) return []
      return [
        {
          nodeIds: [cmg.id, ...delta.map((p) => p.id)],
          message: `${named(cmg)} serves third-party update content, but ${delta.map(named).join(', ')} ${delta.length === 1 ? 'downloads' : 'download'} delta content, and with that setting third-party updates don't download from the CMG.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) =>
    nodesOfKind(ctx, hit.nodeIds, 'clientPopulation')
      .filter((pop) => pop.props.clientSettings.deltaContent)
      .map((pop) =>
        setPropsFix('no-delta-content', `Turn off delta content for ${label(pop)}`, pop.id, {
          clientSettings: { ...pop.props.clientSettings, deltaContent: false },
        }),
      ),
}
