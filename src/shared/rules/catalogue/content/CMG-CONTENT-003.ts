// CMG-CONTENT-003: CMG clients that need content with "Allow access to cloud distribution point"
// off. Pure rule module.
import { named } from '../../context'
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
}
