// @vitest-environment happy-dom
// The draw.io files of the templates drawn from their cells alone, as a diagram viewer would: no
// draw.io viewer can be installed from the package registries here, so this test reads each
// <mxCell> (geometry relative to its parent, fill and stroke from its style, the label's text),
// draws every vertex and every edge as SVG, and rasterises it with rsvg-convert into
// test-results/drawio/<template>.png for a person to look at. It checks what the drawing shows:
// every vertex lies inside its container's and every edge joins two drawn vertices.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderDrawio } from '../../../src/shared/export/drawio'
import { fixture, type TemplateId } from '../../../src/shared/testing/fixture'
import { HAS_RSVG, inkedPixels } from '../../support/png'

const OUT = join(__dirname, '..', '..', '..', 'test-results', 'drawio')

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

interface Vertex extends Box {
  readonly id: string
  readonly parent: string
  readonly label: string
  readonly fill: string
  readonly stroke: string
}

const styleOf = (cell: Element): Map<string, string> =>
  new Map(
    (cell.getAttribute('style') ?? '')
      .split(';')
      .filter((part) => part.includes('='))
      .map((part) => part.split('=') as [string, string]),
  )

/** The label's visible text, the way draw.io shows an HTML label: tags dropped, lines kept. */
function labelText(html: string): string {
  const element = document.createElement('div')
  element.innerHTML = html.replace(/<br\s*\/?>/g, '\n')
  return element.textContent ?? ''
}

/** Every vertex with its absolute box, and every edge's two ends, read from the file's cells. */
function readCells(xml: string): { vertices: Map<string, Vertex>; edges: [string, string][] } {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  const relative = new Map<string, Vertex>()
  const edges: [string, string][] = []
  for (const cell of Array.from(doc.getElementsByTagName('mxCell'))) {
    const id = cell.parentElement?.tagName === 'object' ? (cell.parentElement.getAttribute('id') ?? '') : ''
    if (cell.getAttribute('edge') === '1') {
      edges.push([cell.getAttribute('source') ?? '', cell.getAttribute('target') ?? ''])
      continue
    }
    if (cell.getAttribute('vertex') !== '1') continue
    const geometry = cell.getElementsByTagName('mxGeometry')[0]
    const style = styleOf(cell)
    relative.set(id, {
      id,
      parent: cell.getAttribute('parent') ?? '1',
      x: Number(geometry?.getAttribute('x') ?? 0),
      y: Number(geometry?.getAttribute('y') ?? 0),
      width: Number(geometry?.getAttribute('width') ?? 0),
      height: Number(geometry?.getAttribute('height') ?? 0),
      label: labelText(cell.parentElement?.getAttribute('label') ?? ''),
      fill: style.get('fillColor') ?? '#ffffff',
      stroke: style.get('strokeColor') ?? '#000000',
    })
  }
  const absolute = new Map<string, Vertex>()
  const place = (v: Vertex): Vertex => {
    const known = absolute.get(v.id)
    if (known) return known
    const parent = relative.get(v.parent)
    const origin = parent ? place(parent) : { x: 0, y: 0 }
    const placed = { ...v, x: v.x + origin.x, y: v.y + origin.y }
    absolute.set(v.id, placed)
    return placed
  }
  for (const v of relative.values()) place(v)
  return { vertices: absolute, edges }
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })

function drawCells(vertices: ReadonlyMap<string, Vertex>, edges: readonly [string, string][]): string {
  const all = [...vertices.values()]
  const left = Math.min(...all.map((v) => v.x)) - 20
  const top = Math.min(...all.map((v) => v.y)) - 20
  const width = Math.max(...all.map((v) => v.x + v.width)) + 20 - left
  const height = Math.max(...all.map((v) => v.y + v.height)) + 20 - top
  const shapes = all.map(
    (v) =>
      `<rect x="${v.x}" y="${v.y}" width="${v.width}" height="${v.height}" rx="6" fill="${v.fill}" stroke="${v.stroke}"/>` +
      v.label
        .split('\n')
        .map(
          (line, i) =>
            `<text x="${v.x + 6}" y="${v.y + 14 + i * 13}" font-family="sans-serif" font-size="11">${escape(line)}</text>`,
        )
        .join(''),
  )
  const lines = edges.flatMap(([source, target]) => {
    const a = vertices.get(source)
    const b = vertices.get(target)
    if (!a || !b) return []
    const from = centre(a)
    const to = centre(b)
    return [
      `<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="#555" stroke-width="1.5"/>`,
    ]
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><rect x="${left}" y="${top}" width="${width}" height="${height}" fill="#fff"/>${shapes.join('')}${lines.join('')}</svg>`
}

describe.each(['contoso', 'fourth-coffee', 'lab'] as TemplateId[])(
  'the %s draw.io file drawn from its cells',
  (id) => {
    const doc = fixture(id).build()
    const { vertices, edges } = readCells(renderDrawio(doc))

    it('places every element inside its container and joins every connection', () => {
      expect(vertices.size).toBe(doc.nodes.length)
      for (const v of vertices.values()) {
        const parent = vertices.get(v.parent)
        if (!parent) continue
        expect(v.x, `${v.label} left`).toBeGreaterThanOrEqual(parent.x)
        expect(v.y, `${v.label} top`).toBeGreaterThanOrEqual(parent.y)
        expect(v.x + v.width, `${v.label} right`).toBeLessThanOrEqual(parent.x + parent.width)
        expect(v.y + v.height, `${v.label} bottom`).toBeLessThanOrEqual(parent.y + parent.height)
      }
      expect(edges).toHaveLength(doc.edges.length)
      for (const [source, target] of edges) {
        expect(vertices.has(source)).toBe(true)
        expect(vertices.has(target)).toBe(true)
      }
      for (const n of doc.nodes)
        expect([...vertices.values()].some((v) => v.label.includes(n.name))).toBe(true)
    })

    it.skipIf(!HAS_RSVG)('draws with visible content (test-results/drawio)', () => {
      const svg = drawCells(vertices, edges)
      const run = spawnSync('rsvg-convert', ['-f', 'png'], { input: svg, maxBuffer: 64 * 1024 * 1024 })
      expect(run.status, run.stderr.toString()).toBe(0)
      mkdirSync(OUT, { recursive: true })
      writeFileSync(join(OUT, `${id}.png`), run.stdout)
      const { width, height, inked } = inkedPixels(run.stdout)
      expect(width).toBeGreaterThan(300)
      expect(inked / (width * height)).toBeGreaterThan(0.02)
    })
  },
)
