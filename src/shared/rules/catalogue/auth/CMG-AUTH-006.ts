// CMG-AUTH-006: a CMG connection point server without a client authentication certificate at a site
// where PKI clients reach an HTTPS CMG-enabled MP. Only clients validly assigned to a primary count
// (CMG-STRUCT-003 covers the others). Pure rule module (runs in the worker and the CLI).
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule, RuleHit } from '../../types'

export const rule: Rule = {
  id: 'CMG-AUTH-006',
  category: 'Client authentication',
  title: 'CMG connection point server without a client authentication certificate',
  severity: () => 'error',
  versions: {},
  fix: 'Issue a client authentication certificate to every CMG connection point server at this site (not needed when the CMG-enabled management points use Enhanced HTTP).',
  sources: ['CFGAUTH', 'CERTOLD'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site): RuleHit[] => {
      const pkiPops = ctx.popsAssignedAt(site).filter((p) => p.props.authMethod === 'pki')
      if (pkiPops.length === 0) return []
      const httpsMps = ctx.cmgMps(site).filter((mp) => mp.props.protocol === 'https')
      if (httpsMps.length === 0) return []
      return ctx.cpsAtSite(site).flatMap((cp): RuleHit[] => {
        const server = ctx.serverOf(cp)
        if (!server || server.props.hasClientAuthCert) return []
        return [
          {
            nodeIds: [cp.id, server.id, site.id],
            message: `${named(cp)} runs on ${named(server)}, which has no client authentication certificate; at ${named(site)} PKI-authenticating ${pkiPops.map(named).join(', ')} reach HTTPS ${httpsMps.map(named).join(', ')} through it.`,
          },
        ]
      })
    }),
  quickFixes: (ctx, hit) => {
    const server = nodeOfKind(ctx, hit.nodeIds, 'server')
    return server
      ? [
          setPropsFix(
            'issue-client-cert',
            `Issue a client authentication certificate to ${label(server)}`,
            server.id,
            {
              hasClientAuthCert: true,
            },
          ),
        ]
      : []
  },
}
