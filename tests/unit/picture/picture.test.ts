// @vitest-environment jsdom
// The one picture of a design (src/shared/report/topology-svg.ts) as the SVG and PNG exports and the
// report use it: for every template and a generated 1,000-element design it is plain SVG (no
// foreignObject, nothing loaded from outside) with every element's full name as text, and librsvg
// (rsvg-convert, what many viewers use) draws it with visible content; long names wrap and grow the
// element instead of being cut; the dark theme and a chosen phase change what is drawn.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DesignDocument } from '../../../src/shared/model/document'
import { nodeName } from '../../../src/shared/report/labels'
import { renderTopologySvg, wrapName } from '../../../src/shared/report/topology-svg'
import { evaluateDesign } from '../../../src/shared/rules/engine'
import { fixture, type TemplateId } from '../../../src/shared/testing/fixture'
import { generateDesign } from '../../../src/shared/testing/generate-design'
import { HAS_RSVG, inkedPixels } from '../../support/png'

const TEMPLATES = readdirSync(join(__dirname, '..', '..', '..', 'resources', 'templates'))
  .filter((f) => f.endsWith('.cmgd'))
  .map((f) => f.replace(/\.cmgd$/, '') as TemplateId)

if (!HAS_RSVG)
  console.warn('rsvg-convert is not installed (Debian: librsvg2-bin): the rendering checks are skipped.')

