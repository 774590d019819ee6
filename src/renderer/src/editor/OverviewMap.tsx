// The overview map in the canvas's corner: every element as a rectangle in its kind's colour (the
// selected ones outlined in the accent colour), the visible part of the canvas left clear under a
// darkened frame; dragging on the map pans the canvas and the wheel zooms it (React Flow's own
// XYMinimap handler, so it behaves as React Flow's MiniMap did). It replaces that MiniMap, which
// drew an SVG rectangle per element with a store subscription each: a thousand extra subscriptions
// run on every drag frame, and the browser re-recorded and re-rasterized a thousand rectangles.
// Here one store subscription redraws one <canvas> at most once per animation frame
// (docs/performance.md). Where an element of the canvas lies under the map, the map lets the
// pointer through (and fades, so the element shows): a drag started there moves the element rather
// than panning. Runs in the renderer, inside <ReactFlow>.
import { Panel, useStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react'
import { XYMinimap, getInternalNodesBounds, getNodeDimensions, type XYMinimapInstance } from '@xyflow/system'
import { useEffect, useId, useRef } from 'react'
import type { NodeKind } from '../../../shared/model/schema'
import type { Rect } from '../design/geometry'
import { useTheme } from '../theme/theme'
import type { DesignFlowNode } from './flow-elements'
import { fitViewBox, maskPath, overviewGeometry, visibleArea } from './overview-geometry'

const MAP_WIDTH = 200
const MAP_HEIGHT = 150

/** Fill opacity of an element's rectangle (its outline is drawn at full strength). */
const FILL_ALPHA = 0.35

type FlowNode = InternalNode<DesignFlowNode>

interface Colours {
  readonly byKind: Map<string, string>
  readonly fallback: string
  readonly selected: string
}

/** The theme's colours, read from the CSS variables the canvas's elements are drawn with. */
function readColours(element: Element): Colours {
  const style = getComputedStyle(element)
  const value = (name: string) => style.getPropertyValue(name).trim()
  return {
    byKind: new Map(),
    fallback: value('--text-muted') || '#888',
    selected: value('--accent') || '#36c',
  }
}

function kindColour(colours: Colours, element: Element, kind: NodeKind | undefined): string {
  const key = kind ?? 'note'
  let colour = colours.byKind.get(key)
  if (colour === undefined) {
    colour = getComputedStyle(element).getPropertyValue(`--kind-${key}`).trim() || colours.fallback
    colours.byKind.set(key, colour)
  }
  return colour
}

const shown = (n: FlowNode) => {
  const { width, height } = getNodeDimensions(n)
  return !n.hidden && width > 0 && height > 0
}

/** The bounds of every shown element, or null when none is shown. */
function contentBounds(nodeLookup: ReadonlyMap<string, FlowNode>): Rect | null {
  const bounds = getInternalNodesBounds(nodeLookup as Map<string, FlowNode>, { filter: shown })
  // React Flow answers an empty rectangle at the origin when no element passes the filter.
  return bounds.width > 0 ? bounds : null
}

/** Draws every shown element, parents before children (React Flow's lookup order), onto the map. */
function drawNodes(
  canvas: HTMLCanvasElement,
  nodes: ReadonlyMap<string, FlowNode>,
  viewBox: Rect,
  colours: Colours,
): void {
  const ratio = window.devicePixelRatio || 1
  const pixelWidth = Math.round(MAP_WIDTH * ratio)
  const pixelHeight = Math.round(MAP_HEIGHT * ratio)
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth
    canvas.height = pixelHeight
  }
  const context = canvas.getContext('2d')
  if (!context) return
  context.setTransform(1, 0, 0, 1, 0, 0)
  context.clearRect(0, 0, pixelWidth, pixelHeight)
  const { scale, offsetX, offsetY } = fitViewBox(viewBox, pixelWidth, pixelHeight)
  context.lineWidth = Math.max(1, Math.round(ratio))
  for (const n of nodes.values()) {
    if (!shown(n)) continue
    const { width, height } = getNodeDimensions(n)
    const x = n.internals.positionAbsolute.x * scale + offsetX
    const y = n.internals.positionAbsolute.y * scale + offsetY
    const w = Math.max(1, width * scale)
    const h = Math.max(1, height * scale)
    const colour = kindColour(colours, canvas, n.type)
    context.fillStyle = colour
    context.globalAlpha = FILL_ALPHA
    context.fillRect(x, y, w, h)
    context.globalAlpha = 1
    context.strokeStyle = n.selected ? colours.selected : colour
    context.strokeRect(x, y, w, h)
  }
}

