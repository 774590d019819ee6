// The view a design opens at and the room kept for the boxes drawn over the canvas: a small design
// that would fit only at an unreadable zoom opens at 100 % (names at 12 px) from its top, its top
// site centred (or from its left edge), clear of the overlays; one that fits readably is fitted;
// overlays reserve the strips that leave the largest clear area.
import { describe, expect, it } from 'vitest'
import type { DesignNode } from '../../../src/shared/model/schema'
import {
  READABLE_ZOOM,
  VIEW_MARGIN,
  openingViewport,
  overlayInsets,
} from '../../../src/renderer/src/editor/zoom-level'

const site = (id: string, x: number, y: number, width: number, height: number) =>
  ({
    id,
    kind: 'site',
    name: id,
    position: { x, y },
    size: { width, height },
    props: {},
  }) as unknown as DesignNode

describe('overlay insets', () => {
  const pane = { width: 1000, height: 700 }

  it('keep a margin on every side when nothing is drawn over the canvas', () => {
    expect(overlayInsets(pane, [])).toEqual({
      top: VIEW_MARGIN,
      right: VIEW_MARGIN,
      bottom: VIEW_MARGIN,
      left: VIEW_MARGIN,
    })
  })

  it('reserve the strips that leave the largest clear area: map and legend share the right', () => {
    const map = { x: 785, y: 535, width: 200, height: 150 } // bottom-right, like the overview map
    const legend = { x: 735, y: 15, width: 250, height: 200 } // top-right
    const controls = { x: 15, y: 520, width: 32, height: 165 } // bottom-left
    const insets = overlayInsets(pane, [map, legend, controls])
    expect(insets.right).toBe(265 + VIEW_MARGIN)
    expect(insets.left).toBe(47 + VIEW_MARGIN)
    expect(insets.bottom).toBe(VIEW_MARGIN)
    expect(insets.top).toBe(VIEW_MARGIN)
  })
})

describe('overlay insets in a narrow canvas', () => {
  it('put the legend on the right with the map rather than across the top', () => {
    const pane = { width: 835, height: 800 }
    const legend = { x: 600, y: 15, width: 220, height: 190 }
    const map = { x: 620, y: 635, width: 200, height: 150 }
    const insets = overlayInsets(pane, [legend, map])
    expect(insets).toEqual({
      top: VIEW_MARGIN,
      right: 235 + VIEW_MARGIN,
      bottom: VIEW_MARGIN,
      left: VIEW_MARGIN,
    })
  })
})

describe('overlay insets for fitting a wide design', () => {
  it('put the legend across the top and the map along the bottom, keeping the width', () => {
    const pane = { width: 835, height: 800 }
    const legend = { x: 600, y: 15, width: 220, height: 190 }
    const map = { x: 620, y: 635, width: 200, height: 150 }
    const insets = overlayInsets(pane, [legend, map], { width: 1400, height: 300 })
    expect(insets.right).toBe(VIEW_MARGIN)
    expect(insets.top).toBe(205 + VIEW_MARGIN)
    expect(insets.bottom).toBe(165 + VIEW_MARGIN)
  })
})

describe('the view a design opens at', () => {
  const insets = { top: 40, right: 300, bottom: 30, left: 70 }

  it('is a fit when the fit keeps names readable', () => {
    const viewport = openingViewport({ nodes: [site('a', 0, 0, 400, 300)] }, 1400, 900, () => insets)!
    expect(viewport.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM)
    // Fitted inside the clear area.
    expect(viewport.x).toBeGreaterThanOrEqual(insets.left)
    expect(viewport.x + 400 * viewport.zoom).toBeLessThanOrEqual(1400 - insets.right)
  })

  it('is 100 % with the topmost site centred across the clear area when a fit would be smaller', () => {
    const nodes = [site('top', 0, 0, 400, 300), site('below', -800, 400, 2400, 600)]
    const viewport = openingViewport({ nodes }, 1400, 900, () => insets)!
    // The clear area runs from 70 to 1100: the top site spans 385 to 785.
    expect(viewport).toEqual({ x: 385, y: insets.top, zoom: READABLE_ZOOM })
  })

  it('starts at the left edge of a top site wider than the clear area, its name in view', () => {
    const nodes = [site('a', -200, 100, 1200, 800), site('b', 1200, 100, 1200, 900)]
    const viewport = openingViewport({ nodes }, 1400, 900, () => insets)!
    expect(viewport).toEqual({ x: insets.left + 200, y: insets.top - 100, zoom: READABLE_ZOOM })
  })

  it('leaves no empty band left of the design to centre its top site', () => {
    const nodes = [site('top', 0, 0, 400, 300), site('wide', 0, 400, 3000, 600)]
    const viewport = openingViewport({ nodes }, 1400, 900, () => insets)!
    expect(viewport).toEqual({ x: insets.left, y: insets.top, zoom: READABLE_ZOOM })
  })

  it('is the fit (far view) for a large design even when names are then unreadable', () => {
    const nodes = Array.from({ length: 200 }, (_, i) =>
      site(`s${i}`, (i % 20) * 500, Math.floor(i / 20) * 400, 400, 300),
    )
    const viewport = openingViewport({ nodes }, 1400, 900, () => insets)!
    expect(viewport.zoom).toBeLessThan(0.25)
  })
})
