// Fixtures for CMG-CERT-007 (TLS 1.2 not enforced).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'Enforce TLS 1.2 off',
      design: () => fixture('contoso').props('cmg-granitefalls', { enforceTls12: false }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'warning',
    },
  ],
  quiet: [
    {
      name: 'Enforce TLS 1.2 on',
      design: () => fixture('contoso').props('cmg-granitefalls', { enforceTls12: true }).build(),
    },
  ],
}
export default cases
