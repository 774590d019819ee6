// Fixtures for CMG-VER-001 (ConfigMgr version out of support on the evaluation date).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const cases: RuleCases = {
  fires: [
    {
      name: '2403 (support ended 2025-10-22) evaluated on 2026-11-26',
      design: () => fixture('contoso').design({ cmVersion: 2403 }).build(),
      nodeId: 'site-nyc',
      severity: 'warning',
    },
    {
      name: '2509 evaluated as 2409 (--cm-version)',
      design: () => fixture('contoso').build(),
      options: { cmVersion: 2409 },
      nodeId: 'site-nyc',
    },
    {
      name: '2509 evaluated after its support end',
      design: () => fixture('contoso').design({ evaluationDate: '2027-05-13' }).build(),
    },
    {
      name: '2107 without an evaluation date, checked against a host today of 2026-06-15 (addendum A4)',
      design: () => fixture('contoso').design({ cmVersion: 2107, evaluationDate: undefined }).build(),
      options: { today: '2026-06-15' },
      nodeId: 'site-nyc',
    },
  ],
  quiet: [
    {
      name: '2509 evaluated on its last day of support',
      design: () => fixture('contoso').design({ evaluationDate: '2027-05-12' }).build(),
    },
    {
      name: '2403 without an evaluation date, today (from the host) 2025-10-22',
      design: () => fixture('contoso').design({ cmVersion: 2403, evaluationDate: undefined }).build(),
      options: { today: '2025-10-22' },
    },
    {
      name: '2403 evaluated on 2025-01-01, whatever today is',
      design: () => fixture('contoso').design({ cmVersion: 2403, evaluationDate: '2025-01-01' }).build(),
      options: { today: '2026-06-15' },
    },
  ],
}
export default cases
