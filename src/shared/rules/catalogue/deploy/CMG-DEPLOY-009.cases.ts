// Fixtures for CMG-DEPLOY-009 (VM instance count out of range).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const vms = (vmCount: number) => fixture('contoso').props('cmg-granitefalls', { vmCount })

const cases: RuleCases = {
  fires: [
    { name: '17 VM instances', design: () => vms(17).build(), nodeId: 'cmg-granitefalls', severity: 'error' },
    { name: 'no VM instances', design: () => vms(0).build(), nodeId: 'cmg-granitefalls' },
  ],
  quiet: [
    { name: '16 VM instances', design: () => vms(16).build() },
    { name: '1 VM instance', design: () => vms(1).build() },
  ],
}
export default cases
