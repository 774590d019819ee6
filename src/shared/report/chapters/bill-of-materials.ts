// The design report's bill of materials: sites, servers with their roles, CMGs, connection points,
// client populations, Azure subscriptions and, when the design has them, tenants, cloud
// distribution points and boundary groups. A column that shows an element, a property or a
// connection is headed with the words its kind declares (src/shared/kinds), so the report calls it
// what the inspector does. Pure; runs in the renderer's report worker and in the CLI
// (`cmg-designer report`).
import type { DesignNode } from '../../model/schema'
import {
  AUTH_METHOD_LABEL,
  CMG_METHOD_LABEL,
  JOIN_TYPE_LABEL,
  KINDS,
  KIND_LABEL,
  KIND_TAG,
  LOCATION_LABEL,
  SERVER_OS_LABEL,
  SITE_TYPE_LABEL,
  fieldLabel,
  tagOf,
} from '../../kinds'
import { CONNECTION_KINDS } from '../../kinds/connections'
import type { Design } from '../design-index'
import { el, fragment, p, strongName, table, type Html } from '../html'
import { formatFactor, formatNumber, nodeName, plural } from '../labels'
import type { ReportInput } from '../report-input'

const nameOr = (n: DesignNode | undefined): string => (n ? nodeName(n) : '—')

function serverRoles(design: Design, server: DesignNode): Html {
  const roles = design.children(server.id)
  if (roles.length === 0) return el('span', { class: 'muted' }, 'no roles')
  return el(
    'ul',
    { class: 'roles' },
    roles.map((r) => {
      const details: string[] = []
      switch (r.kind) {
        case 'managementPoint':
          details.push(r.props.protocol.toUpperCase())
          if (r.props.allowCmgTraffic) details.push('allows CMG traffic')
          break
        case 'softwareUpdatePoint':
          if (r.props.allowCmgTraffic) details.push('allows CMG traffic')
          if (r.props.wsusSsl) details.push('WSUS over SSL')
          break
        case 'distributionPoint':
          if (r.props.isPull) details.push('pull')
          if (r.props.internetFacing) details.push('internet-facing')
          break
        case 'serviceConnectionPoint':
          details.push(`${r.props.mode} mode`)
          break
        case 'cmgConnectionPoint': {
          const cmg = design.targets(r.id, 'linkedTo')[0]
          details.push(cmg ? `for CMG ${nodeName(cmg)}` : 'not linked to a CMG')
          break
        }
        default:
          break
      }
      return el(
        'li',
        {},
        el('span', { class: 'role-tag' }, KIND_TAG[r.kind]),
        ' ',
        nodeName(r),
        details.length > 0 ? el('span', { class: 'muted' }, ` (${details.join(', ')})`) : '',
      )
    }),
  )
}

