// The canvas's two levels of detail. Below FAR_ZOOM an element's 12 px text would be under 3 px, so
// the canvas draws every element as a plain box in its kind's colour with large severity and
// capacity marks (FarNodeView) and connections as plain lines: text, icons and fine dashes of 1,000
// elements would otherwise be most of every frame's cost there (docs/performance.md). Also the view
// a design opens at, computed from the document so the first render is already at the right level
// of detail, and the padding that keeps a fit or a reveal clear of the boxes drawn over the canvas
// (overview map, legend, controls, toolbars). Runs in the renderer.
import { getViewportForBounds, type ReactFlowState, type Viewport } from '@xyflow/react'
import type { Padding } from '@xyflow/system'
import type { DesignDocument } from '../../../shared/model/document'
import { designBounds, nodeSize, type Rect, type Size } from '../design/geometry'

export const FAR_ZOOM = 0.25
export const isFar = (s: Pick<ReactFlowState, 'transform'>): boolean => s.transform[2] < FAR_ZOOM

export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 2.5
/** The largest zoom "zoom to fit" and opening a design frame it at. */
export const FIT_MAX_ZOOM = 1.25
/**
 * Element names are 12 px or more in design units (styles/canvas.css), so at this zoom or more
 * every name is at least 12 px on screen: readable on a projector.
 */
export const READABLE_ZOOM = 1
/**
 * A design with more elements than this opens fitted even when the fit is below READABLE_ZOOM: its
 * overview (often the far view of boxes) matters more than reading one corner of it. The templates
 * have at most 20 elements.
 */
export const LARGE_DESIGN = 150
/**
 * Screen pixels kept between the design and the canvas's edge or an overlay: enough to start a box
 * selection beside an outer element without React Flow auto-panning (it pans within 40 px of the
 * edge while a selection box is drawn).
 */
export const VIEW_MARGIN = 64

/** Screen pixels to keep clear on each side of the canvas. */
export interface Insets {
  readonly top: number
  readonly right: number
  readonly bottom: number
  readonly left: number
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const

/**
 * How much of each side of a `pane`-sized canvas to keep clear so that nothing framed there lies
 * under one of the `overlays` (boxes relative to the canvas's top-left). Each overlay reserves a
 * strip along one side, chosen so that `content` (a box to fit) fits at the largest zoom, or
 * without one so that the clear area left is the largest (the overview map and the legend, both on
 * the right, may share one strip there); VIEW_MARGIN is added all round.
 */
export function overlayInsets(pane: Size, overlays: readonly Rect[], content?: Size): Insets {
  const boxes = overlays.filter((o) => o.width > 0 && o.height > 0)
  const needs = boxes.map((o): Insets => ({
    top: o.y + o.height,
    right: pane.width - o.x,
    bottom: pane.height - o.y,
    left: o.x + o.width,
  }))
  const none: Insets = { top: 0, right: 0, bottom: 0, left: 0 }
  const area = (i: Insets) => {
    const width = Math.max(0, pane.width - i.left - i.right)
    const height = Math.max(0, pane.height - i.top - i.bottom)
    return content ? Math.min(width / content.width, height / content.height) : width * height
  }
  // Every choice of side per overlay (a handful of overlays: at most a few hundred choices).
  const best = needs.reduce<Insets[]>(
    (choices, need) =>
      choices.flatMap((inset) =>
        SIDES.map((side) => ({ ...inset, [side]: Math.max(inset[side], need[side]) })),
      ),
    [none],
  )
  const chosen = best.reduce((a, b) => (area(b) > area(a) ? b : a))
  return {
    top: chosen.top + VIEW_MARGIN,
    right: chosen.right + VIEW_MARGIN,
    bottom: chosen.bottom + VIEW_MARGIN,
    left: chosen.left + VIEW_MARGIN,
  }
}

/** What is drawn over the canvas: React Flow's panels and the editor's floating toolbars. */
const OVERLAY_SELECTOR = '.react-flow__panel, .find-bar, .align-toolbar'

/**
 * The insets that keep clear of every overlay now drawn over the React Flow canvas `pane`
 * (the overlays are looked up in the canvas area around it).
 */
export function measureInsets(pane: HTMLElement, content?: Size): Insets {
  const frame = pane.getBoundingClientRect()
  const area = pane.closest('.canvas-area') ?? pane
  const overlays = [...area.querySelectorAll(OVERLAY_SELECTOR)].map((element) => {
    const box = element.getBoundingClientRect()
    return { x: box.left - frame.left, y: box.top - frame.top, width: box.width, height: box.height }
  })
  return overlayInsets(frame, overlays, content)
}

const px = (n: number): `${number}px` => `${n}px`

/** React Flow's fitView padding for `insets`, plus `extra` pixels on every side. */
export const paddingFor = (insets: Insets, extra = 0): Padding => ({
  top: px(insets.top + extra),
  right: px(insets.right + extra),
  bottom: px(insets.bottom + extra),
  left: px(insets.left + extra),
})

/**
 * The viewport a design opens at in a canvas of `width`×`height` with `insetsFor` kept clear (for
 * fitting a box of some size, or for the largest clear area),
 * computed from the document (every element has a known size) rather than by React Flow's fitView
 * after measuring. Rule: the whole design is fitted when the fit keeps names readable (zoom ≥
 * READABLE_ZOOM) or the design is large (more than LARGE_DESIGN elements: the far view); otherwise
 * it opens at READABLE_ZOOM with its top at the top of the clear area and its topmost top-level
 * site (else element) centred across it (from its left edge when wider), as far as that leaves no
 * empty band beside the design.
 * Undefined for an empty design or a canvas not laid out yet.
 */
export function openingViewport(
  doc: Pick<DesignDocument, 'nodes'>,
  width: number,
  height: number,
  insetsFor: (content?: Size) => Insets,
): Viewport | undefined {
  const bounds = width > 0 && height > 0 ? designBounds(doc) : null
  if (!bounds) return undefined
  const fitInsets = paddingFor(insetsFor(bounds))
  const fit = getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_MAX_ZOOM, fitInsets)
  if (fit.zoom >= READABLE_ZOOM || doc.nodes.length > LARGE_DESIGN) return fit
  const zoom = READABLE_ZOOM
  const insets = insetsFor()
  const topLevel = doc.nodes.filter((n) => n.parentId === undefined)
  const sites = topLevel.filter((n) => n.kind === 'site')
  const anchor = (sites.length > 0 ? sites : topLevel).reduce((best, n) =>
    n.position.y < best.position.y || (n.position.y === best.position.y && n.position.x < best.position.x)
      ? n
      : best,
  )
  const clearLeft = insets.left
  const clearRight = width - insets.right
  const anchorWidth = nodeSize(anchor).width * zoom
  // The anchor centred across the clear area, or from its left edge when it is wider than that.
  const anchorLeft =
    anchorWidth <= clearRight - clearLeft ? (clearLeft + clearRight - anchorWidth) / 2 : clearLeft
  const start = anchorLeft - anchor.position.x * zoom
  // Neither the design's left edge right of the clear area's, nor its right edge left of the clear
  // area's right (when it is wider than the clear area; else centred on the anchor, kept whole).
  const noGapLeft = clearLeft - bounds.x * zoom
  const noGapRight = clearRight - (bounds.x + bounds.width) * zoom
  const x = Math.min(Math.max(start, Math.min(noGapLeft, noGapRight)), Math.max(noGapLeft, noGapRight))
  return { x, y: insets.top - bounds.y * zoom, zoom }
}
