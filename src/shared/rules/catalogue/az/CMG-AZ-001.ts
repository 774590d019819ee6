// CMG-AZ-001: a CMG in an Azure environment other than global Azure or Azure US Government. Pure rule
// module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

const SUPPORTED: readonly string[] = ['AzurePublicCloud', 'AzureUSGovernmentCloud']

export const rule: Rule = {
  id: 'CMG-AZ-001',
  category: 'Azure and Entra',
  title: 'Unsupported Azure environment',
  severity: () => 'error',
  versions: {},
  fix: 'Host the CMG in global Azure (AzurePublicCloud) or Azure US Government (AzureUSGovernmentCloud).',
  sources: ['PLAN', 'SETUP'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter((cmg) => !SUPPORTED.includes(cmg.props.azureEnvironment))
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message: `${named(cmg)} is set to ${cmg.props.azureEnvironment}; a CMG can be hosted only in ${SUPPORTED.join(' or ')}.`,
      })),
}