/** Whether an element of the canvas lies under the screen point (clientX, clientY). */
function elementUnder(state: ReactFlowState<DesignFlowNode>, clientX: number, clientY: number): boolean {
  const frame = state.domNode?.getBoundingClientRect()
  if (!frame) return false
  const [tx, ty, zoom] = state.transform
  const x = (clientX - frame.left - tx) / zoom
  const y = (clientY - frame.top - ty) / zoom
  for (const n of state.nodeLookup.values()) {
    if (!shown(n)) continue
    const { width, height } = getNodeDimensions(n)
    const { x: left, y: top } = n.internals.positionAbsolute
    if (x >= left && x <= left + width && y >= top && y <= top + height) return true
  }
  return false
}

function setIfChanged(element: Element, attribute: string, value: string): void {
  if (element.getAttribute(attribute) !== value) element.setAttribute(attribute, value)
}

const selectPanZoom = (s: ReactFlowState) => s.panZoom

export function OverviewMap({ ariaLabel }: { readonly ariaLabel: string }) {
  const store = useStoreApi<DesignFlowNode>()
  const panZoom = useStore(selectPanZoom)
  const panelRef = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const maskRef = useRef<SVGPathElement>(null)
  const viewScale = useRef(1)
  const handler = useRef<XYMinimapInstance | null>(null)
  const titleId = useId()

  // Pan by dragging on the map, zoom with the wheel over it.
  useEffect(() => {
    const svg = svgRef.current
    if (!svg || !panZoom) return
    const instance = XYMinimap({
      domNode: svg,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScale.current,
    })
    handler.current = instance
    return () => {
      instance.destroy()
      handler.current = null
    }
  }, [panZoom, store])

  // Let the pointer through to an element lying under the map, decided as the pointer moves (with
  // no button down, so a pan started on the map goes on). The listener sits on the whole canvas: a
  // let-through map no longer receives the pointer's moves itself.
  useEffect(() => {
    const panel = panelRef.current
    const pane = panel?.closest<HTMLElement>('.react-flow')
    if (!pane || !panel) return
    const onMove = (event: PointerEvent) => {
      if (event.buttons !== 0) return
      const box = panel.getBoundingClientRect()
      const over =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom
      panel.classList.toggle(
        'is-see-through',
        over && elementUnder(store.getState(), event.clientX, event.clientY),
      )
    }
    pane.addEventListener('pointermove', onMove)
    return () => pane.removeEventListener('pointermove', onMove)
  }, [store])

  // Redraw once per animation frame after any change to React Flow's state or the theme.
  useEffect(() => {
    let frame = 0
    let colours: Colours | null = null
    /** The pan handler and canvas size last configured (a new handler needs configuring too). */
    let configured: { handler: XYMinimapInstance; size: string } | null = null
    const draw = () => {
      frame = 0
      const svg = svgRef.current
      const canvas = canvasRef.current
      const mask = maskRef.current
      if (!svg || !canvas || !mask) return
      const state = store.getState()
      const geometry = overviewGeometry(
        contentBounds(state.nodeLookup),
        visibleArea(state.transform, state.width, state.height),
        MAP_WIDTH,
        MAP_HEIGHT,
      )
      viewScale.current = geometry.viewScale
      const { x, y, width, height } = geometry.viewBox
      // Only a real change touches the SVG: a drag inside the design moves neither.
      setIfChanged(svg, 'viewBox', `${x} ${y} ${width} ${height}`)
      setIfChanged(mask, 'd', maskPath(geometry))
      colours ??= readColours(canvas)
      drawNodes(canvas, state.nodeLookup, geometry.viewBox, colours)
      // The pan handler keeps the canvas inside React Flow's extent; it needs the canvas size.
      const size = `${state.width}x${state.height}`
      if (handler.current && (configured?.handler !== handler.current || configured.size !== size)) {
        configured = { handler: handler.current, size }
        const { translateExtent, width, height } = state
        handler.current.update({ translateExtent, width, height, pannable: true, zoomable: true })
      }
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw)
    }
    schedule()
    const stopFlow = store.subscribe(schedule)
    const stopTheme = useTheme.subscribe(() => {
      colours = null
      schedule()
    })
    return () => {
      stopFlow()
      stopTheme()
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [store])

  return (
    <Panel
      ref={panelRef}
      position="bottom-right"
      className="react-flow__minimap overview-map"
      style={{ width: MAP_WIDTH, height: MAP_HEIGHT }}
    >
      <canvas ref={canvasRef} className="overview-map-nodes" aria-hidden="true" />
      <svg
        ref={svgRef}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{ariaLabel}</title>
        <path ref={maskRef} className="react-flow__minimap-mask" fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  )
}
