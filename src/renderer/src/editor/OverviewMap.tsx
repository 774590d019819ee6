// The overview map in the canvas's corner: every element as a rectangle in its kind's colour (the
// selected ones outlined in the accent colour), the visible part of the canvas left clear under a
// darkened frame; dragging on the map pans the canvas and the wheel zooms it (React Flow's own
// XYMinimap handler, so it behaves as React Flow's MiniMap did). It replaces that MiniMap, which
// drew an SVG rectangle per element with a store subscription each: a thousand extra subscriptions
// run on every drag frame, and the browser re-recorded and re-rasterized a thousand rectangles.
// Here one store subscription redraws one <canvas> at most once per animation frame
// (docs/performance.md). Where an element of the canvas lies under the map, the map lets the
// pointer through (and fades, so the element shows): a drag started there moves the element rather
// than panning. The elements come from the document (far-scene.ts), not from React Flow, which at
// far zoom holds only a few of them. Runs in the renderer, inside <ReactFlow>.
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system'
import { useEffect, useId, useRef } from 'react'
import type { NodeKind } from '../../../shared/model/schema'
import type { Rect } from '../design/geometry'
import { useDocument } from '../store/document'
import { useSelection } from '../store/selection'
import { useTheme } from '../store/theme'
import { elementAt, sceneBounds, sceneOf, type Scene } from './far-scene'
import type { DesignFlowNode } from './flow-elements'
import { fitViewBox, maskPath, overviewGeometry, visibleArea } from './overview-geometry'
import './OverviewMap.css'

const MAP_WIDTH = 200
const MAP_HEIGHT = 150

/** Fill opacity of an element's rectangle (its outline is drawn at full strength). */
const FILL_ALPHA = 0.35

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

function kindColour(colours: Colours, element: Element, kind: NodeKind): string {
  let colour = colours.byKind.get(kind)
  if (colour === undefined) {
    colour = getComputedStyle(element).getPropertyValue(`--kind-${kind}`).trim() || colours.fallback
    colours.byKind.set(kind, colour)
  }
  return colour
}

/** The document's scene as it is now (live drag geometry included). */
function currentScene(): Scene {
  const { doc, live } = useDocument.getState()
  return sceneOf(doc.nodes, doc.edges, live)
}

/** Draws every element, containers before what they hold, onto the map. */
function drawNodes(canvas: HTMLCanvasElement, scene: Scene, viewBox: Rect, colours: Colours): void {
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
  const selected = useSelection.getState().nodeIds
  for (const e of scene.elements) {
    const x = e.x * scale + offsetX
    const y = e.y * scale + offsetY
    const w = Math.max(1, e.width * scale)
    const h = Math.max(1, e.height * scale)
    const colour = kindColour(colours, canvas, e.kind)
    context.fillStyle = colour
    context.globalAlpha = FILL_ALPHA
    context.fillRect(x, y, w, h)
    context.globalAlpha = 1
    context.strokeStyle = selected.has(e.id) ? colours.selected : colour
    context.strokeRect(x, y, w, h)
  }
}

/** Whether an element of the canvas lies under the screen point (clientX, clientY). */
function elementUnder(state: ReactFlowState<DesignFlowNode>, clientX: number, clientY: number): boolean {
  const frame = state.domNode?.getBoundingClientRect()
  if (!frame) return false
  const [tx, ty, zoom] = state.transform
  const point = { x: (clientX - frame.left - tx) / zoom, y: (clientY - frame.top - ty) / zoom }
  return elementAt(currentScene(), point) !== undefined
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
    /** What the elements last drawn were drawn from. */
    let drawnFrom: readonly unknown[] = []
    /** The pan handler and canvas size last configured (a new handler needs configuring too). */
    let configured: { handler: XYMinimapInstance; size: string } | null = null
    const draw = () => {
      frame = 0
      const svg = svgRef.current
      const canvas = canvasRef.current
      const mask = maskRef.current
      if (!svg || !canvas || !mask) return
      const state = store.getState()
      const scene = currentScene()
      const geometry = overviewGeometry(
        sceneBounds(scene),
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
      // Panning within the design, hovering or editing a property changes nothing drawn here.
      const inputs = [scene, useSelection.getState().nodeIds, colours, x, y, width, height]
      if (inputs.length !== drawnFrom.length || inputs.some((input, i) => input !== drawnFrom[i])) {
        drawnFrom = inputs
        drawNodes(canvas, scene, geometry.viewBox, colours)
      }
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
    const stopDocument = useDocument.subscribe(schedule)
    const stopSelection = useSelection.subscribe(schedule)
    const stopTheme = useTheme.subscribe(() => {
      colours = null
      schedule()
    })
    return () => {
      stopFlow()
      stopDocument()
      stopSelection()
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