function parse(svg: string): Element {
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const error = xml.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`)
  return xml.documentElement
}

const CASES: [string, () => DesignDocument][] = [
  ...TEMPLATES.map((id): [string, () => DesignDocument] => [`the ${id} template`, () => fixture(id).build()]),
  ['a generated 1,000-element design', () => generateDesign(1_000)],
]

describe.each(CASES)('the picture of %s', (_, make) => {
  const doc = make()
  const markup = renderTopologySvg(doc, { findings: evaluateDesign(doc).findings })
  const svg = parse(markup)

  it('is plain SVG with every element’s full name as text', () => {
    expect(markup).not.toMatch(/foreignObject|<image|href=|url\((?!#)/i)
    const names = new Map(
      Array.from(svg.querySelectorAll('g.node')).map((g) => [
        g.getAttribute('data-node-id'),
        Array.from(g.children).find((c) => c.getAttribute('class') === 'name')?.textContent,
      ]),
    )
    for (const n of doc.nodes) {
      if (n.kind === 'note' && n.name.trim() === '') continue
      expect(names.get(n.id), n.id).toBe(nodeName(n))
    }
  })

  it.skipIf(!HAS_RSVG)('is drawn by rsvg-convert with visible content', () => {
    const big = Number(svg.getAttribute('width')) > 3000 || Number(svg.getAttribute('height')) > 3000
    const run = spawnSync('rsvg-convert', ['-f', 'png', ...(big ? ['-z', '0.25'] : [])], {
      input: markup,
      maxBuffer: 256 * 1024 * 1024,
    })
    expect(run.status, run.stderr.toString()).toBe(0)
    const { width, height, inked } = inkedPixels(run.stdout)
    expect(width).toBeGreaterThan(200)
    expect(inked / (width * height)).toBeGreaterThan(0.02)
  })
})

describe('names, themes and phases', () => {
  it('wraps a long name over several lines that join to the name, breaking long words', () => {
    const name = 'CMGCP-SRV01.corp.contoso.example.com connection point for the North America region'
    const lines = wrapName(name, 150, 13)
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.join('')).toBe(name)
  })

  it('grows an element with a long name so the name stays inside it', () => {
    const long = 'Management point for the clients of the North America region, internet-facing'
    const doc = fixture('lab').build()
    const role = doc.nodes.find((n) => n.kind === 'managementPoint')
    if (!role) throw new Error('the lab template has a management point')
    const plain = parse(renderTopologySvg(doc))
    const grown = parse(
      renderTopologySvg({
        ...doc,
        nodes: doc.nodes.map((n) => (n.id === role.id ? { ...n, name: long } : n)),
      }),
    )
    const height = (svg: Element) =>
      Number(svg.querySelector(`g.node[data-node-id="${role.id}"] rect`)?.getAttribute('height'))
    const spans = grown.querySelectorAll(`g.node[data-node-id="${role.id}"] text.name tspan`)
    expect(spans.length).toBeGreaterThan(1)
    expect(height(grown)).toBeGreaterThanOrEqual(height(plain) + (spans.length - 1) * 16)
  })

  it('moves the elements below a grown one down, so long names never make elements overlap', () => {
    const doc = fixture('lab').build()
    const long = (name: string) =>
      `${name} with a much longer descriptive name CMGCP-SRV01.corp.contoso.example.com`
    const grown = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, name: long(n.name) })) }
    const svg = parse(renderTopologySvg(grown))
    const box = (id: string) => {
      const g = svg.querySelector(`g.node[data-node-id="${id}"]`)
      const own = svg.querySelector(`g.outline[data-node-id="${id}"]`) ?? g
      const r = own?.querySelector('rect, polygon, path')
      const points = (r?.getAttribute('points') ?? '').split(/[ ,]/).map(Number)
      if (r?.tagName === 'polygon')
        return {
          x: Math.min(...points.filter((_, i) => i % 2 === 0)),
          y: Math.min(...points.filter((_, i) => i % 2 === 1)),
          w: 0,
          h: 0,
        }
      return {
        x: Number(r?.getAttribute('x')),
        y: Number(r?.getAttribute('y')),
        w: Number(r?.getAttribute('width')),
        h: Number(r?.getAttribute('height')),
      }
    }
    const siblings = new Map<string, string[]>()
    for (const n of grown.nodes)
      siblings.set(n.parentId ?? '', [...(siblings.get(n.parentId ?? '') ?? []), n.id])
    let pairs = 0
    for (const ids of siblings.values())
      for (const a of ids)
        for (const b of ids) {
          if (a >= b) continue
          const p = box(a)
          const q = box(b)
          if (p.w === 0 || q.w === 0) continue
          pairs++
          const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h
          expect(overlap, `${a} and ${b}`).toBe(false)
        }
    expect(pairs).toBeGreaterThan(2)
  })

  it('draws the dark theme on a dark background with light names', () => {
    const doc = fixture('contoso').build()
    const light = parse(renderTopologySvg(doc))
    const dark = parse(renderTopologySvg(doc, { theme: 'dark' }))
    const background = (svg: Element) => svg.querySelector(':scope > rect')?.getAttribute('fill')
    expect(background(light)).toBe('#ffffff')
    expect(background(dark)).not.toBe('#ffffff')
    const luminance = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16)
    expect(luminance(background(dark) ?? '#ffffff')).toBeLessThan(100)
    expect(luminance(dark.querySelector('text.name')?.getAttribute('fill') ?? '#000000')).toBeGreaterThan(400)
  })

  it('draws the design at a chosen phase, without the elements of later phases', () => {
    const doc = fixture('contoso').build()
    const [first, ...later] = doc.design.phases
    if (!first || later.length === 0) throw new Error('contoso has several phases')
    const svg = parse(renderTopologySvg(doc, { phase: first.id }))
    const drawn = new Set(
      Array.from(svg.querySelectorAll('g.node')).map((g) => g.getAttribute('data-node-id')),
    )
    const laterIds = new Set(later.map((p) => p.id))
    const inLater = doc.nodes.filter((n) => n.phase !== undefined && laterIds.has(n.phase))
    expect(inLater.length).toBeGreaterThan(0)
    for (const n of inLater) expect(drawn.has(n.id)).toBe(false)
    expect(drawn.size).toBeGreaterThan(0)
    expect(svg.querySelector('title')?.textContent).toContain(first.name)
  })
})
