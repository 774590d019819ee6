// CMG-CERT-008: a site with PKI-authenticated CMG clients and an unrestricted trusted root CA list.
// Only clients validly assigned to a primary count (CMG-STRUCT-003 covers the others). Pure rule
// module.
import { label, named } from '../../context'
import { nodeOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CERT-008',
  category: 'Certificates and naming',
  title: 'Trusted root CA list not restricted for PKI clients',
  severity: () => 'warning',
  versions: {},
  fix: "Limit the site's Trusted Root Certification Authorities to your issuing root CAs.",
  sources: ['SEC'],
  evaluate: (ctx) =>
    ctx.sites.flatMap((site) => {
      if (site.props.restrictedCtl) return []
      const pki = ctx.popsAssignedAt(site).filter((p) => p.props.usesCmg && p.props.authMethod === 'pki')
      if (pki.length === 0) return []
      return [
        {
          nodeIds: [site.id, ...pki.map((p) => p.id)],
          message: `${named(site)} has PKI-authenticated CMG clients (${pki.map(named).join(', ')}) but doesn't restrict its trusted root CAs, so any client certificate chaining to a root the management point trusts, public CAs included, can register.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) => {
    const site = nodeOfKind(ctx, hit.nodeIds, 'site')
    return site
      ? [
          setPropsFix('restrict-trusted-roots', `Restrict the trusted root CAs of ${label(site)}`, site.id, {
            restrictedCtl: true,
          }),
        ]
      : []
  },
}
