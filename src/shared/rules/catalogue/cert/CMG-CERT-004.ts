// CMG-CERT-004: an enterprise-PKI CMG certificate that some CMG clients don't trust. Pure rule module.
import { label, named } from '../../context'
import { nodesOfKind, setPropsFix } from '../../quick-fix'
import type { Rule } from '../../types'

export const rule: Rule = {
  id: 'CMG-CERT-004',
  category: 'Certificates and naming',
  title: "Clients don't trust the root of the CMG certificate",
  severity: () => 'error',
  versions: {},
  fix: 'Distribute the issuing root CA certificate to those clients (Group Policy, Intune certificate profile), or use a certificate from a public CA.',
  sources: ['CERT'],
  evaluate: (ctx) =>
    ctx.cmgs.flatMap((cmg) => {
      if (cmg.props.certIssuer !== 'enterprisePKI') return []
      const untrusting = ctx.popsVia(cmg).filter((p) => !p.props.trustsCmgCertRoot)
      if (untrusting.length === 0) return []
      return [
        {
          nodeIds: [cmg.id, ...untrusting.map((p) => p.id)],
          message: `${named(cmg)} has a certificate from your enterprise PKI, but ${untrusting.map(named).join(', ')} ${untrusting.length === 1 ? "doesn't" : "don't"} trust its root CA, so ${untrusting.length === 1 ? 'it' : 'they'} can't connect to the CMG.`,
        },
      ]
    }),
  quickFixes: (ctx, hit) =>
    nodesOfKind(ctx, hit.nodeIds, 'clientPopulation')
      .filter((pop) => !pop.props.trustsCmgCertRoot)
      .map((pop) =>
        setPropsFix('distribute-root-ca', `Distribute the root CA to ${label(pop)}`, pop.id, {
          trustsCmgCertRoot: true,
        }),
      ),
}
