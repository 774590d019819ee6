// Fixtures for CMG-NAME-001 (invalid CMG name).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const withPrefix = (prefix: string) => fixture('contoso').props('cmg-granitefalls', { prefix })

const cases: RuleCases = {
  fires: [
    {
      name: 'double hyphen (gran--falls)',
      design: () => withPrefix('gran--falls').build(),
      nodeId: 'cmg-granitefalls',
      severity: 'error',
    },
    { name: 'two characters', design: () => withPrefix('GF').build(), nodeId: 'cmg-granitefalls' },
    {
      name: 'starts with a digit',
      design: () => withPrefix('1GraniteFalls').build(),
      nodeId: 'cmg-granitefalls',
    },
    {
      name: '25 characters',
      design: () => withPrefix('GraniteFallsGraniteFalls1').build(),
      nodeId: 'cmg-granitefalls',
    },
  ],
  quiet: [
    { name: 'single hyphen (gran-falls)', design: () => withPrefix('gran-falls').build() },
    { name: '24 characters', design: () => withPrefix('GraniteFallsGraniteFalls').build() },
  ],
}
export default cases
