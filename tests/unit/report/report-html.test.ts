// @vitest-environment happy-dom
// The design report (src/shared/report/report-html.ts) as a customer receives it: for every shipped
// template the HTML is parsed and must contain every section, every finding of the rules engine (by
// rule id and message), every capacity row (by element name, load and limit), the bill of
// materials (its columns headed in the words the kinds declare), the cost estimate with its assumptions, suppressed findings with their reasons, phases
// and notes; it must load nothing from outside, and no text from a design may become markup.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KINDS, KIND_LABEL, fieldLabel } from '../../../src/shared/kinds'
import { CONNECTION_KINDS } from '../../../src/shared/kinds/connections'
import type { DesignDocument } from '../../../src/shared/model/document'
import { renderReportHtml, type ReportInput } from '../../../src/shared/report/report-html'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import type { EvaluationOptions } from '../../../src/shared/rules/context'
import { fixture, type TemplateId } from '../../../src/shared/testing/fixture'

const TEMPLATES = readdirSync(join(__dirname, '..', '..', '..', 'resources', 'templates'))
  .filter((f) => f.endsWith('.cmgd'))
  .map((f) => f.replace(/\.cmgd$/, '') as TemplateId)

const BASE_SECTIONS = [
  'cover',
  'topology',
  'bill-of-materials',
  'capacity',
  'cost',
  'findings',
  'suppressed',
  'notes',
]
const XSS = '<img src=x onerror=alert(1)>'

function report(doc: DesignDocument, options: EvaluationOptions = {}, extra: Partial<ReportInput> = {}) {
  const evaluation = evaluateDesign(doc, options)
  const html = renderReportHtml({
    doc,
    evaluation,
    fileName: 'design.cmgd',
    generatedOn: '2026-11-27',
    ...extra,
  })
  const page = new DOMParser().parseFromString(html, 'text/html')
  return { html, page, evaluation }
}

/** The words of an element as a reader sees them: text nodes joined by spaces, icons' letters left out. */
function text(el: Element | null | undefined): string {
  if (!el) return ''
  if (el.closest('svg') !== null) return (el.textContent ?? '').replace(/\s+/g, ' ').trim()
  const parts: string[] = []
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '')
    else if (node.nodeType === 1 && (node as Element).tagName.toLowerCase() !== 'svg')
      node.childNodes.forEach(walk)
  }
  walk(el)
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}
const section = (page: Document, id: string): Element => {
  const s = page.getElementById(id)
  if (!s) throw new Error(`no #${id}`)
  return s
}
const nameOf = (doc: DesignDocument, id: string): string => {
  const n = doc.nodes.find((x) => x.id === id)
  return n && n.name.trim() !== '' ? n.name : id
}
const count = (n: number): string => Math.round(n).toLocaleString('en-US')

