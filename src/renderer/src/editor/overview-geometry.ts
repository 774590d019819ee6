// Geometry of the overview map (OverviewMap.tsx): the part of the design the map shows and where the
// visible part of the canvas sits in it, computed the way React Flow's own MiniMap does (the bounds
// of every shown element and of the visible area, fitted to the map's aspect ratio with a margin),
// so panning and zooming from the map behave exactly as they did with it. Pure: runs in the
// renderer and in unit tests.
import { getBoundsOfRects } from '@xyflow/system'
import type { Rect } from '../design/geometry'

export interface OverviewGeometry {
  /** The design area the map shows, in flow coordinates (the map's SVG viewBox). */
  readonly viewBox: Rect
  /** Flow units per map pixel (React Flow's MiniMap calls it the view scale; pan speed uses it). */
  readonly viewScale: number
  /** The part of the design visible on the canvas, in flow coordinates. */
  readonly visible: Rect
}

/** Margin around the design, in map pixels (React Flow's MiniMap `offsetScale` default). */
const MARGIN_PX = 5

/** The visible part of the canvas in flow coordinates, from React Flow's [x, y, zoom] transform. */
export function visibleArea(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const [x, y, zoom] = transform
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom }
}

/**
 * What a map of `mapWidth` × `mapHeight` pixels shows: `contentBounds` (the shown elements, or null
 * when there are none) together with the visible area, centred, with a margin of five map pixels.
 */
export function overviewGeometry(
  contentBounds: Rect | null,
  visible: Rect,
  mapWidth: number,
  mapHeight: number,
): OverviewGeometry {
  const bounds = contentBounds ? getBoundsOfRects(contentBounds, visible) : visible
  const viewScale = Math.max(bounds.width / mapWidth, bounds.height / mapHeight)
  const viewWidth = viewScale * mapWidth
  const viewHeight = viewScale * mapHeight
  const margin = MARGIN_PX * viewScale
  return {
    viewBox: {
      x: bounds.x - (viewWidth - bounds.width) / 2 - margin,
      y: bounds.y - (viewHeight - bounds.height) / 2 - margin,
      width: viewWidth + margin * 2,
      height: viewHeight + margin * 2,
    },
    viewScale,
    visible,
  }
}

/**
 * How a `viewBox` is drawn into a `width` × `height` area the way SVG draws it by default
 * (preserveAspectRatio "xMidYMid meet"): one scale for both axes, centred. The map's canvas uses it
 * so its rectangles line up with the SVG's visible-area frame above it.
 */
export function fitViewBox(viewBox: Rect, width: number, height: number) {
  const scale = Math.min(width / viewBox.width, height / viewBox.height)
  return {
    scale,
    offsetX: (width - viewBox.width * scale) / 2 - viewBox.x * scale,
    offsetY: (height - viewBox.height * scale) / 2 - viewBox.y * scale,
  }
}

/** The SVG path that darkens the map outside the visible area (even-odd: the outer frame minus it). */
export function maskPath({ viewBox: v, visible: b, viewScale }: OverviewGeometry): string {
  const pad = MARGIN_PX * viewScale
  return (
    `M${v.x - pad},${v.y - pad}h${v.width + pad * 2}v${v.height + pad * 2}h${-v.width - pad * 2}z ` +
    `M${b.x},${b.y}h${b.width}v${b.height}h${-b.width}z`
  )
}
