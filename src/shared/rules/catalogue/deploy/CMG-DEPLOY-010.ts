// CMG-DEPLOY-010: converting a classic CMG whose service name is in Microsoft's cloudapp.net domain,
// which can't be pointed at the new deployment name. Pure rule module (runs in the worker and the CLI).
import { named } from '../../context'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-DEPLOY-010',
  category: 'Deployment method, VM size and version',
  title: 'Conversion of a cloudapp.net CMG',
  severity: () => 'error',
  versions: { min: 2107 },
  fix: 'Issue a new server authentication certificate (ideally in your own domain), build a new VMSS CMG and CMG connection point, wait at least one day for clients to refresh policy, then delete the old CMG.',
  sources: ['MODIFY', 'CERT'],
  evaluate: (ctx) =>
    ctx.cmgs
      .filter(
        (cmg) =>
          cmg.props.lifecycle === 'convert' &&
          cmg.props.serviceNameCn.trim().toLowerCase().endsWith('.cloudapp.net'),
      )
      .map((cmg) => ({
        nodeIds: [cmg.id],
        message: `${named(cmg)} is to be converted, but its service name ${cmg.props.serviceNameCn.trim()} is in Microsoft's cloudapp.net domain, where no CNAME can point it at the new cloudapp.azure.com deployment name.`,
      })),
}
