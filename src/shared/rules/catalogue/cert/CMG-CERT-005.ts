// CMG-CERT-005: a service name in an Azure domain that differs from the deployment name Azure gives
// the CMG. Pure rule module.
import { expectedDeploymentName, isAzureDomain, named, type CmgNode } from '../../context'
import type { Rule } from '../../types'

/** The host the certificate names; a wildcard CN (`*.domain`) stands for `<prefix>.domain`. */
function serviceHost(cmg: CmgNode): string {
  const cn = cmg.props.serviceNameCn.trim().toLowerCase()
  return cn.startsWith('*.') ? `${cmg.props.prefix.toLowerCase()}${cn.slice(1)}` : cn
}

export const rule: Rule = {
  id: 'CMG-CERT-005',
  category: 'Certificates and naming',
  title: 'Azure-domain service name differs from the deployment name',
  severity: () => 'error',
  versions: {},
  fix: 'Use <prefix>.<region>.cloudapp.azure.com (VMSS), <prefix>.cloudapp.net (classic) or <prefix>.usgovcloudapp.net (US Government); better, use a name in your own domain, which survives a change of deployment name.',
  sources: ['CERT', 'FLOW', 'CHECK', 'MODIFY'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      if (!isAzureDomain(cmg.props.serviceNameCn)) return []
      const host = serviceHost(cmg)
      const expected = expectedDeploymentName(cmg)
      if (host === expected) return []
      const noRegion =
        cmg.props.method === 'vmss' &&
        cmg.props.azureEnvironment !== 'AzureUSGovernmentCloud' &&
        cmg.props.region === ''
          ? " (set the CMG's Azure region to complete it)"
          : ''
      return [
        {
          nodeIds: [cmg.id],
          message: `${named(cmg)} uses the Azure-domain service name ${host}, but its deployment name will be ${expected}${noRegion}; an Azure-domain service name must equal the deployment name.`,
        },
      ]
    }),
}
