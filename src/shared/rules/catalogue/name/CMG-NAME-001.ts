// CMG-NAME-001: a CMG name (service prefix) that breaks the naming rule: 3-24 letters, digits and
// hyphens, starting with a letter, ending with a letter or digit, no consecutive hyphens. Pure rule
// module.
import { named } from '../../context'
import type { Rule } from '../../types'

const VALID_NAME = /^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$/

/** Why a non-empty prefix breaks the rule, in words. */
function problemsOf(prefix: string): string[] {
  const problems: string[] = []
  if (prefix.length < 3 || prefix.length > 24) problems.push(`has ${prefix.length} characters (3-24 allowed)`)
  if (!/^[A-Za-z]/.test(prefix)) problems.push("doesn't start with a letter")
  if (!/[A-Za-z0-9]$/.test(prefix)) problems.push("doesn't end with a letter or digit")
  if (/[^A-Za-z0-9-]/.test(prefix))
    problems.push('contains characters other than letters, digits and hyphens')
  if (prefix.includes('--')) problems.push('contains consecutive hyphens')
  return problems
}

export const rule: Rule = {
  id: 'CMG-NAME-001',
  category: 'Certificates and naming',
  title: 'Invalid CMG name',
  severity: () => 'error',
  versions: {},
  fix: 'Rename the CMG (and the certificate prefix) to 3-24 letters, digits and hyphens, starting with a letter, ending with a letter or digit, without consecutive hyphens.',
  sources: ['SUPP', 'PLAN'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      const prefix = cmg.props.prefix
      if (VALID_NAME.test(prefix) && !prefix.includes('--')) return []
      const message =
        prefix === ''
          ? `${named(cmg)} has no name (prefix); a CMG name needs 3-24 characters.`
          : `${named(cmg)}: the name "${prefix}" ${problemsOf(prefix).join(', ')}.`
      return [{ nodeIds: [cmg.id], message }]
    }),
}