/** The report's own policy: nothing may load or run but its inline styles and data: images. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** Every element (and attribute) of the page that could run code or fetch something. */
function activeContent(page: Document): string[] {
  const found: string[] = []
  for (const el of Array.from(page.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase()
    if (['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'frame'].includes(tag)) found.push(tag)
    const ownPolicy =
      el.getAttribute('http-equiv') === 'Content-Security-Policy' && el.getAttribute('content') === CSP
    if (tag === 'meta' && el.getAttribute('http-equiv') !== null && !ownPolicy) found.push('meta http-equiv')
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`)
      if (attr.name === 'src' || attr.name === 'srcset') found.push(`${tag}[${attr.name}]`)
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${tag}[${attr.name}=javascript:]`)
    }
  }
  return found
}

describe.each(TEMPLATES)('the report of the %s template', (id) => {
  const doc = fixture(id).build()
  const { html, page, evaluation } = report(doc)

  it('has every section, in order, and a phases section only when the design has phases', () => {
    const expected = [...BASE_SECTIONS]
    if (doc.design.phases.length > 0) expected.splice(expected.indexOf('notes'), 0, 'phases')
    const ids = Array.from(page.querySelectorAll('body > main > section[id]')).map((s) => s.id)
    expect(ids).toEqual(expected)
    for (const s of expected.slice(1))
      expect(page.querySelector(`#cover nav a[href="#${s}"]`), `contents link to #${s}`).not.toBeNull()
  })

  it('names the design, its ConfigMgr version, environment and dates on the cover', () => {
    const cover = section(page, 'cover')
    expect(text(cover.querySelector('h1'))).toBe(doc.design.name)
    expect(text(page.querySelector('title'))).toContain(doc.design.name)
    expect(text(cover)).toContain(String(doc.design.cmVersion))
    expect(text(cover)).toContain(doc.design.environment === 'lab' ? 'Lab' : 'Production')
    expect(text(cover)).toContain(doc.design.evaluationDate ?? 'not set')
    expect(text(cover)).toContain('2026-11-27')
    expect(text(cover)).toContain('design.cmgd')
    const counts = text(cover.querySelector('.counts'))
    const s = evaluation.summary
    expect(counts).toContain(`${s.errors} error`)
    expect(counts).toContain(`${s.warnings} warning`)
    expect(counts).toContain(`${s.info} info`)
    expect(counts).toContain(`${s.suppressed} suppressed`)
  })

  it('lists every finding of the rules engine under its severity, with fix and Microsoft Learn links', () => {
    const live = evaluation.findings.filter((f) => !f.suppressed)
    const cards = Array.from(section(page, 'findings').querySelectorAll('article.finding'))
    const shown = cards.map((c) =>
      [c.getAttribute('data-rule-id'), text(c.querySelector('.message'))].join(' | '),
    )
    expect(shown.sort()).toEqual(
      live.map((f) => [f.ruleId, f.message.replace(/\s+/g, ' ')].join(' | ')).sort(),
    )
    for (const f of live) {
      const group = page.getElementById(`findings-${f.severity}`)
      const card = Array.from(group?.querySelectorAll('article') ?? []).find(
        (c) => text(c.querySelector('.message')) === f.message.replace(/\s+/g, ' '),
      )
      expect(card, `${f.ruleId} in the ${f.severity} group`).toBeDefined()
      expect(text(card?.querySelector('.badge'))).toBe(
        f.severity === 'error' ? 'Error' : f.severity === 'warning' ? 'Warning' : 'Info',
      )
      expect(text(card?.querySelector('.rule-id'))).toBe(f.ruleId)
      expect(text(card)).toContain(f.fix)
      for (const nodeId of f.nodeIds) expect(text(card)).toContain(nameOf(doc, nodeId))
      const hrefs = Array.from(card?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'))
      expect(hrefs).toEqual(f.docs)
    }
    for (const severity of ['error', 'warning', 'info'] as const) {
      const heading = text(page.querySelector(`#findings-${severity} h3`))
      expect(heading).toContain(`(${live.filter((f) => f.severity === severity).length})`)
    }
  })

  it('has a capacity row for every capacity row of the engine: element, load, limit, status and growth', () => {
    const rows = Array.from(section(page, 'capacity').querySelectorAll('tbody tr'))
    expect(rows).toHaveLength(evaluation.capacity.length)
    evaluation.capacity.forEach((r, i) => {
      const cells = Array.from(rows[i]?.querySelectorAll('td') ?? []).map(text)
      expect(cells[0]).toContain(nameOf(doc, r.nodeId))
      expect(cells[1]).toContain(r.label)
      expect(cells[2]).toBe(count(r.load))
      expect(cells[3]).toBe(count(r.limit))
      expect(cells[4]).toContain(`${Math.round((r.load / r.limit) * 100)}%`)
      expect(cells[5]).toBe(r.load > r.limit ? 'OVER' : 'OK')
      if (r.breaksAtGrowth !== null && r.load <= r.limit)
        expect(cells[6]).toBe(`×${Number(r.breaksAtGrowth.toFixed(2)).toLocaleString('en-US')}`)
    })
  })

  it('lists the bill of materials: sites, servers with FQDN and roles, CMGs with size and count, populations, subscriptions', () => {
    const bom = section(page, 'bill-of-materials')
    const tableText = (cls: string): string => text(bom.querySelector(`table.${cls}`))
    for (const n of doc.nodes) {
      const name = n.name.trim() === '' ? n.id : n.name
      switch (n.kind) {
        case 'site':
          expect(tableText('sites')).toContain(name)
          expect(tableText('sites')).toContain(n.props.siteCode)
          break
        case 'server':
          expect(tableText('servers')).toContain(name)
          expect(tableText('servers')).toContain(n.props.fqdn)
          break
        case 'managementPoint':
        case 'softwareUpdatePoint':
        case 'serviceConnectionPoint':
        case 'distributionPoint':
          expect(tableText('servers')).toContain(name)
          break
        case 'cmgConnectionPoint':
          expect(tableText('servers')).toContain(name)
          expect(tableText('connection-points')).toContain(name)
          break
        case 'cmg': {
          const row = Array.from(bom.querySelectorAll('table.cmgs tbody tr')).find((tr) =>
            text(tr).includes(name),
          )
          expect(text(row)).toContain(n.props.vmSize)
          expect(text(row?.querySelectorAll('td')[3])).toBe(String(n.props.vmCount))
          expect(text(row)).toContain(n.props.region)
          expect(text(row)).toContain(n.props.serviceNameCn)
          break
        }
        case 'clientPopulation':
          expect(tableText('populations')).toContain(name)
          expect(tableText('populations')).toContain(count(n.props.count))
          break
        case 'azureSubscription':
          expect(tableText('subscriptions')).toContain(name)
          break
        default:
          break
      }
    }
  })

  it('shows the cost estimate per CMG with its basis, "unknown" totals for missing prices, and every assumption', () => {
    const cost = section(page, 'cost')
    for (const cmg of evaluation.cost.cmgs)
      for (const line of cmg.lines) expect(text(cost)).toContain(line.basis)
    if (evaluation.cost.monthly === null) expect(text(cost.querySelector('.total'))).toContain('unknown')
    for (const a of evaluation.cost.assumptions) expect(text(cost)).toContain(a)
    expect(text(cost)).toContain(evaluation.cost.asOf === '' ? 'undated' : evaluation.cost.asOf)
  })

  it('draws the topology with one shape per element', () => {
    const svg = section(page, 'topology').querySelector('svg')
    expect(svg).not.toBeNull()
    const ids = Array.from(svg?.querySelectorAll('g.node') ?? []).map((g) => g.getAttribute('data-node-id'))
    expect(ids.sort()).toEqual(doc.nodes.map((n) => n.id).sort())
  })

  it('carries the design notes', () => {
    if (doc.design.notes.trim() !== '')
      expect(text(section(page, 'notes'))).toContain(doc.design.notes.trim())
  })

  it('is self-contained: no scripts, no external resources, links only to documentation', () => {
    expect(activeContent(page)).toEqual([])
    expect(html).not.toMatch(/src\s*=\s*["']?https?:/i)
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/@import/i)
    expect(html).not.toMatch(/url\(\s*["']?https?:/i)
    expect(page.querySelectorAll('style')).toHaveLength(1)
    for (const a of Array.from(page.querySelectorAll('[href]'))) {
      const href = a.getAttribute('href') ?? ''
      expect(href.startsWith('#') || href.startsWith('https://'), href).toBe(true)
      if (href.startsWith('#') && a.tagName.toLowerCase() === 'a')
        expect(page.getElementById(href.slice(1)), href).not.toBeNull()
    }
  })

  it('locks itself down: its first rule is a Content-Security-Policy allowing only inline styles and data: images', () => {
    const head = Array.from(page.head.children).map((el) => el.outerHTML)
    expect(head[0]).toBe('<meta charset="utf-8">')
    const policy = page.head.children[1]
    expect(policy?.tagName.toLowerCase()).toBe('meta')
    expect(policy?.getAttribute('http-equiv')).toBe('Content-Security-Policy')
    expect(policy?.getAttribute('content')).toBe(CSP)
    expect(page.querySelectorAll('meta[http-equiv]')).toHaveLength(1)
    expect(page.querySelectorAll('script')).toHaveLength(0)
    expect(html).not.toMatch(/<script\b|\bsrc\s*=|url\(\s*["']?(?!data:|#)|@import|<link\b/i)
  })

  it('prints on A4 with page breaks before the major sections and rows that do not split', () => {
    const css = text(page.querySelector('style'))
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/)
    expect(css).toMatch(/\.chapter\.new-page\s*\{[^}]*break-before:\s*page/)
    expect(css).toMatch(/table\.data tr\s*\{[^}]*break-inside:\s*avoid/)
    for (const id of ['topology', 'bill-of-materials', 'capacity', 'findings'])
      expect(section(page, id).classList.contains('new-page'), id).toBe(true)
  })
})

describe('what the report shows for particular designs', () => {
  it('marks rows over their limit as OVER and the warning they cause, with --growth', () => {
    const doc = fixture('contoso').build()
    const { page, evaluation } = report(doc, { growth: 3 })
    const over = evaluation.capacity.filter((r) => r.load > r.limit)
    expect(over.length).toBeGreaterThan(0)
    const rows = Array.from(section(page, 'capacity').querySelectorAll('tbody tr'))
    const overRows = rows.filter((tr) => text(tr.querySelectorAll('td')[5]) === 'OVER')
    expect(overRows).toHaveLength(over.length)
    expect(text(overRows[0])).toContain('24,000')
    expect(text(section(page, 'cover'))).toContain('×3')
    expect(page.querySelector('#findings-warning article[data-rule-id="CMG-CAP-001"]')).not.toBeNull()
  })

  it('moves a suppressed finding to the suppressed section with its reason, as text', () => {
    const base = fixture('contoso').build()
    const target = evaluateDesign(base).findings[0]
    if (!target) throw new Error('the Contoso template has no finding to suppress')
    const reason = `Accepted by the <b>CAB</b> on 2026-11-01 ${XSS}`
    const doc = fixture('contoso')
      .suppress(target.ruleId, target.nodeIds[0] as string, reason)
      .suppress('CMG-HA-001', 'mp-nyc', 'Left over from an earlier review')
      .build()
    const { page, evaluation } = report(doc)
    expect(evaluation.summary.suppressed).toBe(1)
    const card = section(page, 'suppressed').querySelector(`article[data-rule-id="${target.ruleId}"]`)
    expect(text(card?.querySelector('.message'))).toBe(target.message)
    expect(card?.querySelector('.reason')?.textContent).toBe(reason)
    expect(card?.querySelector('b, img')).toBeNull()
    expect(section(page, 'findings').querySelector(`article[data-rule-id="${target.ruleId}"]`)).toBeNull()
    expect(text(page.querySelector('#cover .counts'))).toContain('1 suppressed')
    // A suppression that no longer matches a finding is still listed with its reason.
    expect(text(section(page, 'suppressed').querySelector('table.stale-suppressions'))).toContain(
      'Left over from an earlier review',
    )
  })

  it('heads the bill of materials’ columns with the words the kinds declare for elements, properties and connections', () => {
    const doc = fixture('contoso')
      .props('site-nyc', { location: 'New York' })
      .add('cloudDistributionPoint', 'cdp-1', { parentId: 'sub-contoso' })
      .add('boundaryGroup', 'bg-1')
      .build()
    const { page } = report(doc)
    const headings = (cls: string): string[] =>
      Array.from(section(page, 'bill-of-materials').querySelectorAll(`table.${cls} thead th`)).map(text)
    const { site, server, cmg, clientPopulation, azureSubscription, cloudDistributionPoint } = KINDS
    expect(headings('sites')).toEqual([
      KIND_LABEL.site,
      fieldLabel(site, 'siteCode'),
      fieldLabel(site, 'type'),
      'Parent site',
      fieldLabel(site, 'location'),
      'Servers',
      'Clients assigned',
    ])
    expect(headings('servers')).toEqual([
      KIND_LABEL.server,
      KIND_LABEL.site,
      fieldLabel(server, 'fqdn'),
      fieldLabel(server, 'os'),
      'Roles',
    ])
    expect(headings('cmgs')).toEqual([
      KIND_LABEL.cmg,
      fieldLabel(cmg, 'method'),
      fieldLabel(cmg, 'vmSize'),
      fieldLabel(cmg, 'vmCount'),
      fieldLabel(cmg, 'region'),
      fieldLabel(cmg, 'serviceNameCn'),
      CONNECTION_KINDS.createdAt.outgoing,
    ])
    expect(headings('connection-points')).toEqual([
      KIND_LABEL.cmgConnectionPoint,
      KIND_LABEL.server,
      KIND_LABEL.site,
      KIND_LABEL.cmg,
    ])
    expect(headings('populations')).toEqual([
      KIND_LABEL.clientPopulation,
      fieldLabel(clientPopulation, 'count'),
      fieldLabel(clientPopulation, 'concurrent'),
      fieldLabel(clientPopulation, 'location'),
      fieldLabel(clientPopulation, 'joinType'),
      fieldLabel(clientPopulation, 'authMethod'),
      CONNECTION_KINDS.assignedTo.outgoing,
      fieldLabel(clientPopulation, 'usesCmg'),
    ])
    expect(headings('subscriptions')).toEqual([
      KIND_LABEL.azureSubscription,
      fieldLabel(azureSubscription, 'subscriptionName'),
      fieldLabel(azureSubscription, 'tenantId'),
      fieldLabel(azureSubscription, 'isCsp'),
      'Holds',
    ])
    expect(headings('cloud-dps')).toEqual([
      KIND_LABEL.cloudDistributionPoint,
      KIND_LABEL.azureSubscription,
      fieldLabel(cloudDistributionPoint, 'lifecycle'),
    ])
    expect(headings('boundary-groups')).toEqual([
      KIND_LABEL.boundaryGroup,
      'Client populations',
      CONNECTION_KINDS.references.outgoing,
    ])
  })

  it('says so when nothing is suppressed and the design has no notes', () => {
    const doc = fixture('fourth-coffee').design({ notes: '' }).build()
    const { page } = report(doc)
    expect(text(section(page, 'suppressed'))).toContain('No finding is suppressed')
    expect(text(section(page, 'notes'))).toContain('no notes')
  })

  it('lists which elements appear in which phase, children no earlier than their container', () => {
    const doc = fixture('contoso').build()
    const { page } = report(doc)
    const rows = Array.from(section(page, 'phases').querySelectorAll('tbody tr')).map(text)
    expect(rows.map((r) => r.split(' ')[0])).toEqual(['From', 'Today', 'Pilot', 'Target'])
    expect(rows[0]).toContain('New York City HQ')
    expect(rows[0]).not.toContain('GraniteFalls')
    expect(rows[2]).toContain('GraniteFalls')
    expect(rows[2]).toContain('Roaming laptops')
    expect(rows[3]).toContain('CMGCP02')
    expect(rows[3]?.endsWith(String(doc.nodes.length))).toBe(true)
  })

  it('shows totals in the price book currency with its date when every price is known', () => {
    const doc = fixture('contoso')
      .design({
        priceBook: {
          currency: 'EUR',
          asOf: '2026-10-01',
          vmHourly: { Standard_A2_v2: 0.1 },
          egressPerGB: 0.08,
          storagePerGBMonth: 0.02,
        },
      })
      .build()
    const { page, evaluation } = report(doc)
    const monthly = evaluation.cost.monthly
    expect(monthly).not.toBeNull()
    const cost = section(page, 'cost')
    const money = (monthly ?? 0).toLocaleString('en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    expect(text(cost.querySelector('.total'))).toContain(`${money} EUR`)
    expect(text(cost)).toContain('2026-10-01')
    expect(text(cost)).not.toContain('unknown')
  })

  it('prints design notes and sticky notes with their line breaks', () => {
    const doc = fixture('lab')
      .design({ notes: 'First line\nSecond line' })
      .add('note', 'note-1', { name: 'Workshop', props: { text: 'Ask about the proxy\nand the CRL' } })
      .build()
    const { page } = report(doc)
    const notes = section(page, 'notes')
    expect(notes.querySelector('.note-text')?.textContent).toBe('First line\nSecond line')
    const sticky = notes.querySelector('[data-node-id="note-1"]')
    expect(text(sticky?.querySelector('h4'))).toBe('Workshop')
    expect(sticky?.querySelector('.note-text')?.textContent).toBe('Ask about the proxy\nand the CRL')
  })

  it('uses the picture the app passes, and falls back to its own when that markup is unsafe', () => {
    const doc = fixture('lab').build()
    const capture =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" data-from="app"><foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml" style="background:url(data:image/png;base64,AAAA)">canvas</div></foreignObject></svg>'
    const withCapture = report(doc, {}, { topologySvg: capture }).page
    expect(withCapture.querySelector('#topology svg[data-from="app"]')).not.toBeNull()
    for (const unsafe of [
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" data-from="app"></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" data-from="app"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" data-from="app"><image href="https://example.com/x.png"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" data-from="app"><rect style="fill:url(//example.com/p)"/></svg>',
      '<div>not a picture</div>',
    ]) {
      const page = report(doc, {}, { topologySvg: unsafe }).page
      expect(page.querySelector('#topology svg[data-from="app"]'), unsafe).toBeNull()
      expect(page.querySelectorAll('#topology g.node')).toHaveLength(doc.nodes.length)
      expect(activeContent(page)).toEqual([])
    }
  })

  it('prints a wide picture on a landscape page and a tall one on the portrait page', () => {
    expect(section(report(fixture('contoso').build()).page, 'topology').classList.contains('landscape')).toBe(
      true,
    )
    const tall = fixture('lab').remove('sub-lab').remove('pop-lab').build()
    expect(section(report(tall).page, 'topology').classList.contains('landscape')).toBe(false)
  })
})

describe('escaping', () => {
  const hostile = fixture('contoso')
    .design({
      name: `Contoso ${XSS} "; } body { display: none } </style><script>alert(1)</script>`,
      notes: `<script>alert('notes')</script> & ${XSS}`,
      phases: [
        { id: 'today', name: `Today ${XSS}` },
        { id: 'pilot', name: 'Pilot' },
        { id: 'target', name: 'Target' },
      ],
    })
    .tenant('contoso', { name: `Tenant ${XSS}` })
    .set('site-nyc', { name: `HQ ${XSS}` })
    .set('srv-nyc-ss', { name: `<svg onload=alert(1)>` })
    .props('srv-nyc-ss', { fqdn: `"><img src=x onerror=alert(2)>` })
    .set('cmg-granitefalls', { name: `CMG ${XSS}` })
    .set('pop-roaming', { name: `</td></tr></table><script>alert(3)</script>` })
    .add('note', 'note-x', { name: XSS, props: { text: `<iframe src="https://example.com"></iframe>` } })
    .suppress('CMG-VER-004', 'cmg-granitefalls', `Because ${XSS}`)
    .build()
  const { html, page } = report(hostile, {}, { fileName: `${XSS}.cmgd` })

  it('shows every hostile name, note and reason as text, never as markup', () => {
    expect(activeContent(page)).toEqual([])
    expect(page.querySelectorAll('iframe, img, script, svg[onload]')).toHaveLength(0)
    expect(text(page.querySelector('h1'))).toBe(hostile.design.name)
    expect(text(page.querySelector('title'))).toContain(hostile.design.name)
    const body = text(page.body)
    for (const s of [
      `HQ ${XSS}`,
      '<svg onload=alert(1)>',
      `"><img src=x onerror=alert(2)>`,
      `CMG ${XSS}`,
      '</td></tr></table><script>alert(3)</script>',
      `<iframe src="https://example.com"></iframe>`,
      `Because ${XSS}`,
      `Tenant ${XSS}`,
      `Today ${XSS}`,
      `${XSS}.cmgd`,
    ])
      expect(body, s).toContain(s)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<iframe')
  })

  it('keeps the design name in the print footer inside its CSS string', () => {
    const styles = page.querySelectorAll('style')
    expect(styles).toHaveLength(1)
    const css = styles[0]?.textContent ?? ''
    expect(css).not.toMatch(/<\/style|<script|display: none/i)
    const footer = /@bottom-left\s*\{\s*content:\s*("(?:[^"\\]|\\.)*")/.exec(css)?.[1] ?? ''
    const decoded = footer
      .slice(1, -1)
      .replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    expect(decoded).toBe(hostile.design.name)
  })

  it('shows the hostile names in the picture as text', () => {
    const svg = page.querySelector('#topology svg')
    expect(svg?.querySelectorAll('script, img, foreignObject')).toHaveLength(0)
    expect(text(svg?.querySelector('g[data-node-id="cmg-granitefalls"] title'))).toBe(
      `Cloud management gateway CMG ${XSS}`,
    )
  })
})
