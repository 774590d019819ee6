// The design report: one self-contained HTML5 document (inline CSS and SVG, no scripts, no external
// resources, and a Content-Security-Policy that forbids both) that a consultant hands to a customer
// and that prints to A4 PDF: cover, topology picture, bill of materials, capacity, cost estimate with
// its assumptions, findings by severity with fixes and Microsoft Learn links, suppressed findings
// with their reasons, phases and notes. Every string from the design is escaped. Pure and
// deterministic: the generation date is passed in. Used by `cmg-designer report` and by the app (in
// its report worker).
import type { DesignDocument } from '../model/document'
import { APP_NAME, APP_VERSION } from '../model/factory'
import type { DesignEdge, DesignNode, EdgeKind, NodeKind, NodeOfKind } from '../model/schema'
import type { Evaluation } from '../rules/engine'
import type { Finding, Severity } from '../rules/types'
import { cssString, escapeMarkup, safeHttpUrl } from './escape'
import {
  AUTH_METHOD_LABEL,
  CMG_METHOD_LABEL,
  JOIN_TYPE_LABEL,
  KIND_LABEL,
  KIND_TAG,
  LOCATION_LABEL,
  SERVER_OS_LABEL,
  SITE_TYPE_LABEL,
} from '../kinds'
import { capacityHeadroom, describeNode, isOverLimit, phaseSteps } from './design-steps'
import { formatFactor, formatMoney, formatNumber, nodeName } from './labels'
import { FONT_STACK, renderTopologySvg, severityShape } from './topology-svg'

export interface ReportInput {
  readonly doc: DesignDocument
  readonly evaluation: Evaluation
  /** The design file's name as shown on the cover, e.g. "contoso.cmgd". */
  readonly fileName: string
  /** The day the report is generated, YYYY-MM-DD (the report reads no clock). */
  readonly generatedOn: string
  /**
   * The picture to show instead of renderTopologySvg's: SVG markup produced by the app itself (for
   * example a capture of the canvas). It is inserted as is, so it must never contain unescaped user
   * text; markup that does not start with <svg or carries scripts, event handlers or embedded
   * documents is ignored in favour of the built-in picture.
   */
  readonly topologySvg?: string
}

// ---------------------------------------------------------------------------------------------
// Markup building: plain strings are always escaped; only Html values pass through unchanged. Html
// holds its pieces until the whole report is written out (render), so the markup of nested elements
// (the picture alone is tens of MB on the largest designs) is copied once, not once per level.

type Html = { readonly html: string } | { readonly parts: readonly Content[] }
const raw = (html: string): Html => ({ html })
/** Several pieces of content as one Html value, joined only when the report is written out. */
const fragment = (parts: readonly Content[]): Html => ({ parts })
type Content = string | Html | readonly Content[]

function write(content: Content, out: string[]): void {
  if (typeof content === 'string') out.push(escapeMarkup(content))
  else if ('html' in content) out.push(content.html)
  else
    for (const part of 'parts' in content ? content.parts : (content as readonly Content[])) write(part, out)
}

function render(content: Content): string {
  const out: string[] = []
  write(content, out)
  return out.join('')
}

type Attributes = Readonly<Record<string, string | number | boolean | undefined>>

function el(name: string, attributes: Attributes, ...children: Content[]): Html {
  let open = `<${name}`
  for (const [k, v] of Object.entries(attributes)) {
    if (v === undefined || v === false) continue
    open += v === true ? ` ${k}` : ` ${k}="${escapeMarkup(String(v))}"`
  }
  return fragment([raw(`${open}>`), children, raw(`</${name}>`)])
}

const p = (...children: Content[]): Html => el('p', {}, ...children)

interface Column {
  readonly label: string
  /** Class of the header and body cells, e.g. "num" for right-aligned numbers. */
  readonly cls?: string
}

