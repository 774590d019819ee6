// Fixtures of addendum A2.2 (docs/rules-catalogue-addendum.md), built from the Contoso template
// (catalogue Example 1): the branch secondary BR1 under Site New York City HQ (CON), and the design
// variants the addendum's fixture table names. Shared by the rule cases (catalogue/*/*.cases.ts)
// and tests/unit/rules/addendum.test.ts. Pure; only tests import it.
import { fixture, type Fixture } from './fixture'

/** Contoso plus secondary site BR1 (child of CON) whose site server hosts its one management point. */
export const withBranchSecondary = (f: Fixture = fixture('contoso')): Fixture =>
  f
    .add('site', 'site-br1', { name: 'Branch office', props: { type: 'secondary', siteCode: 'BR1' } })
    .edge('hierarchy', 'site-nyc', 'site-br1')
    .add('server', 'srv-br1-ss', { parentId: 'site-br1', props: { isSiteServer: true } })
    .add('managementPoint', 'mp-br1', { parentId: 'srv-br1-ss' })

/** Roaming laptops assigned to the branch secondary BR1 instead of their primary. */
export const assignedToSecondary = (): Fixture =>
  withBranchSecondary().unedge('assignedTo', 'pop-roaming').edge('assignedTo', 'pop-roaming', 'site-br1')

/** Contoso with its CMG and both CMG connection points deleted; the laptops still use a CMG. */
export const cmgDeleted = (): Fixture =>
  fixture('contoso').remove('cmg-granitefalls').remove('srv-nyc-cp1').remove('srv-nyc-cp2')

/** Contoso plus a one-VM CMG "BasaltFalls" with its own connection point server. */
export const twoCmgs = (): Fixture =>
  fixture('contoso')
    .add('cmg', 'cmg-basalt', {
      parentId: 'sub-contoso',
      name: 'BasaltFalls',
      props: {
        prefix: 'BasaltFalls',
        serviceNameCn: 'BasaltFalls.contoso.com',
        dnsCnameConfigured: true,
        region: 'westus',
        vmCount: 1,
      },
    })
    .edge('createdAt', 'cmg-basalt', 'site-nyc')
    .add('server', 'srv-nyc-cp3', { parentId: 'site-nyc', name: 'NYC-CP3' })
    .add('cmgConnectionPoint', 'cp-nyc-3', { parentId: 'srv-nyc-cp3', name: 'CMGCP03' })
    .edge('linkedTo', 'cp-nyc-3', 'cmg-basalt')
