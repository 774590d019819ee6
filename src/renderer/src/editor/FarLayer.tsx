// The far-zoom layer: below FAR_ZOOM (where names are unreadable) the whole design is drawn on one
// <canvas> under React Flow's nodes: every element as a box in its kind's colour (containers as a
// frame), its worst error or warning as a large dot, its most-used capacity row as a thick bar,
// every connection as a curve in its kind's colour, the valid targets lit while a connection is
// drawn and the elements a selection box is about to take outlined. React Flow then holds only the
// elements that must be DOM (selected, hovered, edited or dragged: see Canvas.tsx), drawn by
// FarNodeView as transparent boxes over this picture. One subscription per store; one redraw per
// animation frame at most, of the elements in view only (docs/performance.md). The canvas carries
// `data-drawn-elements`, the number of elements its last drawing stood for (the benchmark waits for
// it). Runs in the renderer, inside <ReactFlow>.
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { NodeKind } from '../../../shared/model/schema'
import { mostUsedRow, usage, usageLevel } from '../design/findings-view'
import { useDocument } from '../store/document'
import { useFindings, type NodeFindings } from '../store/findings'
import { useSelection } from '../store/selection'
import { useUi } from '../store/ui'
import { useTheme } from '../store/theme'
import {
  bezierOffset,
  elementsInside,
  sceneOf,
  type Scene,
  type SceneConnection,
  type SceneElement,
} from './far-scene'
import type { DesignFlowNode } from './flow-elements'
import { isFar } from './zoom-level'

/** The layer's colours and line widths, read from CSS variables: the theme's colours, the
 * connection kinds' widths of canvas.css (the edges' and the legend's own). */
interface Palette {
  readonly kind: (kind: string) => string
  readonly edge: (kind: string) => string
  readonly edgeWidth: (kind: string) => number
  readonly nodeBg: string
  readonly nodeBorder: string
  readonly accent: string
  readonly panel: string
  readonly error: string
  readonly warning: string
  readonly capTrack: string
  readonly capLevel: Readonly<Record<'ok' | 'high' | 'over', string>>
}

function readPalette(element: Element): Palette {
  const style = getComputedStyle(element)
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  const cache = new Map<string, string>()
  const cached = (name: string, fallback: string) => {
    let colour = cache.get(name)
    if (colour === undefined) cache.set(name, (colour = value(name, fallback)))
    return colour
  }
  const width = (name: string) => Number.parseFloat(style.getPropertyValue(name))
  const widths = new Map<string, number>()
  return {
    kind: (kind) => cached(`--kind-${kind}`, '#888'),
    edge: (kind) => cached(`--edge-${kind}`, '#888'),
    edgeWidth: (kind) => {
      let lineWidth = widths.get(kind)
      if (lineWidth === undefined)
        widths.set(kind, (lineWidth = width(`--edge-width-${kind}`) || width('--edge-width') || 2))
      return lineWidth
    },
    nodeBg: value('--node-bg', '#fff'),
    nodeBorder: value('--node-border', '#ccc'),
    accent: value('--accent', '#36c'),
    panel: value('--bg-panel', '#fff'),
    error: value('--sev-error', '#c00'),
    warning: value('--sev-warning', '#b70'),
    capTrack: value('--cap-track', '#ddd'),
    capLevel: {
      ok: value('--cap-ok', '#2a2'),
      high: value('--cap-high', '#b70'),
      over: value('--cap-over', '#c00'),
    },
  }
}

/** Sizes of the marks, in canvas units (as FarNodeView's styles drew them before: legible at 10 %). */
const CONTAINER_FRAME = 10
const DOT_DIAMETER = 56
const DOT_OVERHANG = 24
const DOT_RING = 6
const SELECTION_RING = 16
const CONTAINER_BAR = 40
const LEAF_BAR_SHARE = 0.35
/** An element's outline, in screen pixels (its 1-unit border would be a tenth of a pixel at 10 %). */
const OUTLINE_PX = 0.5

interface Frame {
  readonly scene: Scene
  readonly byNode: ReadonlyMap<string, NodeFindings>
  readonly targets: ReadonlySet<string> | null
  readonly pending: ReadonlySet<string>
  readonly selected: ReadonlySet<string>
  readonly palette: Palette
  readonly view: { left: number; top: number; right: number; bottom: number; zoom: number }
}

const inView = (e: SceneElement, v: Frame['view']) =>
  e.x <= v.right && e.y <= v.bottom && e.x + e.width >= v.left && e.y + e.height >= v.top

