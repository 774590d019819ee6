// Fixtures for CMG-CERT-001 (server authentication certificate missing or with a bad key length).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: 'no service name (certificate CN)',
      design: () => fixture('contoso').props('cmg-granitefalls', { serviceNameCn: '' }).build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    {
      name: '1024-bit key',
      design: () => fixture('contoso').props('cmg-granitefalls', { certKeyLength: 1024 }).build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    {
      name: '4096-bit key',
      design: () => fixture('contoso').props('cmg-granitefalls', { certKeyLength: 4096 }).build(),
    },
    { name: '2048-bit key (Contoso as shipped)', design: () => fixture('contoso').build() },
  ],
}
export default cases