function table(
  className: string,
  columns: readonly Column[],
  rows: readonly (readonly Content[])[],
  empty: string,
): Html {
  if (rows.length === 0) return el('p', { class: 'empty' }, empty)
  return el(
    'table',
    { class: `data ${className}` },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        columns.map((c) => el('th', { class: c.cls, scope: 'col' }, c.label)),
      ),
    ),
    el(
      'tbody',
      {},
      rows.map((cells) =>
        el(
          'tr',
          {},
          cells.map((cell, i) => el('td', { class: columns[i]?.cls }, cell)),
        ),
      ),
    ),
  )
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`

const SEVERITY_WORD: Readonly<Record<Severity, { one: string; group: string }>> = {
  error: { one: 'Error', group: 'Errors' },
  warning: { one: 'Warning', group: 'Warnings' },
  info: { one: 'Info', group: 'Information' },
}
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

function severityIcon(severity: Severity, size = 14): Html {
  return raw(
    `<svg class="icon" viewBox="-11 -11 22 22" width="${size}" height="${size}" aria-hidden="true">${severityShape(severity, 0, 0, 9.5)}</svg>`,
  )
}

function severityBadge(severity: Severity): Html {
  return el(
    'span',
    { class: `badge sev-${severity}` },
    severityIcon(severity, 16),
    SEVERITY_WORD[severity].one,
  )
}

const OK_ICON = raw(
  '<svg class="icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true"><circle cx="8" cy="8" r="7.5" fill="#17714a"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)

// ---------------------------------------------------------------------------------------------
// Looking things up in the design

class Design {
  readonly doc: DesignDocument
  private readonly byId: ReadonlyMap<string, DesignNode>
  private readonly childrenOf = new Map<string, DesignNode[]>()
  private readonly outEdges = new Map<string, DesignEdge[]>()
  private readonly inEdges = new Map<string, DesignEdge[]>()

  constructor(doc: DesignDocument) {
    this.doc = doc
    this.byId = new Map(doc.nodes.map((n) => [n.id, n]))
    const add = <T>(index: Map<string, T[]>, key: string, value: T): void => {
      const list = index.get(key)
      if (list) list.push(value)
      else index.set(key, [value])
    }
    for (const n of doc.nodes) if (n.parentId !== undefined) add(this.childrenOf, n.parentId, n)
    for (const e of doc.edges) {
      add(this.outEdges, e.source, e)
      add(this.inEdges, e.target, e)
    }
  }

  node(id: string | undefined): DesignNode | undefined {
    return id === undefined ? undefined : this.byId.get(id)
  }

  ofKind<K extends NodeKind>(kind: K): NodeOfKind<K>[] {
    return this.doc.nodes.filter((n): n is NodeOfKind<K> => n.kind === kind)
  }

  children(id: string): readonly DesignNode[] {
    return this.childrenOf.get(id) ?? []
  }

  /** Targets of `kind` edges leaving `id`, in document order. */
  targets(id: string, kind: EdgeKind): DesignNode[] {
    return this.linked(this.outEdges, id, kind, 'target')
  }

  /** Sources of `kind` edges arriving at `id`, in document order. */
  sources(id: string, kind: EdgeKind): DesignNode[] {
    return this.linked(this.inEdges, id, kind, 'source')
  }

  private linked(
    index: ReadonlyMap<string, DesignEdge[]>,
    id: string,
    kind: EdgeKind,
    end: 'source' | 'target',
  ): DesignNode[] {
    const out: DesignNode[] = []
    for (const e of index.get(id) ?? []) {
      const n = e.kind === kind ? this.byId.get(e[end]) : undefined
      if (n) out.push(n)
    }
    return out
  }

  /** "Site New York City HQ (CON)", "Management point MP01"; the bare id for an unknown node. */
  describe(id: string): string {
    const n = this.byId.get(id)
    return n ? describeNode(n) : id
  }

  /** The site that contains a server or a role. */
  siteOf(n: DesignNode): DesignNode | undefined {
    let current: DesignNode | undefined = n
    for (let guard = 0; current && guard < 64; guard++) {
      if (current.kind === 'site') return current
      current = this.node(current.parentId)
    }
    return undefined
  }

  tenantName(id: string): string {
    if (id === '') return '—'
    const t = this.doc.design.tenants.find((x) => x.id === id)
    return t ? (t.name.trim() !== '' ? t.name : t.id) : id
  }
}

/** Names up to this many characters stay on one line in tables ("NYC-CP1" must not break at its hyphen). */
const SHORT_NAME = 24

/** The element's name in bold, on one line when it is short. */
function strongName(n: DesignNode): Html {
  const name = nodeName(n)
  return el('strong', { class: [...name].length <= SHORT_NAME ? 'nowrap' : undefined }, name)
}

/** A name cell: the element's name with its kind below it. */
function nameCell(n: DesignNode | undefined, fallbackId = ''): Html {
  if (!n) return el('span', { class: 'muted' }, fallbackId === '' ? '—' : fallbackId)
  return el('span', { class: 'element' }, strongName(n), el('span', { class: 'kind' }, KIND_LABEL[n.kind]))
}

const nameOr = (n: DesignNode | undefined): string => (n ? nodeName(n) : '—')

// ---------------------------------------------------------------------------------------------
// Sections

interface Chapter {
  readonly id: string
  readonly title: string
  /** Starts on a new printed page. */
  readonly newPage: boolean
  /** Printed on a landscape page of its own. */
  readonly landscape?: boolean
  readonly body: (number: number) => Html
}

function sectionHtml(chapter: Chapter, number: number): Html {
  return el(
    'section',
    {
      id: chapter.id,
      class: ['chapter', chapter.newPage ? 'new-page' : '', chapter.landscape ? 'landscape' : '']
        .filter((c) => c !== '')
        .join(' '),
    },
    el('h2', {}, el('span', { class: 'chapter-number' }, `${number}`), chapter.title),
    chapter.body(number),
  )
}

function cover(input: ReportInput, design: Design, contents: readonly { id: string; title: string }[]): Html {
  const { doc, evaluation } = input
  const d = doc.design
  const s = evaluation.summary
  const version =
    evaluation.cmVersion === d.cmVersion
      ? `${evaluation.cmVersion}`
      : `${evaluation.cmVersion} (evaluated as a what-if; the design targets ${d.cmVersion})`
  const rows: [string, Content][] = [
    ['Configuration Manager version', version],
    ['Environment', d.environment === 'lab' ? 'Lab or proof of concept' : 'Production'],
    ['Evaluation date', d.evaluationDate ?? 'not set'],
    ...(evaluation.growth === 1
      ? []
      : ([
          [
            'Client growth (what-if)',
            `${formatFactor(evaluation.growth)}: every client count in this report is scaled by ${formatNumber(evaluation.growth)}`,
          ],
        ] as [string, Content][])),
    ['Design file', input.fileName],
    ['Report generated', input.generatedOn],
  ]
  const clients = design
    .ofKind('clientPopulation')
    .reduce((n, pop) => n + Math.round(pop.props.count * evaluation.growth), 0)
  const cmgs = design.ofKind('cmg')
  const vms = cmgs.reduce((n, c) => n + c.props.vmCount, 0)
  const facts: [string, string][] = [
    [formatNumber(design.ofKind('site').length), design.ofKind('site').length === 1 ? 'site' : 'sites'],
    [
      formatNumber(design.ofKind('server').length),
      design.ofKind('server').length === 1 ? 'server' : 'servers',
    ],
    [formatNumber(cmgs.length), `${cmgs.length === 1 ? 'CMG' : 'CMGs'} (${plural(vms, 'VM')})`],
    [formatNumber(clients), clients === 1 ? 'client' : 'clients'],
  ]
  const counts: { cls: string; icon: Html; n: number; label: string }[] = [
    {
      cls: 'sev-error',
      icon: severityIcon('error', 18),
      n: s.errors,
      label: s.errors === 1 ? 'error' : 'errors',
    },
    {
      cls: 'sev-warning',
      icon: severityIcon('warning', 18),
      n: s.warnings,
      label: s.warnings === 1 ? 'warning' : 'warnings',
    },
    { cls: 'sev-info', icon: severityIcon('info', 18), n: s.info, label: 'info' },
    { cls: 'sev-suppressed', icon: SUPPRESSED_ICON, n: s.suppressed, label: 'suppressed' },
  ]
  const verdict =
    s.errors > 0
      ? `The design has ${plural(s.errors, 'error')} that must be resolved before it is deployed.`
      : s.warnings > 0
        ? `The design has no errors; ${plural(s.warnings, 'warning')} should be reviewed.`
        : 'The design has no errors or warnings.'
  return el(
    'section',
    { id: 'cover', class: 'cover' },
    el('p', { class: 'eyebrow' }, 'Cloud management gateway design report'),
    el('h1', {}, d.name),
    el(
      'dl',
      { class: 'cover-facts' },
      rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
    ),
    el(
      'div',
      { class: 'cover-summary' },
      el('h2', { class: 'small-heading' }, 'At a glance'),
      el(
        'ul',
        { class: 'counts', 'aria-label': 'Findings' },
        counts.map((c) =>
          el(
            'li',
            { class: `count ${c.cls}` },
            c.icon,
            el('span', { class: 'n' }, formatNumber(c.n)),
            el('span', { class: 'what' }, c.label),
          ),
        ),
      ),
      el('p', { class: 'verdict' }, verdict),
      el(
        'ul',
        { class: 'facts', 'aria-label': 'Design size' },
        facts.map(([n, what]) => el('li', {}, el('span', { class: 'n' }, n), ' ', what)),
      ),
    ),
    el(
      'nav',
      { class: 'contents', 'aria-label': 'Contents' },
      el('h2', { class: 'small-heading' }, 'Contents'),
      el(
        'ol',
        {},
        contents.map((c) => el('li', {}, el('a', { href: `#${c.id}` }, c.title))),
      ),
    ),
    el(
      'p',
      { class: 'cover-footer' },
      `Prepared with ${APP_NAME} ${APP_VERSION}. Findings, capacity and cost come from the rules catalogue, which cites the Microsoft Learn documentation for cloud management gateway; verify them against the current documentation before deployment.`,
    ),
  )
}

