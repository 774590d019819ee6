// Opening a design and presenting it both frame the box around every element: nested elements
// count at their absolute position, and a design without elements has no box (nothing to fit). A
// large design (300 elements here) opens fitted.
import { describe, expect, it } from 'vitest'
import { absoluteRect, designBounds, indexNodes } from '../../../src/renderer/src/design/geometry'
import { openingViewport, type Insets } from '../../../src/renderer/src/editor/zoom-level'
import { generateDesign } from '../../../src/shared/testing/generate-design'

const NO_OVERLAYS: Insets = { top: 0, right: 0, bottom: 0, left: 0 }
const fittedViewport = (d: Parameters<typeof openingViewport>[0], width: number, height: number) =>
  openingViewport(d, width, height, () => NO_OVERLAYS)

describe('the box around a design', () => {
  const doc = generateDesign(300, 4)

  it('holds every element, nested ones at their absolute position, and touches the outermost', () => {
    const box = designBounds(doc)!
    const index = indexNodes(doc)
    const rects = doc.nodes.map((n) => absoluteRect(index, n.id)!)
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(box.x)
      expect(r.y).toBeGreaterThanOrEqual(box.y)
      expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width)
      expect(r.y + r.height).toBeLessThanOrEqual(box.y + box.height)
    }
    expect(Math.min(...rects.map((r) => r.x))).toBe(box.x)
    expect(Math.max(...rects.map((r) => r.y + r.height))).toBe(box.y + box.height)
  })

  it('is absent for an empty design, which is then not fitted', () => {
    expect(designBounds({ nodes: [] })).toBeNull()
    expect(fittedViewport({ nodes: [] }, 800, 600)).toBeUndefined()
    expect(fittedViewport(doc, 0, 0)).toBeUndefined()
  })

  it('fits a design into the canvas with the zoom-to-fit padding', () => {
    const box = designBounds(doc)!
    const viewport = fittedViewport(doc, 1000, 700)!
    const left = box.x * viewport.zoom + viewport.x
    const right = (box.x + box.width) * viewport.zoom + viewport.x
    expect(left).toBeGreaterThanOrEqual(0)
    expect(right).toBeLessThanOrEqual(1000)
    const top = box.y * viewport.zoom + viewport.y
    const bottom = (box.y + box.height) * viewport.zoom + viewport.y
    expect(top).toBeGreaterThanOrEqual(0)
    expect(bottom).toBeLessThanOrEqual(700)
    // The far view, not a readable corner: 300 elements do not fit at 100 %.
    expect(viewport.zoom).toBeLessThan(1)
  })
})