export function billOfMaterials(input: ReportInput, design: Design): Html {
  const growth = input.evaluation.growth
  const sites = design.ofKind('site')
  const servers = design.ofKind('server')
  const cmgs = design.ofKind('cmg')
  const cps = design.ofKind('cmgConnectionPoint')
  const pops = design.ofKind('clientPopulation')
  const subs = design.ofKind('azureSubscription')
  const cdps = design.ofKind('cloudDistributionPoint')
  const bgs = design.ofKind('boundaryGroup')
  const tenants = input.doc.design.tenants
  const anyLocation = sites.some((s) => s.props.location.trim() !== '')
  const scaled = (n: number): number => Math.round(n * growth)

  const siteTable = table(
    'sites',
    [
      { label: KIND_LABEL.site },
      { label: fieldLabel(KINDS.site, 'siteCode') },
      { label: fieldLabel(KINDS.site, 'type') },
      { label: 'Parent site' },
      ...(anyLocation ? [{ label: fieldLabel(KINDS.site, 'location') }] : []),
      { label: 'Servers', cls: 'num' },
      { label: 'Clients assigned', cls: 'num' },
    ],
    sites.map((s) => {
      const parent = design.sources(s.id, 'hierarchy')[0]
      const assigned = design.sources(s.id, 'assignedTo')
      const clients = assigned.reduce(
        (n, pop) => n + (pop.kind === 'clientPopulation' ? scaled(pop.props.count) : 0),
        0,
      )
      return [
        strongName(s),
        s.props.siteCode === '' ? el('span', { class: 'muted' }, '—') : el('code', {}, s.props.siteCode),
        SITE_TYPE_LABEL[s.props.type],
        parent ? nodeName(parent) : el('span', { class: 'muted' }, '—'),
        ...(anyLocation ? [s.props.location] : []),
        formatNumber(design.children(s.id).filter((c) => c.kind === 'server').length),
        formatNumber(clients),
      ]
    }),
    'The design has no sites.',
  )

  const serverTable = table(
    'servers',
    [
      { label: KIND_LABEL.server },
      { label: KIND_LABEL.site },
      { label: fieldLabel(KINDS.server, 'fqdn') },
      { label: fieldLabel(KINDS.server, 'os') },
      { label: 'Roles' },
    ],
    servers.map((s) => [
      el(
        'span',
        { class: 'element' },
        strongName(s),
        s.props.isSiteServer ? el('span', { class: 'kind' }, tagOf(s)) : '',
      ),
      nameOr(design.siteOf(s)),
      s.props.fqdn === ''
        ? el('span', { class: 'muted' }, 'not set')
        : el('span', { class: 'fqdn' }, s.props.fqdn),
      SERVER_OS_LABEL[s.props.os],
      serverRoles(design, s),
    ]),
    'The design has no servers.',
  )

  const cmgTable = table(
    'cmgs',
    [
      { label: KIND_LABEL.cmg },
      { label: fieldLabel(KINDS.cmg, 'method') },
      { label: fieldLabel(KINDS.cmg, 'vmSize') },
      { label: fieldLabel(KINDS.cmg, 'vmCount'), cls: 'num' },
      { label: fieldLabel(KINDS.cmg, 'region') },
      { label: fieldLabel(KINDS.cmg, 'serviceNameCn') },
      { label: CONNECTION_KINDS.createdAt.outgoing },
    ],
    cmgs.map((c) => [
      el(
        'span',
        { class: 'element' },
        strongName(c),
        el('span', { class: 'kind' }, nameOr(design.node(c.parentId))),
      ),
      CMG_METHOD_LABEL[c.props.method],
      el('code', {}, c.props.vmSize),
      formatNumber(c.props.vmCount),
      c.props.region === '' ? el('span', { class: 'muted' }, 'not set') : c.props.region,
      c.props.serviceNameCn === ''
        ? el('span', { class: 'muted' }, 'not set')
        : el('span', { class: 'fqdn' }, c.props.serviceNameCn),
      nameOr(design.targets(c.id, 'createdAt')[0]),
    ]),
    'The design has no cloud management gateway.',
  )

  const cpTable = table(
    'connection-points',
    [
      { label: KIND_LABEL.cmgConnectionPoint },
      { label: KIND_LABEL.server },
      { label: KIND_LABEL.site },
      { label: KIND_LABEL.cmg },
    ],
    cps.map((cp) => {
      const server = design.node(cp.parentId)
      const cmg = design.targets(cp.id, 'linkedTo')[0]
      return [
        strongName(cp),
        nameOr(server),
        nameOr(design.siteOf(cp)),
        cmg ? nodeName(cmg) : el('span', { class: 'muted' }, 'not linked'),
      ]
    }),
    'The design has no CMG connection point.',
  )

  const popTable = table(
    'populations',
    [
      { label: KIND_LABEL.clientPopulation },
      { label: fieldLabel(KINDS.clientPopulation, 'count'), cls: 'num' },
      { label: fieldLabel(KINDS.clientPopulation, 'concurrent'), cls: 'num' },
      { label: fieldLabel(KINDS.clientPopulation, 'location') },
      { label: fieldLabel(KINDS.clientPopulation, 'joinType') },
      { label: fieldLabel(KINDS.clientPopulation, 'authMethod') },
      { label: CONNECTION_KINDS.assignedTo.outgoing },
      { label: fieldLabel(KINDS.clientPopulation, 'usesCmg') },
    ],
    pops.map((pop) => {
      const pinned = design.targets(pop.id, 'uses')
      return [
        strongName(pop),
        formatNumber(scaled(pop.props.count)),
        formatNumber(scaled(pop.props.concurrent ?? pop.props.count)),
        LOCATION_LABEL[pop.props.location],
        JOIN_TYPE_LABEL[pop.props.joinType],
        AUTH_METHOD_LABEL[pop.props.authMethod],
        nameOr(design.targets(pop.id, 'assignedTo')[0]),
        pop.props.usesCmg ? (pinned.length > 0 ? `Yes: ${pinned.map(nodeName).join(', ')}` : 'Yes') : 'No',
      ]
    }),
    'The design has no client population.',
  )

  const subTable = table(
    'subscriptions',
    [
      { label: KIND_LABEL.azureSubscription },
      { label: fieldLabel(KINDS.azureSubscription, 'subscriptionName') },
      { label: fieldLabel(KINDS.azureSubscription, 'tenantId') },
      { label: fieldLabel(KINDS.azureSubscription, 'isCsp') },
      { label: 'Holds' },
    ],
    subs.map((sub) => {
      const held = design.children(sub.id)
      return [
        strongName(sub),
        sub.props.subscriptionName === ''
          ? el('span', { class: 'muted' }, 'not set')
          : sub.props.subscriptionName,
        design.tenantName(sub.props.tenantId),
        sub.props.isCsp ? 'Yes' : 'No',
        held.length === 0
          ? el('span', { class: 'muted' }, 'nothing')
          : held.map((h) => `${KIND_TAG[h.kind]} ${nodeName(h)}`).join(', '),
      ]
    }),
    'The design has no Azure subscription.',
  )

  const optional: Html[] = []
  if (tenants.length > 0)
    optional.push(
      el('h3', {}, 'Microsoft Entra tenants'),
      table(
        'tenants',
        [{ label: 'Tenant' }, { label: 'Cloud management' }, { label: 'Entra user discovery' }],
        tenants.map((t) => [
          el('strong', {}, t.name.trim() !== '' ? t.name : t.id),
          t.cloudManagement ? 'Onboarded' : 'Not onboarded',
          t.entraUserDiscovery ? 'Enabled' : 'Disabled',
        ]),
        '',
      ),
    )
  if (cdps.length > 0)
    optional.push(
      el('h3', {}, 'Cloud distribution points'),
      table(
        'cloud-dps',
        [
          { label: KIND_LABEL.cloudDistributionPoint },
          { label: KIND_LABEL.azureSubscription },
          { label: fieldLabel(KINDS.cloudDistributionPoint, 'lifecycle') },
        ],
        cdps.map((c) => [
          strongName(c),
          nameOr(design.node(c.parentId)),
          c.props.lifecycle === 'new' ? 'New' : 'Existing',
        ]),
        '',
      ),
    )
  if (bgs.length > 0)
    optional.push(
      el('h3', {}, 'Boundary groups'),
      table(
        'boundary-groups',
        [
          { label: KIND_LABEL.boundaryGroup },
          { label: 'Client populations' },
          { label: CONNECTION_KINDS.references.outgoing },
        ],
        bgs.map((bg) => {
          const members = design.sources(bg.id, 'inBoundaryGroup')
          const refs = design.targets(bg.id, 'references')
          return [
            strongName(bg),
            members.length === 0 ? el('span', { class: 'muted' }, 'none') : members.map(nodeName).join(', '),
            refs.length === 0
              ? el('span', { class: 'muted' }, 'none')
              : refs.map((r) => `${KIND_TAG[r.kind]} ${nodeName(r)}`).join(', '),
          ]
        }),
        '',
      ),
    )

  return fragment([
    p(
      `${plural(sites.length, 'site')}, ${plural(servers.length, 'server')}, ${plural(cmgs.length, 'cloud management gateway')} with ${plural(
        cmgs.reduce((n, c) => n + c.props.vmCount, 0),
        'VM instance',
      )}, ${plural(cps.length, 'CMG connection point')} and ${plural(pops.length, 'client population')}.`,
      growth === 1 ? '' : ` Client counts include the what-if growth of ${formatFactor(growth)}.`,
    ),
    el('h3', {}, 'Sites'),
    siteTable,
    el('h3', {}, 'Servers and site system roles'),
    serverTable,
    el('h3', {}, 'Cloud management gateways'),
    cmgTable,
    el('h3', {}, 'CMG connection points'),
    cpTable,
    el('h3', {}, 'Client populations'),
    popTable,
    el('h3', {}, 'Azure subscriptions'),
    subTable,
    ...optional,
  ])
}
