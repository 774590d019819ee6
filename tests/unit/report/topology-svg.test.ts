// @vitest-environment jsdom
// The topology picture (src/shared/report/topology-svg.ts): a well-formed standalone SVG (jsdom's
// strict XML parser) with one drawn element per design element at its absolute position, kind and
// name on each, containers around their children, one line per connection styled by kind with a
// legend of the kinds used, finding markers by shape and letter, hostile names as text, and nothing
// loaded from outside. Connections go around elements and container labels in their way; above
// ROUTED_CONNECTIONS_MAX connections they are straight lines (checked by the paths' shape).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DesignDocument } from '../../../src/shared/model/document'
import { CONNECTION_KINDS } from '../../../src/shared/kinds/connections'
import { ROUTED_CONNECTIONS_MAX, renderTopologySvg } from '../../../src/shared/report/topology-svg'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { generateDesign } from '../../../src/shared/testing/generate-design'
import type { Finding } from '../../../src/shared/rules/types'
import { fixture, template, type TemplateId } from '../../../src/shared/testing/fixture'

const TEMPLATES = readdirSync(join(__dirname, '..', '..', '..', 'resources', 'templates'))
  .filter((f) => f.endsWith('.cmgd'))
  .map((f) => f.replace(/\.cmgd$/, '') as TemplateId)