const SUPPRESSED_ICON = raw(
  '<svg class="icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true"><circle cx="8" cy="8" r="6.8" fill="none" stroke="#5a6574" stroke-width="1.8"/><path d="M3.3 12.7L12.7 3.3" stroke="#5a6574" stroke-width="1.8"/></svg>',
)

/**
 * Accepts only a single SVG document without scripts, event handlers, embedded documents or
 * references to anything on the network (see ReportInput.topologySvg). Inline styles and data: URLs,
 * as a canvas capture contains them, are fine.
 */
function acceptableSvg(svg: string | undefined): svg is string {
  if (svg === undefined) return false
  const t = svg.trim()
  return (
    /^(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(t) &&
    /<\/svg>$/i.test(t) &&
    !/<\s*(script|iframe|frame|object|embed|link|meta|base)\b/i.test(t) &&
    !/\son[a-z]+\s*=|javascript:|@import/i.test(t) &&
    !/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\/|url\(\s*["']?\s*(https?:)?\/\//i.test(t)
  )
}

/** Width over height of an SVG document, from its viewBox or its width and height attributes. */
function aspectRatio(svg: string): number | undefined {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? ''
  const box = /\bviewBox\s*=\s*["']\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)/i.exec(open)
  const width = Number(box?.[1] ?? /\bwidth\s*=\s*["']\s*([\d.]+)/i.exec(open)?.[1])
  const height = Number(box?.[2] ?? /\bheight\s*=\s*["']\s*([\d.]+)/i.exec(open)?.[1])
  return width > 0 && height > 0 ? width / height : undefined
}

/** The picture to show: the app's, when acceptable, else the built-in one with finding markers. */
function topologyPicture(input: ReportInput): string {
  return acceptableSvg(input.topologySvg)
    ? input.topologySvg.trim().replace(/^<\?xml[^>]*>\s*/i, '')
    : renderTopologySvg(input.doc, { findings: input.evaluation.findings, idPrefix: 'report-topology' })
}

/** Pictures wider than this (width / height) are printed on a landscape page. */
const LANDSCAPE_ABOVE = 1.3

function topology(input: ReportInput, svg: string): Html {
  const d = input.doc
  return fragment([
    p(
      'The design as drawn in the designer. Containers hold their elements: sites hold servers, servers hold site system roles, Azure subscriptions hold CMGs. Markers at the top right of an element count its findings by severity (section ',
      el('a', { href: '#findings' }, 'Findings'),
      ').',
    ),
    el(
      'figure',
      { class: 'topology-figure' },
      raw(svg),
      el(
        'figcaption',
        {},
        `Topology of ${d.design.name}: ${plural(d.nodes.length, 'element')}, ${plural(d.edges.length, 'connection')}.`,
      ),
    ),
  ])
}

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

function billOfMaterials(input: ReportInput, design: Design): Html {
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
      { label: 'Site' },
      { label: 'Code' },
      { label: 'Type' },
      { label: 'Parent site' },
      ...(anyLocation ? [{ label: 'Location' }] : []),
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
      { label: 'Server' },
      { label: 'Site' },
      { label: 'FQDN' },
      { label: 'Operating system' },
      { label: 'Roles' },
    ],
    servers.map((s) => [
      el(
        'span',
        { class: 'element' },
        strongName(s),
        s.props.isSiteServer ? el('span', { class: 'kind' }, 'Site server') : '',
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
      { label: 'CMG' },
      { label: 'Deployment' },
      { label: 'VM size' },
      { label: 'VMs', cls: 'num' },
      { label: 'Region' },
      { label: 'Service name' },
      { label: 'Created at' },
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
    [{ label: 'Connection point' }, { label: 'Server' }, { label: 'Site' }, { label: 'CMG' }],
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
      { label: 'Client population' },
      { label: 'Clients', cls: 'num' },
      { label: 'Concurrent', cls: 'num' },
      { label: 'Location' },
      { label: 'Devices' },
      { label: 'Authentication' },
      { label: 'Assigned site' },
      { label: 'Through CMG' },
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
      { label: 'Azure subscription' },
      { label: 'Subscription name' },
      { label: 'Tenant' },
      { label: 'CSP' },
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
        [{ label: 'Cloud distribution point' }, { label: 'Subscription' }, { label: 'Lifecycle' }],
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
        [{ label: 'Boundary group' }, { label: 'Client populations' }, { label: 'References' }],
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

const isOver = isOverLimit

const headroom = (evaluation: Evaluation, design: Design): string =>
  capacityHeadroom(evaluation, (id) => design.describe(id))

function capacity(input: ReportInput, design: Design): Html {
  const { evaluation } = input
  const rows = evaluation.capacity
  const over = rows.filter(isOver).length
  const intro = p(
    'Load against the supported limit for every CMG, CMG connection point, management point, software update point and site, from the limits Microsoft documents. "Breaks at" is the client growth, relative to the clients in the design file, at which the load would exceed the limit.',
    evaluation.growth === 1 ? '' : ` Loads include the what-if growth of ${formatFactor(evaluation.growth)}.`,
  )
  const body = table(
    'capacity',
    [
      { label: 'Element' },
      { label: 'Measure' },
      { label: 'Load', cls: 'num' },
      { label: 'Limit', cls: 'num' },
      { label: 'Used', cls: 'used' },
      { label: 'Status' },
      { label: 'Breaks at', cls: 'num' },
    ],
    rows.map((r) => {
      const n = design.node(r.nodeId)
      const pct = r.limit > 0 ? (r.load / r.limit) * 100 : null
      const bar = pct === null ? 0 : Math.min(100, Math.max(0, pct))
      const used = el(
        'span',
        { class: 'used-cell' },
        el('span', { class: 'pct' }, pct === null ? '—' : `${Math.round(pct)}%`),
        el(
          'span',
          {
            class: `bar${isOver(r) ? ' over' : pct !== null && pct >= 80 ? ' high' : ''}`,
            'aria-hidden': 'true',
          },
          raw(`<span style="width:${bar.toFixed(1)}%"></span>`),
        ),
      )
      const status = isOver(r)
        ? el('span', { class: 'status over' }, severityIcon('error', 13), 'OVER')
        : el('span', { class: 'status ok' }, OK_ICON, 'OK')
      const breaks =
        r.breaksAtGrowth === null
          ? el('span', { class: 'muted', title: 'This load does not grow with the number of clients' }, '—')
          : isOver(r)
            ? el('span', { class: 'muted' }, 'exceeded')
            : formatFactor(r.breaksAtGrowth)
      return [
        nameCell(n, r.nodeId),
        el(
          'span',
          {},
          r.label,
          r.vmsNeeded !== undefined && isOver(r)
            ? el('span', { class: 'note' }, ` ${plural(r.vmsNeeded, 'VM')} needed at this size`)
            : '',
        ),
        formatNumber(r.load),
        formatNumber(r.limit),
        used,
        status,
        breaks,
      ]
    }),
    'The design has nothing with a capacity limit yet (no CMG, connection point, management point, software update point or site).',
  )
  return fragment([
    intro,
    body,
    rows.length > 0
      ? p(
          el(
            'strong',
            {},
            over === 0
              ? 'No limit is exceeded. '
              : `${plural(over, 'limit')} ${over === 1 ? 'is' : 'are'} exceeded. `,
          ),
          headroom(evaluation, design),
        )
      : '',
  ])
}

function cost(input: ReportInput): Html {
  const c = input.evaluation.cost
  const currency = c.currency === '' ? '' : ` ${c.currency}`
  const amount = (n: number | null): Content =>
    n === null ? el('span', { class: 'unknown' }, 'unknown') : `${formatMoney(n)}${currency}`
  const book = p(
    `Prices from the design's price book${c.asOf === '' ? ' (undated)' : `, dated ${c.asOf}`}; currency: ${c.currency === '' ? 'not set' : c.currency}. Amounts are per month.`,
  )
  const perCmg = c.cmgs.map((cmg) =>
    fragment([
      el('h3', {}, `CMG ${cmg.name}`),
      el(
        'table',
        { class: 'data cost' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Item'),
            el('th', { scope: 'col' }, 'Basis'),
            el('th', { scope: 'col', class: 'num' }, 'Monthly'),
          ),
        ),
        el(
          'tbody',
          {},
          cmg.lines.map((l) =>
            el(
              'tr',
              {},
              el('td', {}, l.label),
              el('td', {}, l.basis),
              el('td', { class: 'num' }, amount(l.monthly)),
            ),
          ),
        ),
        el(
          'tfoot',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'row', colspan: 2 }, `Total for CMG ${cmg.name}`),
            el('td', { class: 'num' }, amount(cmg.monthly)),
          ),
        ),
      ),
    ]),
  )
  const total =
    c.cmgs.length === 0
      ? p('The design has no cloud management gateway, so there is no Azure cost to estimate.')
      : el(
          'p',
          { class: 'total' },
          el('strong', {}, 'Estimated monthly total: '),
          c.monthly === null
            ? [
                el('span', { class: 'unknown' }, 'unknown'),
                `, because the price book is missing prices; the known part is ${formatMoney(c.knownMonthly)}${currency} a month.`,
              ]
            : `${formatMoney(c.monthly)}${currency} a month.`,
        )
  return fragment([
    book,
    ...perCmg,
    total,
    el('h3', {}, 'Assumptions'),
    el(
      'ul',
      { class: 'assumptions' },
      c.assumptions.map((a) => el('li', {}, a)),
    ),
  ])
}

const UPPER_WORDS: Readonly<Record<string, string>> = {
  cmg: 'CMG',
  faq: 'FAQ',
  ad: 'AD',
  azure: 'Azure',
  http: 'HTTP',
}

/** Titles for pages whose address alone reads badly ("perf-scale"). */
const PAGE_TITLES: Readonly<Record<string, string>> = {
  'perf-scale': 'Performance and scale of a CMG',
  cost: 'Cost of a CMG',
  overview: 'CMG overview',
  'data-flow': 'CMG data flow',
  'set-up-checklist': 'Checklist to set up a CMG',
  'server-auth-cert': 'CMG server authentication certificate',
  'configure-clients': 'Configure clients for a CMG',
  'configure-azure-ad': 'Configure Microsoft Entra ID for a CMG',
  'deploy-clients-cmg-token': 'Token-based authentication for a CMG',
  'deploy-clients-cmg-azure': 'Install clients with Microsoft Entra ID',
  'removed-and-deprecated-cmfeatures': 'Removed and deprecated features',
}

/** "plan-cloud-management-gateway" → "Plan cloud management gateway". */
function words(slug: string): string {
  const known = PAGE_TITLES[slug]
  if (known !== undefined) return known
  const whatsNew = /^whats-new-in-version-(\d+)$/.exec(slug)
  if (whatsNew) return `What's new in version ${whatsNew[1]}`
  let decoded = slug
  try {
    decoded = decodeURIComponent(slug)
  } catch {
    // Keep a malformed escape as written.
  }
  const text = decoded
    .split('-')
    .filter((w) => w !== '')
    .map((w) => UPPER_WORDS[w.toLowerCase()] ?? w)
    .join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

interface Address {
  readonly host: string
  readonly path: readonly string[]
  readonly fragment: string
}

/** Host, path segments and fragment of an http(s) address (src/shared has no URL class). */
function parseAddress(url: string): Address | undefined {
  const m = /^https?:\/\/([^/?#]+)([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/i.exec(url)
  if (!m) return undefined
  return {
    host: (m[1] ?? '').toLowerCase(),
    path: (m[2] ?? '').split('/').filter((x) => x !== ''),
    fragment: m[3] ?? '',
  }
}

/** A readable title for a documentation address: the page (and section) on Microsoft Learn, the issue on GitHub. */
export function docTitle(url: string): string {
  const address = parseAddress(url)
  if (!address) return url
  const parts = address.path
  if (address.host === 'github.com' && parts.length >= 4 && parts[2] === 'issues')
    return `GitHub issue ${parts[0]}/${parts[1]}#${parts[3]}`
  const last = parts[parts.length - 1]
  if (last === undefined) return address.host
  const page = /^\d+$/.test(last) ? parts.slice(-3).map(words).join(' ') : words(last)
  const section = address.fragment !== '' ? ` › ${words(address.fragment)}` : ''
  return `${page}${section}`
}

function docLinks(docs: readonly string[]): Html {
  return el(
    'ul',
    { class: 'docs' },
    docs.map((url) => {
      const safe = safeHttpUrl(url)
      const address = safe === undefined ? undefined : parseAddress(safe)
      if (safe === undefined || address === undefined) return el('li', {}, url)
      return el(
        'li',
        {},
        el('a', { href: safe }, docTitle(safe)),
        el('span', { class: 'host' }, ` (${address.host})`),
      )
    }),
  )
}

function findingCard(f: Finding, design: Design, index: string): Html {
  const elements = f.nodeIds.map((id) => design.describe(id))
  return el(
    'article',
    {
      class: `finding sev-${f.severity}${f.suppressed ? ' suppressed' : ''}`,
      id: index,
      'data-rule-id': f.ruleId,
      'data-severity': f.severity,
    },
    el(
      'header',
      {},
      severityBadge(f.severity),
      el('code', { class: 'rule-id' }, f.ruleId),
      el('span', { class: 'finding-title' }, f.title),
    ),
    el('p', { class: 'message' }, f.message),
    el(
      'dl',
      {},
      f.suppressed
        ? [
            el('dt', { class: 'reason-label' }, 'Reason'),
            el('dd', { class: 'reason' }, f.suppressionReason ?? ''),
          ]
        : '',
      el('dt', {}, elements.length === 1 ? 'Element' : 'Elements'),
      el(
        'dd',
        {},
        elements.length === 0 ? el('span', { class: 'muted' }, 'the whole design') : elements.join('; '),
      ),
      el('dt', {}, 'Fix'),
      el('dd', {}, f.fix),
      el('dt', {}, 'Category'),
      el('dd', {}, f.category),
      f.docs.length > 0 ? [el('dt', {}, 'Documentation'), el('dd', {}, docLinks(f.docs))] : '',
    ),
  )
}

function findings(input: ReportInput, design: Design): Html {
  const live = input.evaluation.findings.filter((f) => !f.suppressed)
  const groups = SEVERITIES.map((severity) => {
    const list = live.filter((f) => f.severity === severity)
    return el(
      'div',
      { class: `finding-group group-${severity}`, id: `findings-${severity}` },
      el('h3', {}, severityIcon(severity, 18), `${SEVERITY_WORD[severity].group} (${list.length})`),
      list.length === 0
        ? el('p', { class: 'empty' }, `No ${severity === 'info' ? 'information findings' : `${severity}s`}.`)
        : list.map((f, i) => findingCard(f, design, `finding-${severity}-${i + 1}`)),
    )
  })
  return fragment([
    p(
      'What the rules catalogue found, most severe first. Errors are unsupported or broken configurations; warnings are risks or departures from Microsoft’s recommendations; information findings are worth knowing. Each finding names the elements concerned, the fix, and the Microsoft Learn pages it relies on.',
    ),
    groups,
  ])
}

function suppressed(input: ReportInput, design: Design): Html {
  const list = input.evaluation.findings.filter((f) => f.suppressed)
  const matched = new Set<string>()
  for (const f of list) for (const id of f.nodeIds) matched.add(`${f.ruleId}\u0000${id}`)
  const stale = input.doc.suppressions.filter((s) => !matched.has(`${s.ruleId}\u0000${s.nodeId}`))
  return fragment([
    p(
      'Findings the design team accepted, each with the reason recorded in the design. They are not counted as errors, warnings or information.',
    ),
    list.length === 0
      ? el('p', { class: 'empty' }, 'No finding is suppressed.')
      : list.map((f, i) => findingCard(f, design, `suppressed-${i + 1}`)),
    stale.length === 0
      ? ''
      : [
          el('h3', {}, 'Suppressions that match no current finding'),
          table(
            'stale-suppressions',
            [{ label: 'Rule' }, { label: 'Element' }, { label: 'Reason' }],
            stale.map((s) => [el('code', {}, s.ruleId), design.describe(s.nodeId), s.reason]),
            '',
          ),
        ],
  ])
}

function phases(input: ReportInput): Html {
  const list = input.doc.design.phases
  const steps = phaseSteps(input.doc)
  const names = (nodes: readonly DesignNode[]): Content =>
    nodes.length === 0
      ? el('span', { class: 'muted' }, 'nothing new')
      : el(
          'ul',
          { class: 'phase-elements' },
          nodes.map((n) =>
            el('li', {}, el('span', { class: 'role-tag' }, KIND_TAG[n.kind]), ' ', nodeName(n)),
          ),
        )
  let cumulative = steps.fromStart.length
  const rows: Content[][] = [
    [el('strong', {}, 'From the start'), names(steps.fromStart), formatNumber(cumulative)],
  ]
  list.forEach((ph, i) => {
    const added = steps.added[i] ?? []
    cumulative += added.length
    rows.push([el('strong', {}, ph.name), names(added), formatNumber(cumulative)])
  })
  return fragment([
    p(
      `The design is presented in ${plural(list.length, 'phase')}: ${list.map((ph) => ph.name).join(' → ')}. An element appears from its phase onward; an element inside a container appears no earlier than its container.`,
    ),
    table(
      'phases',
      [{ label: 'Phase' }, { label: 'Elements added' }, { label: 'Elements present', cls: 'num' }],
      rows,
      '',
    ),
  ])
}

function notes(input: ReportInput): Html {
  const designNotes = input.doc.design.notes.trim()
  const noteNodes = input.doc.nodes.filter((n): n is NodeOfKind<'note'> => n.kind === 'note')
  if (designNotes === '' && noteNodes.length === 0)
    return el('p', { class: 'empty' }, 'The design has no notes.')
  return fragment([
    designNotes === '' ? '' : [el('h3', {}, 'Design notes'), el('div', { class: 'note-text' }, designNotes)],
    noteNodes.length === 0
      ? ''
      : [
          el('h3', {}, 'Notes on the drawing'),
          noteNodes.map((n) =>
            el(
              'div',
              { class: 'sticky', 'data-node-id': n.id },
              n.name.trim() === '' ? '' : el('h4', {}, n.name),
              n.props.text.trim() === ''
                ? el('p', { class: 'muted' }, '(empty note)')
                : el('div', { class: 'note-text' }, n.props.text),
            ),
          ),
        ],
  ])
}

// ---------------------------------------------------------------------------------------------

function stylesheet(designName: string): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #e9edf2; color: #1b2430; font-family: ${FONT_STACK}; font-size: 14px; line-height: 1.5; }
main.report { max-width: 980px; margin: 24px auto; background: #fff; padding: 56px 64px; box-shadow: 0 1px 4px rgba(16,24,40,.12); }
h1, h2, h3, h4 { color: #122b4a; line-height: 1.25; margin: 0; }
h2 { font-size: 22px; font-weight: 650; margin: 0 0 14px; padding-bottom: 8px; border-bottom: 2px solid #122b4a; display: flex; align-items: baseline; gap: 12px; break-after: avoid; }
.chapter-number { color: #0b5cad; font-variant-numeric: tabular-nums; }
h3 { font-size: 16px; font-weight: 650; margin: 22px 0 8px; break-after: avoid; display: flex; align-items: center; gap: 7px; }
h4 { font-size: 14px; margin: 0 0 4px; }
p { margin: 0 0 10px; }
a { color: #0b5cad; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace; font-size: .92em; }
.muted { color: #667085; }
.empty { color: #5a6574; font-style: italic; }
.icon { flex: none; vertical-align: -2px; }
.chapter { margin-top: 40px; padding-top: 8px; }
.chapter.new-page { border-top: 1px dashed #c9d1db; padding-top: 32px; }

/* Cover */
.cover { min-height: 255mm; display: flex; flex-direction: column; }
.eyebrow { text-transform: uppercase; letter-spacing: .14em; font-size: 12px; font-weight: 650; color: #0b5cad; margin: 18mm 0 10px; padding-left: 14px; border-left: 4px solid #0b5cad; }
.cover h1 { font-size: 34px; font-weight: 700; letter-spacing: -.01em; margin: 0 0 28px; overflow-wrap: anywhere; }
.cover-facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 24px; margin: 0 0 30px; font-size: 14px; }
.cover-facts dt { color: #5a6574; }
.cover-facts dd { margin: 0; font-weight: 550; overflow-wrap: anywhere; }
.small-heading { font-size: 12px; text-transform: uppercase; letter-spacing: .1em; color: #5a6574; border: 0; padding: 0; margin: 0 0 10px; display: block; }
.cover-summary { border-top: 1px solid #d5dbe3; padding-top: 18px; margin-bottom: 26px; }
.counts { list-style: none; padding: 0; margin: 0 0 12px; display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
.count { border: 1px solid #d5dbe3; border-radius: 8px; padding: 10px 12px; display: grid; grid-template-columns: auto 1fr; grid-template-rows: auto auto; column-gap: 10px; align-items: center; }
.count .icon { grid-row: span 2; }
.count .n { font-size: 24px; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.count .what { color: #5a6574; font-size: 13px; }
.count.sev-error { border-left: 4px solid #b42318; }
.count.sev-warning { border-left: 4px solid #b54708; }
.count.sev-info { border-left: 4px solid #175cd3; }
.count.sev-suppressed { border-left: 4px solid #98a2b3; }
.verdict { font-weight: 600; }
.facts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px 22px; color: #344054; }
.facts .n { font-weight: 700; }
.contents ol { margin: 0; padding-left: 22px; columns: 2; column-gap: 32px; }
.contents li { margin: 0 0 3px; break-inside: avoid; }
.contents a { color: #1b2430; text-decoration: none; }
.cover-footer { margin-top: auto; padding-top: 16px; border-top: 1px solid #d5dbe3; font-size: 12px; color: #5a6574; }

/* Topology */
.topology-figure { margin: 12px 0 0; }
.topology-figure svg { display: block; width: 100%; height: auto; max-height: 215mm; border: 1px solid #d5dbe3; border-radius: 6px; }
figcaption { font-size: 12px; color: #5a6574; margin-top: 6px; }

/* Tables */
table.data { width: 100%; border-collapse: collapse; font-size: 12.5px; margin: 0 0 8px; }
table.data th, table.data td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e1e6ec; }
table.data thead th { background: #f2f5f8; color: #344054; font-weight: 650; font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; border-bottom: 1.5px solid #b8c1cd; }
table.data tfoot th, table.data tfoot td { border-top: 1.5px solid #b8c1cd; border-bottom: 0; font-weight: 650; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
table.data td.num { white-space: nowrap; }
.nowrap { white-space: nowrap; }
.element { display: flex; flex-direction: column; }
.element .kind { color: #667085; font-size: 11.5px; }
.fqdn { overflow-wrap: break-word; }
.host { color: #667085; font-size: .92em; }
.roles, .phase-elements { list-style: none; margin: 0; padding: 0; }
.roles li, .phase-elements li { margin: 0 0 2px; }
.role-tag { display: inline-block; min-width: 3.6em; font-size: 10.5px; font-weight: 700; letter-spacing: .03em; color: #344054; background: #eef1f5; border-radius: 4px; padding: 0 5px; text-align: center; }
.used-cell { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.pct { min-width: 3.2em; text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; width: 64px; height: 8px; border-radius: 4px; background: #e6eaef; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #2e7d5b; }
.bar.high > span { background: #b54708; }
.bar.over > span { background: #b42318; }
.status { display: inline-flex; align-items: center; gap: 5px; font-weight: 700; font-size: 11.5px; letter-spacing: .03em; white-space: nowrap; }
.status.over { color: #b42318; }
.status.ok { color: #17714a; }
.note { color: #b42318; font-size: 11.5px; }

/* Cost */
table.cost td:first-child { white-space: nowrap; width: 20%; }
table.cost td.num, table.cost tfoot td { width: 18%; }
.unknown { font-style: italic; color: #5a6574; }
.total { font-size: 15px; margin-top: 14px; }
.assumptions li { margin-bottom: 4px; }

/* Findings */
.finding { border: 1px solid #d5dbe3; border-left: 5px solid #98a2b3; border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; break-inside: avoid; page-break-inside: avoid; }
.finding.sev-error { border-left-color: #b42318; }
.finding.sev-warning { border-left-color: #b54708; }
.finding.sev-info { border-left-color: #175cd3; }
.finding.suppressed { border-left-color: #98a2b3; background: #fafbfc; }
.finding header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-bottom: 6px; }
.badge { display: inline-flex; align-items: center; gap: 5px; font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; }
.badge.sev-error { color: #b42318; }
.badge.sev-warning { color: #b54708; }
.badge.sev-info { color: #175cd3; }
.rule-id { font-weight: 700; background: #eef1f5; border-radius: 4px; padding: 1px 6px; }
.finding-title { font-weight: 650; }
.finding .message { margin-bottom: 8px; }
.finding dl { display: grid; grid-template-columns: 8.5em 1fr; gap: 3px 14px; margin: 0; font-size: 13px; }
.finding dt { color: #5a6574; }
.finding dd { margin: 0; overflow-wrap: anywhere; }
.finding dt.reason-label { color: #122b4a; font-weight: 700; }
.finding dd.reason { font-weight: 600; white-space: pre-wrap; }
.docs { list-style: none; margin: 0; padding: 0; }
.docs a { overflow-wrap: anywhere; }

/* Notes */
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.sticky { border: 1px solid #e6d48a; background: #fffbe6; border-radius: 6px; padding: 10px 14px; margin: 0 0 10px; break-inside: avoid; }

@page { size: A4; margin: 16mm 15mm 18mm; @bottom-left { content: ${cssString(designName)}; font-family: ${FONT_STACK}; font-size: 8pt; color: #667085; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: ${FONT_STACK}; font-size: 8pt; color: #667085; } }
@page landscape { size: A4 landscape; }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
@media print {
  body { background: #fff; font-size: 10pt; }
  main.report { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  .chapter { margin-top: 0; }
  .chapter.new-page { break-before: page; border-top: 0; padding-top: 0; }
  .chapter:not(.new-page) { margin-top: 28px; }
  .cover { min-height: 260mm; }
  table.data { font-size: 8.5pt; }
  table.data thead { display: table-header-group; }
  .topology-figure svg { max-height: 228mm; }
  .chapter.landscape { page: landscape; }
  .chapter.landscape .topology-figure svg { max-height: 142mm; }
  .finding dl { font-size: 9pt; }
  a { color: #0b4f96; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
}

/**
 * The report's own Content-Security-Policy, first in its head: nothing may load or run (no scripts,
 * no fetches, no frames, no fonts), only its inline stylesheet and style attributes and data: images
 * (the app's canvas capture embeds its bitmaps as data: URLs). Wherever the file is opened from, a
 * browser then refuses to run or fetch anything, even markup that got past the escaping.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** The whole report as one HTML document. */
export function renderReportHtml(input: ReportInput): string {
  const { doc } = input
  const design = new Design(doc)
  const picture = topologyPicture(input)
  const chapters: Chapter[] = [
    {
      id: 'topology',
      title: 'Topology',
      newPage: true,
      landscape: (aspectRatio(picture) ?? 1) > LANDSCAPE_ABOVE,
      body: () => topology(input, picture),
    },
    {
      id: 'bill-of-materials',
      title: 'Bill of materials',
      newPage: true,
      body: () => billOfMaterials(input, design),
    },
    { id: 'capacity', title: 'Capacity', newPage: true, body: () => capacity(input, design) },
    { id: 'cost', title: 'Cost estimate', newPage: true, body: () => cost(input) },
    { id: 'findings', title: 'Findings', newPage: true, body: () => findings(input, design) },
    { id: 'suppressed', title: 'Suppressed findings', newPage: false, body: () => suppressed(input, design) },
    ...(doc.design.phases.length > 0
      ? [{ id: 'phases', title: 'Phases', newPage: true, body: () => phases(input) }]
      : []),
    { id: 'notes', title: 'Notes', newPage: doc.design.phases.length === 0, body: () => notes(input) },
  ]
  const title = `${doc.design.name} – CMG design report`
  const body = render([
    cover(
      input,
      design,
      chapters.map((c) => ({ id: c.id, title: c.title })),
    ),
    chapters.map((c, i) => sectionHtml(c, i + 1)),
  ])
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeMarkup(`${APP_NAME} ${APP_VERSION}`)}">
<title>${escapeMarkup(title)}</title>
<style>${stylesheet(doc.design.name)}</style>
</head>
<body>
<main class="report">
${body}
</main>
</body>
</html>
`
}
