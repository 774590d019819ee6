// CMG-AUTH-007: a primary with PKI-authenticating CMG clients that doesn't "Use PKI client certificate
// (client authentication) when available". Only clients validly assigned to a primary count
// (CMG-STRUCT-003 covers the others). Pure rule module (runs in the worker and the CLI).
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-AUTH-007',
  category: 'Client authentication',
  title: 'Site does not use PKI client certificates',
  severity: () => 'error',
  versions: {},
  fix: 'Enable "Use PKI client certificate (client authentication) when available" on the site\'s Communication Security tab; if no CRL is published, also turn off "Clients check the certificate revocation list (CRL) for site systems".',
  sources: ['SETUP'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      if (site.props.usePkiClientCertWhenAvailable) return []
      const pkiPops = ctx.popsAssignedAt(site).filter((p) => p.props.authMethod === 'pki' && p.props.usesCmg)
      if (pkiPops.length === 0) return []
      return [
        {
          nodeIds: [site.id, ...pkiPops.map((p) => p.id)],
          message: `${named(site)} has PKI-authenticating CMG clients (${pkiPops.map(named).join(', ')}) but doesn't have "Use PKI client certificate (client authentication) when available" enabled.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const site = nodeOfKind(ctx, hit.nodeIds, 'site')
    return site
      ? [
          setPropsFix(
            'use-pki-when-available',
            `Use PKI client certificates when available at ${label(site)}`,
            site.id,
            {
              usePkiClientCertWhenAvailable: true,
            },
          ),
        ]
      : []
  },
}
