// CMG-CERT-003: a service name in the customer's own domain without the public DNS CNAME to the
// Azure deployment name. Pure rule module.
import { expectedDeploymentName, isAzureDomain, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CERT-003',
  category: 'Certificates and naming',
  title: 'Public DNS CNAME missing for the service name',
  severity: () => 'error',
  versions: {},
  fix: 'Create a public DNS CNAME from the service name to the CMG deployment name (and update it after any convert).',
  sources: ['CERT', 'MODIFY'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      const cn = cmg.props.serviceNameCn.trim()
      // An empty service name is CMG-CERT-001's finding.
      if (cn === '' || isAzureDomain(cn) || cmg.props.dnsCnameConfigured) return []
      return [
        {
          nodeIds: [cmg.id],
          message: `${named(cmg)} uses the service name ${cn} in your own domain, but no public DNS CNAME maps it to the deployment name ${expectedDeploymentName(cmg)}; the CMG connection points and clients can't resolve it.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
    return cmg
      ? [
          setPropsFix(
            'add-dns-cname',
            `Add the DNS CNAME ${cmg.props.serviceNameCn.trim()} → ${expectedDeploymentName(cmg)}`,
            cmg.id,
            { dnsCnameConfigured: true },
          ),
        ]
      : []
  },
}