/** Parses as XML (image/svg+xml), failing the test on any well-formedness error. */
function parse(svg: string): SVGSVGElement {
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const error = xml.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`)
  return xml.documentElement as unknown as SVGSVGElement
}

const nodeGroup = (svg: Element, id: string): Element => {
  const g = svg.querySelector(`g.node[data-node-id="${id}"]`)
  if (!g) throw new Error(`no shape for ${id}`)
  return g
}
/** The element's outline: a container's outline group, else the first shape drawn in its group. */
const outline = (g: Element): Element => {
  const id = g.getAttribute('data-node-id') ?? ''
  const own = g.ownerDocument.querySelector(`g.outline[data-node-id="${id}"]`) ?? g
  return own.querySelector('rect, polygon, path') as Element
}
const num = (el: Element, attr: string): number => Number(el.getAttribute(attr))
const texts = (g: Element): string[] =>
  Array.from(g.querySelectorAll(':scope > text')).map((t) => t.textContent ?? '')

function finding(
  ruleId: string,
  nodeIds: string[],
  severity: Finding['severity'],
  suppressed = false,
): Finding {
  return {
    ruleId,
    severity,
    category: 'High availability and capacity',
    title: 't',
    nodeIds,
    message: 'm',
    fix: 'f',
    docs: [],
    suppressed,
  }
}

describe.each(TEMPLATES)('the picture of the %s template', (id) => {
  const doc = fixture(id).build()
  const findings = evaluateDesign(doc).findings
  const markup = renderTopologySvg(doc, { findings })
  const svg = parse(markup)

  it('is one well-formed SVG with a title, drawing each element once, named and labelled by kind', () => {
    expect(svg.tagName).toBe('svg')
    expect(svg.querySelector('title')?.textContent).toBe(`Topology of ${doc.design.name}`)
    const groups = Array.from(svg.querySelectorAll('g.node'))
    expect(groups.map((g) => g.getAttribute('data-node-id')).sort()).toEqual(
      doc.nodes.map((n) => n.id).sort(),
    )
    for (const n of doc.nodes) {
      const g = nodeGroup(svg, n.id)
      expect(g.getAttribute('data-kind')).toBe(n.kind)
      if (n.kind !== 'note') expect(texts(g)).toContain(n.name)
    }
  })

  it('places every element at the sum of its parents’ positions and inside the view box', () => {
    const [vx, vy, vw, vh] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ]
    const byId = new Map(doc.nodes.map((n) => [n.id, n]))
    for (const n of doc.nodes) {
      let x = 0
      let y = 0
      for (
        let c: DesignDocument['nodes'][number] | undefined = n;
        c;
        c = c.parentId ? byId.get(c.parentId) : undefined
      ) {
        x += c.position.x
        y += c.position.y
      }
      const shape = outline(nodeGroup(svg, n.id))
      if (shape.tagName === 'rect' && n.kind !== 'clientPopulation') {
        expect(num(shape, 'x'), n.id).toBeCloseTo(x, 1)
        expect(num(shape, 'y'), n.id).toBeCloseTo(y, 1)
        expect(num(shape, 'x') + num(shape, 'width')).toBeLessThanOrEqual(vx + vw)
        expect(num(shape, 'y') + num(shape, 'height')).toBeLessThanOrEqual(vy + vh)
      }
      expect(x).toBeGreaterThanOrEqual(vx)
      expect(y).toBeGreaterThanOrEqual(vy)
    }
  })

  it('draws one line per connection, styled by kind, and a legend of exactly the kinds used', () => {
    const edges = Array.from(svg.querySelectorAll('g.edge'))
    expect(edges.map((e) => e.getAttribute('data-edge-id')).sort()).toEqual(doc.edges.map((e) => e.id).sort())
    for (const e of doc.edges) {
      const path = svg.querySelector(`g.edge[data-edge-id="${e.id}"] path`)
      expect(path?.getAttribute('stroke')).toBe(CONNECTION_KINDS[e.kind].line.color)
      expect(path?.getAttribute('stroke-dasharray') ?? '').toBe(CONNECTION_KINDS[e.kind].line.dash)
      expect(path?.getAttribute('marker-end')).toMatch(/^url\(#[\w-]+\)$/)
    }
    const legend = svg.querySelector('g.legend')?.textContent ?? ''
    for (const [kind, connection] of Object.entries(CONNECTION_KINDS))
      expect(legend.includes(connection.label), kind).toBe(doc.edges.some((e) => e.kind === kind))
  })

  it('marks each unsuppressed finding on its first element', () => {
    for (const f of findings.filter((x) => !x.suppressed)) {
      const marker = nodeGroup(svg, f.nodeIds[0] as string).querySelector(`g.marker-${f.severity}`)
      expect(marker, `${f.ruleId} on ${f.nodeIds[0]}`).not.toBeNull()
      expect(marker?.querySelector('title')?.textContent).toContain(f.ruleId)
    }
  })

  it('references nothing outside itself', () => {
    const withoutNamespace = markup.replace('xmlns="http://www.w3.org/2000/svg"', '')
    expect(withoutNamespace).not.toMatch(/https?:|href=|@import|<image|<foreignObject|<script/i)
  })
})

describe('drawing details', () => {
  it('grows a container without a stored size around its children', () => {
    const input = template('contoso')
    for (const n of input.nodes ?? []) if (n.id === 'srv-nyc-ss' || n.id === 'site-nyc') delete n.size
    const doc = fixture(input).build()
    const svg = parse(renderTopologySvg(doc))
    const server = outline(nodeGroup(svg, 'srv-nyc-ss'))
    const sup = outline(nodeGroup(svg, 'sup-nyc'))
    expect(num(server, 'y') + num(server, 'height')).toBeGreaterThan(num(sup, 'y') + num(sup, 'height'))
    expect(num(server, 'x') + num(server, 'width')).toBeGreaterThan(num(sup, 'x') + num(sup, 'width'))
    const site = outline(nodeGroup(svg, 'site-nyc'))
    const lastServer = outline(nodeGroup(svg, 'srv-nyc-cp2'))
    expect(num(site, 'x') + num(site, 'width')).toBeGreaterThan(
      num(lastServer, 'x') + num(lastServer, 'width'),
    )
  })

  it('shows each severity by its own shape and letter, with a count, and ignores suppressed findings', () => {
    const doc = fixture('lab').build()
    const svg = parse(
      renderTopologySvg(doc, {
        findings: [
          finding('CMG-HA-001', ['cmg-lab'], 'error'),
          finding('CMG-HA-002', ['cmg-lab'], 'warning'),
          finding('CMG-HA-003', ['cmg-lab'], 'warning'),
          finding('CMG-CAP-001', ['mp-lab'], 'info'),
          finding('CMG-CAP-002', ['sup-lab'], 'error', true),
        ],
      }),
    )
    const cmg = nodeGroup(svg, 'cmg-lab')
    const letter = (g: Element | null): string[] =>
      Array.from(g?.querySelectorAll('text') ?? []).map((t) => t.textContent ?? '')
    const error = cmg.querySelector('g.marker-error')
    const warning = cmg.querySelector('g.marker-warning')
    expect(error?.querySelector('polygon')?.getAttribute('points')?.split(' ')).toHaveLength(8)
    expect(letter(error)).toEqual(['E'])
    expect(warning?.querySelector('polygon')?.getAttribute('points')?.split(' ')).toHaveLength(4)
    expect(letter(warning)).toEqual(['2', 'W'])
    expect(warning?.querySelector('title')?.textContent).toBe('2 warnings: CMG-HA-002, CMG-HA-003')
    const info = nodeGroup(svg, 'mp-lab').querySelector('g.marker-info')
    expect(info?.querySelector('circle')).not.toBeNull()
    expect(letter(info)).toEqual(['i'])
    expect(nodeGroup(svg, 'sup-lab').querySelector('g.marker')).toBeNull()
    const legend = svg.querySelector('g.legend')?.textContent ?? ''
    expect(legend).toContain('Errors')
    expect(legend).toContain('Warnings')
    expect(legend).toContain('Info findings')
  })

  it('keeps hostile and overlong names as text, complete over several lines and in the tooltip', () => {
    const long = `${'<img src=x onerror=alert(1)> '.repeat(4)}end`
    const doc = fixture('lab')
      .set('cmg-lab', { name: long })
      .set('site-lab', { name: 'A & B <b>"x"</b>' })
      .add('note', 'note-1', { name: '', props: { text: '</text><script>alert(1)</script>\n\u0007bell' } })
      .build()
    const markup = renderTopologySvg(doc)
    const svg = parse(markup)
    expect(svg.querySelectorAll('script, img')).toHaveLength(0)
    const cmg = nodeGroup(svg, 'cmg-lab')
    expect(cmg.querySelector('title')?.textContent).toBe(`Cloud management gateway ${long}`)
    const shown = cmg.querySelector('text.name')
    expect(shown?.textContent).toBe(long)
    expect(shown?.querySelectorAll('tspan').length).toBeGreaterThan(2)
    expect(texts(nodeGroup(svg, 'site-lab'))).toContain('A & B <b>"x"</b>')
    expect(svg.querySelectorAll('b')).toHaveLength(0)
    expect(texts(nodeGroup(svg, 'note-1')).join(' ')).toContain('</text><script>alert(1)</script>')
  })

  it('tags elements with the name of their phase', () => {
    const svg = parse(renderTopologySvg(fixture('contoso').build()))
    expect(
      Array.from(nodeGroup(svg, 'cmg-granitefalls').querySelectorAll('text')).map((t) => t.textContent),
    ).toContain('Pilot')
    expect(
      Array.from(nodeGroup(svg, 'cp-nyc-2').querySelectorAll('text')).map((t) => t.textContent),
    ).toContain('Target')
    const untagged = parse(renderTopologySvg(fixture('contoso').build(), { phaseTags: false }))
    expect(
      Array.from(nodeGroup(untagged, 'cmg-granitefalls').querySelectorAll('text')).map((t) => t.textContent),
    ).not.toContain('Pilot')
  })

  it('draws an empty design as a small picture that says so', () => {
    const doc = fixture('lab').remove('site-lab').remove('sub-lab').remove('pop-lab').build()
    const svg = parse(renderTopologySvg(doc))
    expect(svg.querySelectorAll('g.node')).toHaveLength(0)
    expect(svg.textContent).toContain('This design has no elements yet.')
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(0)
  })

  it('gives its ids the prefix asked for, so two pictures can share a page', () => {
    const doc = fixture('contoso').build()
    const a = renderTopologySvg(doc, { idPrefix: 'first' })
    const b = renderTopologySvg(doc, { idPrefix: 'second' })
    const ids = (s: string) => Array.from(parse(s).querySelectorAll('[id]')).map((e) => e.id)
    expect(ids(a).every((x) => x.startsWith('first-'))).toBe(true)
    expect(ids(b).every((x) => x.startsWith('second-'))).toBe(true)
  })
})

/** Points along a routed connection's path, a cubic curve "Mx y Cx y x y x y". */
function pathPoints(d: string): { x: number; y: number }[] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = (d.match(/-?[\d.]+/g) ?? []).map(Number) as number[]
  const points = []
  for (let i = 0; i <= 96; i++) {
    const t = i / 96
    const u = 1 - t
    const at = (a: number, b: number, c: number, e: number): number =>
      u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * e
    points.push({ x: at(x0 ?? 0, x1 ?? 0, x2 ?? 0, x3 ?? 0), y: at(y0 ?? 0, y1 ?? 0, y2 ?? 0, y3 ?? 0) })
  }
  return points
}

/** The d attribute of every connection's path, in drawing order. */
const edgePaths = (markup: string): string[] =>
  Array.from(
    markup.matchAll(/<g class="edge [^"]*"[^>]*><title>[^<]*<\/title><path d="([^"]+)"/g),
    (m) => m[1] as string,
  )

describe('connection routing', () => {
  /**
   * Clients at (0, 0) pinned to a CMG far to their right, and optionally an empty Azure subscription
   * between them whose label band lies across the straight way.
   */
  function clientsAndCmg(blocked: boolean): DesignDocument {
    const f = fixture('lab')
      .remove('site-lab')
      .set('pop-lab', { position: { x: 0, y: 0 } })
      .set('sub-lab', { position: { x: 1000, y: -56 } })
      .edge('uses', 'pop-lab', 'cmg-lab')
    if (blocked) {
      const props = f.node('sub-lab').props
      f.add('azureSubscription', 'sub-between', { name: 'In the way', props })
      f.set('sub-between', { position: { x: 280, y: 20 } })
      Object.assign(f.node('sub-between'), { size: { width: 224, height: 128 } })
    }
    return f.build()
  }

  it('goes around a container label in the way, by leaving the element from another side', () => {
    const clear = parse(renderTopologySvg(clientsAndCmg(false)))
    const d = (svg: Element): string =>
      svg.querySelector('g.edge[data-edge-id="e-uses-pop-lab-cmg-lab"] path')?.getAttribute('d') ?? ''
    // Nothing in the way: out of the clients' right side (x 240, half way down their 84 px).
    expect(d(clear)).toMatch(/^M240 42C/)

    const svg = parse(renderTopologySvg(clientsAndCmg(true)))
    // The subscription's label band (its top 56 px) would be crossed; the curve leaves upwards instead.
    expect(d(svg)).toMatch(/^M120 0C120 -/)
    const band = { x0: 280, x1: 504, y0: 20, y1: 76 }
    const through = pathPoints(d(svg)).filter(
      (p) => p.x > band.x0 && p.x < band.x1 && p.y > band.y0 && p.y < band.y1,
    )
    expect(through).toEqual([])
  })

  it(`draws routed curves up to ${ROUTED_CONNECTIONS_MAX} connections and straight lines above`, () => {
    const normal = generateDesign(1_000)
    const curves = edgePaths(renderTopologySvg(normal))
    expect(curves).toHaveLength(normal.edges.length)
    expect(curves.every((d) => /^M[-\d.]+ [-\d.]+C([-\d.]+ [-\d.]+ ?){3}$/.test(d))).toBe(true)

    const large = generateDesign(7_000)
    expect(large.edges.length).toBeGreaterThan(ROUTED_CONNECTIONS_MAX)
    const markup = renderTopologySvg(large)
    const lines = edgePaths(markup)
    expect(lines).toHaveLength(large.edges.length)
    expect(lines.every((d) => /^M[-\d.]+ [-\d.]+L[-\d.]+ [-\d.]+$/.test(d))).toBe(true)
    expect(markup).toContain('each is drawn as a straight line')
  })
})