function drawElement(ctx: CanvasRenderingContext2D, e: SceneElement, f: Frame): void {
  const { palette } = f
  const colour = palette.kind(e.kind)
  ctx.globalAlpha = f.targets && !f.targets.has(e.kind) ? 0.45 : 1
  ctx.fillStyle = palette.nodeBg
  ctx.fillRect(e.x, e.y, e.width, e.height)
  if (e.container) {
    ctx.globalAlpha *= 0.55
    ctx.fillStyle = colour
    const t = CONTAINER_FRAME
    ctx.fillRect(e.x, e.y, e.width, t)
    ctx.fillRect(e.x, e.y + e.height - t, e.width, t)
    ctx.fillRect(e.x, e.y + t, t, e.height - 2 * t)
    ctx.fillRect(e.x + e.width - t, e.y + t, t, e.height - 2 * t)
  } else {
    ctx.globalAlpha *= 0.3
    ctx.fillStyle = colour
    ctx.fillRect(e.x, e.y, e.width, e.height)
  }
  ctx.globalAlpha = 1
  ctx.strokeStyle = palette.nodeBorder
  ctx.lineWidth = OUTLINE_PX / f.view.zoom
  ctx.strokeRect(e.x, e.y, e.width, e.height)
  const entry = f.byNode.get(e.id)
  const row = entry ? mostUsedRow(entry.capacity) : undefined
  if (row) {
    const ratio = usage(row)
    const height = e.container ? CONTAINER_BAR : e.height * LEAF_BAR_SHARE
    const top = e.container ? e.y : e.y + e.height - height
    ctx.fillStyle = palette.capTrack
    ctx.fillRect(e.x, top, e.width, height)
    ctx.fillStyle = palette.capLevel[usageLevel(ratio)]
    ctx.fillRect(e.x, top, e.width * Math.min(1, ratio), height)
  }
  if (f.targets?.has(e.kind) || f.pending.has(e.id)) {
    ctx.strokeStyle = palette.accent
    ctx.lineWidth = SELECTION_RING / 2
    ctx.strokeRect(
      e.x - SELECTION_RING / 4,
      e.y - SELECTION_RING / 4,
      e.width + SELECTION_RING / 2,
      e.height + SELECTION_RING / 2,
    )
  }
  if (entry?.worst === 'error' || entry?.worst === 'warning') {
    const r = DOT_DIAMETER / 2
    const cx = e.x + e.width + DOT_OVERHANG - r
    const cy = e.y - DOT_OVERHANG + r
    ctx.beginPath()
    ctx.arc(cx, cy, r, 0, Math.PI * 2)
    ctx.fillStyle = palette.panel
    ctx.fill()
    ctx.beginPath()
    ctx.arc(cx, cy, r - DOT_RING, 0, Math.PI * 2)
    ctx.fillStyle = entry.worst === 'error' ? palette.error : palette.warning
    ctx.fill()
  }
}

/** Adds a connection's curve (React Flow's bezier between the facing sides) to the current path. */
function traceConnection(ctx: CanvasRenderingContext2D, c: SceneConnection): void {
  const { sourceX: sx, sourceY: sy, targetX: tx, targetY: ty, sourceSide, targetSide } = c.route
  const control = (side: string, x: number, y: number, ox: number, oy: number): [number, number] => {
    switch (side) {
      case 'left':
        return [x - bezierOffset(x - ox), y]
      case 'right':
        return [x + bezierOffset(ox - x), y]
      case 'top':
        return [x, y - bezierOffset(y - oy)]
      default:
        return [x, y + bezierOffset(oy - y)]
    }
  }
  const [c1x, c1y] = control(sourceSide, sx, sy, tx, ty)
  const [c2x, c2y] = control(targetSide, tx, ty, sx, sy)
  ctx.moveTo(sx, sy)
  ctx.bezierCurveTo(c1x, c1y, c2x, c2y, tx, ty)
}

function drawConnections(ctx: CanvasRenderingContext2D, f: Frame): void {
  const byKind = new Map<string, SceneConnection[]>()
  const { view, scene } = f
  for (const c of scene.connections) {
    const { sourceX, sourceY, targetX, targetY } = c.route
    if (Math.max(sourceX, targetX) < view.left || Math.min(sourceX, targetX) > view.right) continue
    if (Math.max(sourceY, targetY) < view.top || Math.min(sourceY, targetY) > view.bottom) continue
    const list = byKind.get(c.kind)
    if (list) list.push(c)
    else byKind.set(c.kind, [c])
  }
  for (const [kind, list] of byKind) {
    ctx.beginPath()
    for (const c of list) traceConnection(ctx, c)
    ctx.strokeStyle = f.palette.edge(kind)
    ctx.lineWidth = f.palette.edgeWidth(kind)
    ctx.stroke()
  }
  const selected = scene.connections.filter((c) => f.selected.has(c.id))
  if (selected.length > 0) {
    ctx.beginPath()
    for (const c of selected) traceConnection(ctx, c)
    ctx.strokeStyle = f.palette.accent
    ctx.lineWidth = 2 / view.zoom
    ctx.stroke()
  }
}

