// Opening a design and presenting it both frame the box around every element: nested elements
// count at their absolute position, and a design without elements has no box (nothing to fit).
import { describe, expect, it } from 'vitest'
import { absoluteRect, designBounds, indexNodes } from '../../../src/renderer/src/design/geometry'
import { fittedViewport } from '../../../src/renderer/src/editor/zoom-level'
import { generateDesign } from '../../../src/shared/testing/generate-design'

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
    // The padding leaves a margin on the tighter axis.
    expect(Math.min(left, 1000 - right, top, 700 - bottom)).toBeGreaterThan(0)
  })
})
