// Fixtures for CMG-SUP-004 (primary/CAS without a SUP, or a secondary with several).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

const secondaryWithSups = (count: number) => {
  const f = fixture('contoso')
    .add('site', 'site-br1', { name: 'Branch', props: { siteCode: 'BR1', type: 'secondary' } })
    .edge('hierarchy', 'site-nyc', 'site-br1')
    .add('server', 'srv-br1', { parentId: 'site-br1', name: 'BR1-SS', props: { isSiteServer: true } })
    .add('managementPoint', 'mp-br1', { parentId: 'srv-br1', name: 'MP-BR1' })
  for (let i = 1; i <= count; i++)
    f.add('softwareUpdatePoint', `sup-br1-${i}`, { parentId: 'srv-br1', name: `SUP-BR1-${i}` })
  return f
}

const cases: RuleCases = {
  fires: [
    {
      name: 'primary using software updates without a SUP',
      design: () => fixture('contoso').remove('sup-nyc').build(),
      nodeId: 'site-nyc',
      severity: 'error',
    },
    {
      name: 'secondary with two SUPs',
      design: () => secondaryWithSups(2).build(),
      nodeId: 'site-br1',
      severity: 'error',
    },
  ],
  quiet: [
    {
      name: 'primary without a SUP that does not use software updates',
      design: () =>
        fixture('contoso').remove('sup-nyc').props('site-nyc', { usesSoftwareUpdates: false }).build(),
    },
    { name: 'secondary with one SUP', design: () => secondaryWithSups(1).build() },
  ],
}
export default cases