/** Draws the frame on `canvas` (sized to the pane) and returns how many elements it stands for. */
function draw(
  canvas: HTMLCanvasElement,
  state: ReactFlowState<DesignFlowNode>,
  f: Omit<Frame, 'view'>,
): number {
  const ratio = window.devicePixelRatio || 1
  const width = Math.round(state.width * ratio)
  const height = Math.round(state.height * ratio)
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width
    canvas.height = height
  }
  const ctx = canvas.getContext('2d')
  if (!ctx) return 0
  const [tx, ty, zoom] = state.transform
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, width, height)
  ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, tx * ratio, ty * ratio)
  const view = {
    left: -tx / zoom,
    top: -ty / zoom,
    right: (state.width - tx) / zoom,
    bottom: (state.height - ty) / zoom,
    zoom,
  }
  // Marks overhang their element (the dot, the ring): keep elements just outside the view too.
  const margin = DOT_DIAMETER
  const wide = {
    ...view,
    left: view.left - margin,
    top: view.top - margin,
    right: view.right + margin,
    bottom: view.bottom + margin,
  }
  const frame: Frame = { ...f, view }
  let i = 0
  const { elements } = f.scene
  // Containers first, then the connections over them, then the leaves and notes over the ends.
  for (; i < elements.length && (elements[i] as SceneElement).container; i++) {
    const e = elements[i] as SceneElement
    if (inView(e, wide)) drawElement(ctx, e, frame)
  }
  drawConnections(ctx, frame)
  for (; i < elements.length; i++) {
    const e = elements[i] as SceneElement
    if (inView(e, wide)) drawElement(ctx, e, frame)
  }
  return elements.length
}

/** The elements a selection box being drawn would take, in canvas units. */
function pendingSelection(state: ReactFlowState<DesignFlowNode>, scene: Scene): ReadonlySet<string> {
  const rect = state.userSelectionActive ? state.userSelectionRect : null
  if (!rect || rect.width === 0 || rect.height === 0) return EMPTY
  const [tx, ty, zoom] = state.transform
  const box = {
    x: (rect.x - tx) / zoom,
    y: (rect.y - ty) / zoom,
    width: rect.width / zoom,
    height: rect.height / zoom,
  }
  return new Set(elementsInside(scene, box).map((e) => e.id))
}

const EMPTY: ReadonlySet<string> = new Set()

/** Mounts the layer in React Flow's pane (under the viewport, above the grid) while zoomed out. */
export function FarLayer() {
  const far = useStore(isFar)
  const domNode = useStore((s: ReactFlowState) => s.domNode)
  const [pane, setPane] = useState<HTMLElement | null>(null)
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the pane exists once React Flow has drawn
    setPane(domNode?.querySelector<HTMLElement>('.react-flow__pane') ?? null)
  }, [domNode])
  return far && pane ? createPortal(<FarCanvas />, pane) : null
}

function FarCanvas() {
  const store = useStoreApi<DesignFlowNode>()
  const canvasRef = useRef<HTMLCanvasElement>(null)

  useEffect(() => {
    let frame = 0
    let palette: Palette | null = null
    /** What the last drawing was made from. */
    let drawnFrom: readonly unknown[] = []
    const redraw = () => {
      frame = 0
      const canvas = canvasRef.current
      const state = store.getState()
      if (!canvas) return
      const { doc, live } = useDocument.getState()
      const scene = sceneOf(doc.nodes, doc.edges, live)
      const kinds = useUi.getState().connectTargets
      palette ??= readPalette(canvas)
      const inputs: readonly unknown[] = [
        scene,
        useFindings.getState().byNode,
        kinds,
        state.userSelectionActive ? state.userSelectionRect : null,
        useSelection.getState().edgeIds,
        palette,
        ...state.transform,
        state.width,
        state.height,
        window.devicePixelRatio,
      ]
      // Most store updates (a property edit, a hover, a panel opening) change nothing drawn here.
      if (drawnFrom.length === inputs.length && inputs.every((input, i) => input === drawnFrom[i])) return
      drawnFrom = inputs
      const count = draw(canvas, state, {
        scene,
        byNode: useFindings.getState().byNode,
        targets: kinds ? new Set<NodeKind | string>(kinds) : null,
        pending: pendingSelection(state, scene),
        selected: useSelection.getState().edgeIds,
        palette,
      })
      const drawn = String(count)
      if (canvas.dataset.drawnElements !== drawn) canvas.dataset.drawnElements = drawn
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(redraw)
    }
    schedule()
    const stops = [
      store.subscribe(schedule),
      useDocument.subscribe(schedule),
      useFindings.subscribe(schedule),
      useSelection.subscribe(schedule),
      useUi.subscribe(schedule),
      useTheme.subscribe(() => {
        palette = null
        schedule()
      }),
    ]
    return () => {
      stops.forEach((stop) => stop())
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [store])

  return <canvas ref={canvasRef} className="far-layer" aria-hidden="true" />
}
