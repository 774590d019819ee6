// Fixtures for CMG-CAP-006 (site structure limits).
import { fixture } from '../../../testing/fixture'
import type { RuleCases } from '../../../testing/rule-cases'

/** Contoso with `count` extra MPs on the connection point servers (plus its own MP01). */
const extraMps = (count: number) => {
  const f = fixture('contoso')
  for (let i = 1; i <= count; i++)
    f.add('managementPoint', `mp-extra-${i}`, {
      parentId: i % 2 === 0 ? 'srv-nyc-cp1' : 'srv-nyc-cp2',
      name: `MP-X${i}`,
    })
  return f
}

/** Contoso with a secondary site whose site server is BR1-SS and a second server BR1-FS. */
const secondary = () =>
  fixture('contoso')
    .add('site', 'site-br1', { name: 'Branch', props: { siteCode: 'BR1', type: 'secondary' } })
    .edge('hierarchy', 'site-nyc', 'site-br1')
    .add('server', 'srv-br1', { parentId: 'site-br1', name: 'BR1-SS', props: { isSiteServer: true } })
    .add('server', 'srv-br1-fs', { parentId: 'site-br1', name: 'BR1-FS' })

const cases: RuleCases = {
  fires: [
    {
      name: 'primary with 16 MPs',
      design: () => extraMps(15).build(),
      nodeId: 'site-nyc',
      severity: 'error',
    },
    { name: 'secondary without an MP', design: () => secondary().build(), nodeId: 'site-br1' },
    {
      name: 'secondary MP not on the site server',
      design: () =>
        secondary().add('managementPoint', 'mp-br1', { parentId: 'srv-br1-fs', name: 'MP-BR1' }).build(),
      nodeId: 'site-br1',
    },
  ],
  quiet: [
    { name: 'primary with 15 MPs', design: () => extraMps(14).build() },
    {
      name: 'secondary with its MP on the site server',
      design: () =>
        secondary().add('managementPoint', 'mp-br1', { parentId: 'srv-br1', name: 'MP-BR1' }).build(),
    },
  ],
}
export default cases
