// CMG-AZ-005: an existing resource group in a different Azure region from the CMG. Pure rule module
// (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-AZ-005',
  category: 'Azure and Entra',
  title: 'Existing resource group in another region',
  severity: () => 'error',
  versions: {},
  fix: "Use an existing resource group in the CMG's region, or let the wizard create a new one.",
  sources: ['SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      const rg = cmg.props.resourceGroup
      const region = cmg.props.region
      // Without both regions there is nothing to compare yet.
      if (rg.mode !== 'existing' || rg.region === '' || region === '' || rg.region === region) return []
      const rgName = rg.name === '' ? 'the existing resource group' : `existing resource group "${rg.name}"`
      return [
        {
          nodeIds: [cmg.id],
          message: `${named(cmg)} is planned in ${region}, but ${rgName} is in ${rg.region}; deployment fails when they differ.`,
        },
      ]
    }),
}
