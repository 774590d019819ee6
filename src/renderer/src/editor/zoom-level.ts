// The canvas's two levels of detail. Below FAR_ZOOM an element's 12 px text would be under 3 px, so
// the canvas draws every element as a plain box in its kind's colour with large severity and
// capacity marks (FarNodeView) and connections as plain lines: text, icons and fine dashes of 1,000
// elements would otherwise be most of every frame's cost there (docs/performance.md). Also the fit
// applied when a design opens, computed from the document so the first render is already at the
// right level of detail. Runs in the renderer.
import { getViewportForBounds, type ReactFlowState, type Viewport } from '@xyflow/react'
import type { DesignDocument } from '../../../shared/model/document'
import { designBounds } from '../design/geometry'

export const FAR_ZOOM = 0.25
export const isFar = (s: ReactFlowState): boolean => s.transform[2] < FAR_ZOOM

export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 2.5
/** How "zoom to fit" and opening a design frame it. */
export const FIT_OPTIONS = { padding: 0.12, maxZoom: 1.25 }

/**
 * The viewport that fits the whole design into a canvas of `width`×`height`, as React Flow's
 * fitView computes it once every element is measured, but from the document: every element has a
 * known size. Undefined for an empty design or a canvas not laid out yet.
 */
export function fittedViewport(
  doc: Pick<DesignDocument, 'nodes'>,
  width: number,
  height: number,
): Viewport | undefined {
  const bounds = width > 0 && height > 0 ? designBounds(doc) : null
  return bounds
    ? getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding)
    : undefined
}
