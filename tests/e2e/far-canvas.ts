// Where the elements of a generated design are on screen while the far layer draws them (far zoom:
// most elements are not DOM nodes, so tests find them by geometry, as a user finds them by eye):
// the design's scene (the same generator and scene code the app runs), React Flow's viewport read
// from the page, and elements whose centre is on screen, clear of the overlays, and drawn on top.
// Shared by the far-zoom and drag render-count e2e tests.
import type { Page } from '@playwright/test'
import { buildScene, elementAt, type Scene, type SceneElement } from '../../src/renderer/src/editor/far-scene'
import { generateDesign } from '../../src/shared/testing/generate-design'
import type { DesignDocument } from '../../src/shared/model/document'

export interface GeneratedScene {
  readonly doc: DesignDocument
  readonly scene: Scene
}

/** The design `?generate=<nodes>&seed=<seed>` opens, and its scene with nothing being dragged. */
export function generatedScene(nodes: number, seed = 1): GeneratedScene {
  const doc = generateDesign(nodes, seed)
  return { doc, scene: buildScene(doc.nodes, doc.edges, { positions: new Map(), sizes: new Map() }) }
}

export interface View {
  readonly x: number
  readonly y: number
  readonly zoom: number
  /** The canvas and the boxes drawn over it (panels), in client coordinates. */
  readonly pane: { left: number; top: number; right: number; bottom: number }
  readonly overlays: readonly { left: number; top: number; right: number; bottom: number }[]
}

/** React Flow's viewport (from its transform) and the canvas's overlays, as now drawn. */
export async function readView(page: Page): Promise<View> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')!
    const viewport = flow.querySelector<HTMLElement>('.react-flow__viewport')!
    const match = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(viewport.style.transform)
    const frame = flow.getBoundingClientRect()
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })
    return {
      x: frame.left + Number(match?.[1]),
      y: frame.top + Number(match?.[2]),
      zoom: Number(match?.[3]),
      pane: box(frame),
      overlays: [...flow.querySelectorAll('.react-flow__panel')].map((p) => box(p.getBoundingClientRect())),
    }
  })
}

/** Where a canvas point is drawn, in client coordinates. */
export const toScreen = (view: View, point: { x: number; y: number }) => ({
  x: view.x + point.x * view.zoom,
  y: view.y + point.y * view.zoom,
})

/** The canvas point under a client point. */
export const toCanvas = (view: View, point: { x: number; y: number }) => ({
  x: (point.x - view.x) / view.zoom,
  y: (point.y - view.y) / view.zoom,
})

export const centreOf = (e: SceneElement) => ({ x: e.x + e.width / 2, y: e.y + e.height / 2 })

/**
 * Up to `count` elements passing `wanted` whose centre is on screen at least `room` pixels inside
 * the canvas, outside every overlay, and where the element is the one drawn on top.
 */
export function clearElements(
  { scene }: GeneratedScene,
  view: View,
  wanted: (e: SceneElement) => boolean,
  count: number,
  room = 60,
): SceneElement[] {
  const out: SceneElement[] = []
  for (const e of scene.elements) {
    if (out.length === count) break
    if (!wanted(e)) continue
    const centre = centreOf(e)
    const at = toScreen(view, centre)
    const inside =
      at.x > view.pane.left + room &&
      at.x < view.pane.right - room &&
      at.y > view.pane.top + room &&
      at.y < view.pane.bottom - room
    const covered = view.overlays.some(
      (o) => at.x >= o.left - 8 && at.x <= o.right + 8 && at.y >= o.top - 8 && at.y <= o.bottom + 8,
    )
    if (inside && !covered && elementAt(scene, centre)?.id === e.id) out.push(e)
  }
  return out
}
