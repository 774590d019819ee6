// CMG-CONTENT-001: a traditional cloud distribution point (deprecated in 2107, support ended in
// 2211). New ones are errors from 2107; existing ones are warnings until 2207, errors from 2211.
// Pure rule module.
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CONTENT-001',
  category: 'Content, boundary groups and client settings',
  title: 'Traditional cloud distribution point',
  severity: (v) => (v >= 2211 ? 'error' : 'warning'),
  versions: { min: 2107 },
  fix: 'Enable content on the CMG ("Allow CMG to function as a cloud distribution point and serve content from Azure storage") and retire the cloud distribution point.',
  sources: ['DEPR', 'CDP', 'PLAN'],
  evaluate: (ctx) =>
    ctx.ofKind('cloudDistributionPoint').map((cdp) => {
      const isNew = cdp.props.lifecycle === 'new'
      const status = isNew
        ? "can't be created: no new cloud distribution points from 2107"
        : ctx.v >= 2211
          ? 'is no longer supported: support ended with the first release after 5 October 2022 (2211)'
          : 'is deprecated and its support ends with 2211'
      return {
        nodeIds: [cdp.id],
        message: `${named(cdp)} ${status}; use a content-enabled CMG instead (version ${ctx.v}).`,
        ...(isNew ? { severity: 'error' as const } : {}),
      }
    }),
}
