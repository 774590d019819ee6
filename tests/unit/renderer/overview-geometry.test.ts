// The overview map's geometry: the map shows every element and the visible part of the canvas,
// centred with a margin; the visible area is where React Flow's transform puts the canvas; and the
// canvas under the map draws the view box exactly where the SVG frame above it does.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fitViewBox, overviewGeometry, visibleArea } from '../../../src/renderer/src/editor/overview-geometry'

const rect = fc.record({
  x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  width: fc.double({ min: 1, max: 1e5, noNaN: true }),
  height: fc.double({ min: 1, max: 1e5, noNaN: true }),
})
type Box = { x: number; y: number; width: number; height: number }
const unionRect = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}
const contains = (outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) => {
  const slack = 1e-6 * Math.max(outer.width, outer.height, 1)
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  )
}

describe('the overview map', () => {
  it('sees the visible area where the canvas shows it', () => {
    // Panned 200 px right and 100 px down at 50 %: flow (-400, -200) is at the canvas's corner.
    expect(visibleArea([200, 100, 0.5], 800, 600)).toEqual({ x: -400, y: -200, width: 1600, height: 1200 })
  })

  it('shows every element and the visible area, centred, in the map’s proportions', () => {
    fc.assert(
      fc.property(rect, rect, (content, visible) => {
        const g = overviewGeometry(content, visible, 200, 150)
        expect(contains(g.viewBox, unionRect(content, visible))).toBe(true)
        // The union fills the map in one direction (apart from the 5 px margin each side).
        const union = unionRect(content, visible)
        const filled = Math.max(
          union.width / (g.viewBox.width - 10 * g.viewScale),
          union.height / (g.viewBox.height - 10 * g.viewScale),
        )
        expect(filled).toBeCloseTo(1, 6)
        expect(g.viewBox.x + g.viewBox.width / 2).toBeCloseTo(union.x + union.width / 2, 3)
        expect(g.viewBox.y + g.viewBox.height / 2).toBeCloseTo(union.y + union.height / 2, 3)
      }),
    )
  })

  it('frames the visible area alone when the design is empty', () => {
    const visible = { x: 0, y: 0, width: 800, height: 600 }
    const g = overviewGeometry(null, visible, 200, 150)
    expect(g.viewScale).toBe(4)
    expect(g.viewBox).toEqual({ x: -20, y: -20, width: 840, height: 640 })
  })

  it('draws the view box into the map as SVG does: one scale, centred', () => {
    fc.assert(
      fc.property(rect, (viewBox) => {
        const { scale, offsetX, offsetY } = fitViewBox(viewBox, 400, 300)
        const left = viewBox.x * scale + offsetX
        const top = viewBox.y * scale + offsetY
        const right = (viewBox.x + viewBox.width) * scale + offsetX
        const bottom = (viewBox.y + viewBox.height) * scale + offsetY
        // Inside the map, touching two opposite edges, centred.
        expect(Math.min(left, top)).toBeGreaterThanOrEqual(-1e-6)
        expect(right).toBeLessThanOrEqual(400 + 1e-6)
        expect(bottom).toBeLessThanOrEqual(300 + 1e-6)
        expect(Math.max(right - left - 400, bottom - top - 300)).toBeCloseTo(0, 6)
        expect((left + right) / 2).toBeCloseTo(200, 6)
        expect((top + bottom) / 2).toBeCloseTo(150, 6)
      }),
    )
  })
})
