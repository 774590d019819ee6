// CMG-AZ-003: a VMSS CMG in Azure US Government before 2111. Pure rule module (runs in the worker and
// the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-AZ-003',
  category: 'Azure and Entra',
  title: 'VMSS CMG in US Government before 2111',
  severity: () => 'error',
  versions: { min: 2010, max: 2107 },
  fix: 'Update to 2111 or later before deploying a VMSS CMG in Azure US Government.',
  sources: ['PLAN', 'WN2111'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter((cmg) => cmg.props.method === 'vmss' && cmg.props.azureEnvironment === 'AzureUSGovernmentCloud')
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message: `${named(cmg)} is a VMSS CMG in AzureUSGovernmentCloud; VMSS CMGs support the US Government cloud only from 2111 (the design targets ${ctx.v}).`,
      })),
}
