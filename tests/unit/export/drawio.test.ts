// @vitest-environment happy-dom
// The draw.io export (src/shared/export/drawio.ts), read back with an XML parser: for every template
// and a generated 1,000-element design, one vertex per element inside its container's vertex at the
// element's own (parent-relative) position, one edge per connection between the right vertices,
// the element's properties as shape data, kind colours in the styles, hostile names kept as text,
// and a chosen phase leaving out later elements.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderDrawio } from '../../../src/shared/export/drawio'
import { KINDS } from '../../../src/shared/kinds'
import type { DesignDocument } from '../../../src/shared/model/document'
import { fixture, type TemplateId } from '../../../src/shared/testing/fixture'
import { generateDesign } from '../../../src/shared/testing/generate-design'

const TEMPLATES = readdirSync(join(__dirname, '..', '..', '..', 'resources', 'templates'))
  .filter((f) => f.endsWith('.cmgd'))
  .map((f) => f.replace(/\.cmgd$/, '') as TemplateId)

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  const error = doc.getElementsByTagName('parsererror')[0]
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`)
  return doc
}

interface Cell {
  readonly object: Element
  readonly cell: Element
}
/** Every <object> with its <mxCell>, by the object's id. */
function cells(xml: Document): Map<string, Cell> {
  const out = new Map<string, Cell>()
  for (const object of Array.from(xml.getElementsByTagName('object'))) {
    const cell = object.getElementsByTagName('mxCell')[0]
    if (!cell) throw new Error(`object ${object.getAttribute('id')} has no mxCell`)
    out.set(object.getAttribute('id') ?? '', { object, cell })
  }
  return out
}

const CASES: [string, () => DesignDocument][] = [
  ...TEMPLATES.map((id): [string, () => DesignDocument] => [`the ${id} template`, () => fixture(id).build()]),
  ['a generated 1,000-element design', () => generateDesign(1_000)],
]

describe.each(CASES)('the draw.io file of %s', (_, make) => {
  const doc = make()
  const xml = parse(renderDrawio(doc))
  const all = cells(xml)

  it('is an mxfile with one diagram and the two root cells', () => {
    expect(xml.documentElement.tagName).toBe('mxfile')
    expect(xml.getElementsByTagName('diagram')).toHaveLength(1)
    const roots = Array.from(xml.getElementsByTagName('mxCell')).filter(
      (c) => !c.getAttribute('vertex') && !c.getAttribute('edge'),
    )
    expect(roots.map((c) => [c.getAttribute('id'), c.getAttribute('parent')])).toEqual([
      ['0', null],
      ['1', '0'],
    ])
  })

  it('has one vertex per element, inside its container, at its own position', () => {
    const vertices = [...all.values()].filter((c) => c.cell.getAttribute('vertex') === '1')
    expect(vertices).toHaveLength(doc.nodes.length)
    const order = [...all.keys()]
    for (const n of doc.nodes) {
      const c = all.get(`node-${n.id}`)
      expect(c, n.id).toBeDefined()
      const parent = n.parentId === undefined ? '1' : `node-${n.parentId}`
      expect(c?.cell.getAttribute('parent')).toBe(parent)
      // A parent cell comes before its children, so draw.io finds it.
      if (n.parentId !== undefined) expect(order.indexOf(parent)).toBeLessThan(order.indexOf(`node-${n.id}`))
      const geometry = c?.cell.getElementsByTagName('mxGeometry')[0]
      expect(Number(geometry?.getAttribute('x'))).toBeCloseTo(n.position.x, 1)
      expect(Number(geometry?.getAttribute('y'))).toBeCloseTo(n.position.y, 1)
      expect(c?.object.getAttribute('elementId')).toBe(n.id)
      expect(c?.object.getAttribute('name')).toBe(n.name)
      expect(c?.cell.getAttribute('style')).toContain(`strokeColor=${KINDS[n.kind].colour.line}`)
      if (KINDS[n.kind].container) expect(c?.cell.getAttribute('style')).toContain('container=1')
    }
  })

  it('has one edge per connection, from its source to its target', () => {
    const edges = [...all.values()].filter((c) => c.cell.getAttribute('edge') === '1')
    expect(edges).toHaveLength(doc.edges.length)
    for (const e of doc.edges) {
      const c = all.get(`edge-${e.id}`)
      expect(c?.cell.getAttribute('source')).toBe(`node-${e.source}`)
      expect(c?.cell.getAttribute('target')).toBe(`node-${e.target}`)
    }
  })
})

describe('draw.io details', () => {
  it('keeps every property as shape data and hostile names as text', () => {
    const name = '</object><mxCell id="1"/> & "quoted"\nnext line'
    const doc = fixture('lab').set('cmg-lab', { name }).build()
    const cmg = doc.nodes.find((n) => n.id === 'cmg-lab')
    if (!cmg) throw new Error('the lab template has cmg-lab')
    const xml = parse(renderDrawio(doc))
    const object = cells(xml).get('node-cmg-lab')?.object
    expect(object?.getAttribute('name')).toBe(name)
    expect(object?.getAttribute('kind')).toBe('Cloud management gateway')
    for (const [key, value] of Object.entries(cmg.props as Record<string, unknown>))
      expect(object?.getAttribute(key), key).toBe(typeof value === 'string' ? value : JSON.stringify(value))
    // The label is HTML for draw.io: the name is escaped in it, not markup.
    expect(object?.getAttribute('label')).toContain('&lt;/object&gt;')
    expect(xml.getElementsByTagName('mxCell').length).toBe(cells(xml).size + 2)
  })

  it('draws the design at a chosen phase', () => {
    const doc = fixture('contoso').build()
    const [first, ...later] = doc.design.phases
    if (!first) throw new Error('contoso has phases')
    const laterIds = new Set(later.map((p) => p.id))
    const all = cells(parse(renderDrawio(doc, { phase: first.id })))
    const inLater = doc.nodes.filter((n) => n.phase !== undefined && laterIds.has(n.phase))
    expect(inLater.length).toBeGreaterThan(0)
    for (const n of inLater) expect(all.has(`node-${n.id}`)).toBe(false)
    expect(all.size).toBeGreaterThan(0)
  })
})
