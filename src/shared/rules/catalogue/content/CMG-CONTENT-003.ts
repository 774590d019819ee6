// CMG-CONTENT-003: CMG clients that need content with "Allow access to cloud distribution point"
// off. Pure rule module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CONTENT-003',
  category: 'Content, boundary groups and client settings',
  title: 'Client setting blocks content from the CMG',
  severity: () => 'warning',
  versions: {},
  fix: 'Set "Allow access to cloud distribution point" to Yes in the Cloud services group of the client settings for those devices.',
  sources: ['PLAN', 'CSET', 'ENTRAINST'],
  evaluate: (ctx) =>
    ctx.popsCmg.flatMap((pop) =>
      pop.props.needsContent && !pop.props.clientSettings.allowCloudDp
        ? [
            {
              nodeIds: [pop.id],
              message: `${named(pop)} uses the CMG and needs content, but its client settings don't allow access to cloud distribution points, so it can't download content (including client install content) from a content-enabled CMG.`,
            },
          ]
        : [],
    ),
  quickFixes: (ctx, hit) => {
    const pop = nodeOfKind(ctx, hit.nodeIds, 'clientPopulation')
    return pop
      ? [
          setPropsFix('allow-cloud-dp', `Allow ${label(pop)} to use cloud distribution points`, pop.id, {
            clientSettings: { ...pop.props.clientSettings, allowCloudDp: true },
          }),
        ]
      : []
  },
}
