// CMG-NAME-002: a CMG prefix with a hyphen, which the DNS-prefix (storage account) guidance forbids.
// Pure rule module.
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-NAME-002',
  category: 'Certificates and naming',
  title: 'Hyphen in the CMG prefix',
  severity: () => 'warning',
  versions: {},
  fix: 'Use letters and digits only in the CMG prefix.',
  sources: ['CERT'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) =>
      cmg.props.prefix.includes('-')
        ? [
            {
              nodeIds: [cmg.id],
              message: `${named(cmg)}: the prefix "${cmg.props.prefix}" contains a hyphen; it passes the CMG name rule, but the storage account built from it allows only letters and digits, so provisioning can fail.`,
            },
          ]
        : [],
    ),
}
