// The design canvas (React Flow 12): draws the document's elements and connections, turns React
// Flow's changes into document actions (a drag or resize is committed once, at its end; a nested
// element dropped over another container moves into it when it may go there), accepts palette
// drops, lets only legal connections be drawn (valid targets light up; a refused one says why), and
// registers the zoom commands. Opens each design loaded at a readable zoom or fitted (zoom-level.ts),
// fits clear of the overlays drawn over the canvas, and shows the what-if factor while one is in
// force. Several elements are selected with Shift/Ctrl/Cmd+click or by Shift+dragging a box on
// empty canvas; a plain click on one of them narrows the selection to it, and Escape clears it. The
// "drag to select" control (CanvasControls.tsx) swaps dragging (box select) and panning (then middle
// or right button). The wheel pans (Shift+wheel sideways) and Ctrl/Cmd+wheel zooms, or the wheel
// zooms when the "wheel zooms" control is on (store/canvas-settings.ts); holding Space makes any
// drag pan, even one that starts over an element. An element dragged alone snaps onto the edges and
// centres of its siblings, with a guide drawn along each shared line, or to the spacing of its row,
// with each equal gap marked (alignment-guides.ts). Below FAR_ZOOM the design is drawn by the far
// layer (FarLayer.tsx) and React Flow holds only the elements that must be DOM: the selected, hovered,
// edited and dragged ones with their containers; the element under the pointer becomes a node as
// the pointer reaches it, so clicking, dragging, double-clicking (which zooms to it), connecting
// and context menus work as at any zoom, and a selection box takes the elements the far layer
// draws inside it. Above it React Flow draws only the elements in view in a large design (a small
// one is cheaper kept whole than added and removed while panning). A double-click on empty canvas
// zooms in there. Runs in the renderer.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react'
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  getViewportForBounds,
  Panel,
  PanOnScrollMode,
  ReactFlow,
  useKeyPress,
  useReactFlow,
  useStore,
  useStoreApi,
  ViewportPortal,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type IsValidConnection,
  type NodeChange,
  type NodeTypes,
  type OnConnectEnd,
  type OnConnectStart,
} from '@xyflow/react'
import { NODE_KINDS, type NodeKind } from '../../../shared/model/schema'
import { registerCommand } from '../commands'
import { CanvasControls } from './CanvasControls'
import { openCanvasMenu, openConnectionMenu, openElementMenu } from '../components/ContextMenu'
import { checkConnection, connectionPartners } from '../design/connection-rules'
import {
  GRID,
  absolutePosition,
  designBounds,
  indexNodes,
  keepInsideParent,
  nodeSize,
  type Point,
  type Size,
} from '../design/geometry'
import { planMove } from '../design/placement'
import {
  commitLiveGeometry,
  connect,
  reparentNode,
  setLivePositions,
  setLiveSize,
  useDocument,
  type ActionResult,
} from '../store/document'
import { useCanvasSettings } from '../store/canvas-settings'
import { applySelectionChanges, clearSelection, selectOnly, useSelection } from '../store/selection'
import { noteCanvasCommit } from './nodes/render-probe'
import { FarLayer } from './FarLayer'
import { sceneOf, withContainers } from './far-scene'
import { currentScene, farDropTarget, useFarHover, useFarSelectionBox } from './far-interaction'
import { setConnectTargets, showToast, startEditing, useUi } from '../store/ui'
import DesignEdgeView from './edges/DesignEdgeView'
import { EdgeLegend } from './EdgeLegend'
import { EdgeMarkers } from './EdgeMarkers'
import { ElementTree } from './ElementTree'
import {
  FlowEdgeCache,
  FlowNodeCache,
  markerId,
  type DesignFlowEdge,
  type DesignFlowNode,
} from './flow-elements'
import DesignNodeView from './nodes/DesignNodeView'
import { WhatIfChip } from '../panels/WhatIfChip'
import { useFindings } from '../store/findings'
import { OverviewMap } from './OverviewMap'
import { PALETTE_MIME } from './palette-dnd'
import { placeElement } from './place-element'
import { alignToSiblings, type Guide } from './alignment-guides'
import {
  FIT_MAX_ZOOM,
  LARGE_DESIGN,
  MAX_ZOOM,
  MIN_ZOOM,
  READABLE_ZOOM,
  isFar,
  measureInsets,
  openingViewport,
  paddingFor,
} from './zoom-level'

const nodeTypes: NodeTypes = Object.fromEntries(NODE_KINDS.map((kind) => [kind, DesignNodeView]))
const edgeTypes: EdgeTypes = { design: DesignEdgeView }
const SNAP_GRID: [number, number] = [GRID, GRID]
const CONNECTION_LINE_STYLE = { stroke: 'var(--accent)', strokeWidth: 2, strokeDasharray: '6 4' }
/** Keys that add a clicked element to the selection. */
const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta']
/** Mouse buttons that pan while dragging selects (middle and right). */
const PAN_BUTTONS_WHILE_SELECTING = [1, 2]
/** Keys that make the wheel zoom while it pans. */
const ZOOM_WHILE_WHEELING_KEYS = ['Control', 'Meta']
/** The key that makes any drag pan while held. */
const PAN_KEY = 'Space'
const PAN_KEY_OPTIONS = { target: window, preventDefault: false }
/** How near (in screen pixels) a dragged element's edge or centre snaps onto a sibling's. */
const GUIDE_SNAP_PX = 6
const NO_GUIDES: readonly Guide[] = []

/** Nodes and edges while a design that was just opened waits for its fit (and edges at far zoom). */
const NOTHING_YET: never[] = []
/** Screen pixels kept around an element a double-click at far zoom zooms to. */
const ZOOM_TO_ROOM = 80

/** The what-if chip at the top of the canvas, while a factor other than ×1 is in force. */
function CanvasWhatIfChip() {
  const scaled = useFindings((s) => s.growth !== 1)
  return scaled ? (
    <Panel position="top-center" className="whatif-chip-panel">
      <WhatIfChip where="canvas" />
    </Panel>
  ) : null
}

/**
 * Ends a drag or resize. A nested element dragged alone and dropped with its centre over another
 * container moves into it when its kind may go there (design/placement.ts), or goes back with the
 * reason; otherwise the final geometry is committed, nested elements kept inside their container.
 */
function endGesture(
  finalPositions: ReadonlyMap<string, Point>,
  finalSizes: ReadonlyMap<string, Size>,
): ActionResult {
  const doc = useDocument.getState().doc
  const index = indexNodes(doc)
  const [single] = finalPositions.size === 1 && finalSizes.size === 0 ? finalPositions : []
  const node = single && index.get(single[0])
  if (single && node?.parentId !== undefined) {
    const origin = absolutePosition(index, node.parentId)
    const size = nodeSize(node)
    const centre = { x: origin.x + single[1].x + size.width / 2, y: origin.y + single[1].y + size.height / 2 }
    const plan = planMove(doc, node.id, centre)
    if (plan.type === 'reparent') return reparentNode(node.id, plan.parentId, plan.position, plan.resized)
    if (plan.type === 'refused') {
      commitLiveGeometry(new Map([[node.id, node.position]]))
      return { ok: false, reason: plan.reason }
    }
  }
  const kept = new Map(
    [...finalPositions].map(([id, p]) => {
      const moved = index.get(id)
      return [id, moved ? keepInsideParent(index, moved, p) : p] as const
    }),
  )
  return commitLiveGeometry(kept, finalSizes)
}

/**
 * Snaps an element dragged alone onto its siblings' edges and centres; returns the positions to
 * use and the guides to draw (in absolute canvas coordinates). A drag of several elements is left
 * as it is, without guides.
 */
function alignDragged(
  positions: ReadonlyMap<string, Point>,
  zoom: number,
): { positions: ReadonlyMap<string, Point>; guides: readonly Guide[] } {
  const [single] = positions.size === 1 ? positions : []
  const doc = useDocument.getState().doc
  const dragged = single && doc.nodes.find((n) => n.id === single[0])
  if (!single || !dragged) return { positions, guides: NO_GUIDES }
  const siblings = doc.nodes.flatMap((n) =>
    n.parentId === dragged.parentId && n.id !== dragged.id ? [{ ...n.position, ...nodeSize(n) }] : [],
  )
  const aligned = alignToSiblings({ ...single[1], ...nodeSize(dragged) }, siblings, GUIDE_SNAP_PX / zoom)
  const origin =
    dragged.parentId === undefined ? { x: 0, y: 0 } : absolutePosition(indexNodes(doc), dragged.parentId)
  const guides = aligned.guides.map((g) =>
    g.axis === 'x'
      ? { ...g, at: g.at + origin.x, from: g.from + origin.y, to: g.to + origin.y }
      : { ...g, at: g.at + origin.y, from: g.from + origin.x, to: g.to + origin.x },
  )
  return { positions: new Map([[single[0], aligned.position]]), guides }
}

/** The alignment guides of the element being dragged, drawn over the design. */
function AlignmentGuides({ guides }: { guides: readonly Guide[] }) {
  if (guides.length === 0) return null
  return (
    <ViewportPortal>
      <svg className="alignment-guides" aria-hidden="true" data-testid="alignment-guides">
        {guides.map((g) =>
          g.axis === 'x' ? (
            <line
              key={`${g.kind}x${g.at}:${g.from}`}
              className={g.kind}
              x1={g.at}
              x2={g.at}
              y1={g.from}
              y2={g.to}
            />
          ) : (
            <line
              key={`${g.kind}y${g.at}:${g.from}`}
              className={g.kind}
              x1={g.from}
              x2={g.to}
              y1={g.at}
              y2={g.at}
            />
          ),
        )}
      </svg>
    </ViewportPortal>
  )
}

const sameGuides = (a: readonly Guide[], b: readonly Guide[]) => JSON.stringify(a) === JSON.stringify(b)

const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) })
const roundSize = (s: Size): Size => ({ width: Math.round(s.width), height: Math.round(s.height) })
const isNodeKind = (value: string): value is NodeKind => (NODE_KINDS as readonly string[]).includes(value)

export function Canvas() {
  const flow = useReactFlow<DesignFlowNode, DesignFlowEdge>()
  const flowStore = useStoreApi<DesignFlowNode, DesignFlowEdge>()
  const docNodes = useDocument((s) => s.doc.nodes)
  const docEdges = useDocument((s) => s.doc.edges)
  const live = useDocument((s) => s.live)
  const loadId = useDocument((s) => s.loadId)
  const selectedNodeIds = useSelection((s) => s.nodeIds)
  const selectedEdgeIds = useSelection((s) => s.edgeIds)
  const connectTargets = useUi((s) => s.connectTargets)
  const far = useStore(isFar)
  const [nodeCache] = useState(() => new FlowNodeCache())
  const [edgeCache] = useState(() => new FlowEdgeCache())
  const [selectOnDrag, setSelectOnDrag] = useState(false)
  const wheelZooms = useCanvasSettings((s) => s.wheel === 'zoom')
  const panKeyHeld = useKeyPress(PAN_KEY, PAN_KEY_OPTIONS)
  const [fittedLoadId, setFittedLoadId] = useState<number | null>(null)
  const [guides, setGuides] = useState<readonly Guide[]>(NO_GUIDES)
  const editingId = useUi((s) => s.editingNodeId)
  const wrapper = useRef<HTMLDivElement>(null)
  const hovered = useFarHover(wrapper, flowStore)
  const { onSelectionStart, onSelectionEnd } = useFarSelectionBox(flowStore)

  useEffect(() => noteCanvasCommit())

  // At far zoom React Flow gets only the elements that must be DOM, with their containers (React
  // Flow places a child within its parent node): the far layer draws the rest.
  const nodes = useMemo(() => {
    if (!far) return nodeCache.derive(docNodes, selectedNodeIds, live)
    const wanted = withContainers(sceneOf(docNodes, docEdges, live), [
      ...selectedNodeIds,
      ...(hovered === null ? [] : [hovered]),
      ...(editingId === null ? [] : [editingId]),
      ...live.positions.keys(),
      ...live.sizes.keys(),
    ])
    return nodeCache.derive(
      docNodes.filter((n) => wanted.has(n.id)),
      selectedNodeIds,
      live,
    )
  }, [far, nodeCache, docNodes, docEdges, selectedNodeIds, live, hovered, editingId])
  const edges = useMemo(
    () => (far ? NOTHING_YET : edgeCache.derive(docEdges, docNodes, selectedEdgeIds)),
    [far, edgeCache, docEdges, docNodes, selectedEdgeIds],
  )

  // A design that was just opened gets its view before its elements are drawn: the view is computed
  // from the document (every element has a known size), so the first render already draws at the
  // right level of detail; a fitView after measuring would draw 1,000 elements in full first
  // (docs/performance.md). Runs after React Flow's own effects have sized the pane and drawn the
  // overlays it keeps clear of.
  useEffect(() => {
    const { width, height, domNode } = flowStore.getState()
    const viewport =
      domNode &&
      openingViewport(useDocument.getState().doc, width, height, (content) => measureInsets(domNode, content))
    if (viewport) void flow.setViewport(viewport)
    // The one extra render is the point: the elements are drawn once, at the fitted zoom.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- waits for React Flow's own effects
    setFittedLoadId(loadId)
  }, [flow, flowStore, loadId])
  const shown = fittedLoadId === loadId

  useEffect(() => {
    const unregister = [
      // Fitted from the document, not from React Flow's nodes: at far zoom it holds only a few.
      registerCommand('zoomToFit', () => {
        const { domNode, width, height } = flowStore.getState()
        const bounds = designBounds(useDocument.getState().doc)
        if (!domNode || !bounds) return
        const padding = paddingFor(measureInsets(domNode, bounds))
        const viewport = getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_MAX_ZOOM, padding)
        void flow.setViewport(viewport, { duration: 200 })
      }),
      registerCommand('zoomIn', () => void flow.zoomIn({ duration: 150 })),
      registerCommand('zoomOut', () => void flow.zoomOut({ duration: 150 })),
      registerCommand('selectNone', () => {
        clearSelection()
        flowStore.setState({ nodesSelectionActive: false })
      }),
    ]
    return () => unregister.forEach((u) => u())
  }, [flow, flowStore])

  const onNodesChange = useCallback(
    (changes: NodeChange<DesignFlowNode>[]) => {
      const livePositions = new Map<string, Point>()
      const finalPositions = new Map<string, Point>()
      const finalSizes = new Map<string, Size>()
      const selections: { id: string; selected: boolean }[] = []
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          if (change.dragging) livePositions.set(change.id, change.position)
          else finalPositions.set(change.id, round(change.position))
        } else if (change.type === 'dimensions' && change.dimensions) {
          nodeCache.setMeasured(change.id, change.dimensions)
          if (change.resizing === true) setLiveSize(change.id, change.dimensions)
          else if (change.resizing === false) finalSizes.set(change.id, roundSize(change.dimensions))
        } else if (change.type === 'select') selections.push(change)
      }
      const zoom = flowStore.getState().transform[2]
      if (livePositions.size > 0) {
        const aligned = alignDragged(livePositions, zoom)
        setGuides((shown) => (sameGuides(shown, aligned.guides) ? shown : aligned.guides))
        setLivePositions(aligned.positions)
      }
      if (finalPositions.size > 0 || finalSizes.size > 0) {
        setGuides(NO_GUIDES)
        const aligned = alignDragged(finalPositions, zoom).positions
        const result = endGesture(new Map([...aligned].map(([id, p]) => [id, round(p)])), finalSizes)
        if (!result.ok) showToast(result.reason, 'error')
      }
      applySelectionChanges('nodes', selections)
    },
    [nodeCache, flowStore],
  )

  const onEdgesChange = useCallback((changes: EdgeChange<DesignFlowEdge>[]) => {
    applySelectionChanges(
      'edges',
      changes.flatMap((c) => (c.type === 'select' ? [c] : [])),
    )
  }, [])

  const isValidConnection: IsValidConnection<DesignFlowEdge> = useCallback(
    (c) => checkConnection(useDocument.getState().doc, c.source, c.target).ok,
    [],
  )

  const onConnect = useCallback((c: Connection) => {
    const result = connect(c.source, c.target)
    if (!result.ok) showToast(result.reason, 'error')
  }, [])

  const onConnectStart: OnConnectStart = useCallback((_event, { nodeId }) => {
    const from = useDocument.getState().doc.nodes.find((n) => n.id === nodeId)
    setConnectTargets(from ? connectionPartners(from.kind).map((p) => p.kind) : [])
  }, [])

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      setConnectTargets(null)
      if (state.isValid === true || !state.fromNode) return
      // At far zoom the target may be drawn by the far layer only: it is the element at the drop.
      const flowState = flowStore.getState()
      const target = state.toNode?.id ?? farDropTarget(flowState, event)
      // isValid is null (not false) when the pointer is over a target but far from its handle point.
      if (target === undefined || target === state.fromNode.id) return
      const check = checkConnection(useDocument.getState().doc, state.fromNode.id, target)
      if (!check.ok) showToast(check.reason, 'error')
      else if (isFar(flowState))
        onConnect({ source: state.fromNode.id, target, sourceHandle: null, targetHandle: null })
    },
    [flowStore, onConnect],
  )

  // React Flow keeps a multi-selection when one of its members is clicked; a plain click (no drag)
  // narrows it to that member, as in draw.io and tldraw.
  const onNodeClick = useCallback((event: MouseEvent, node: DesignFlowNode) => {
    if (event.shiftKey || event.ctrlKey || event.metaKey) return
    const { nodeIds, edgeIds } = useSelection.getState()
    if (nodeIds.has(node.id) && nodeIds.size + edgeIds.size > 1) selectOnly([node.id])
  }, [])

  // A double-click renames the element, or at far zoom (where its name cannot be read) zooms to it.
  const onNodeDoubleClick = useCallback(
    (_event: unknown, node: DesignFlowNode) => {
      const state = flowStore.getState()
      const element = isFar(state) ? currentScene().byId.get(node.id) : undefined
      if (!element) return startEditing(node.id)
      const padding = state.domNode ? paddingFor(measureInsets(state.domNode), ZOOM_TO_ROOM) : 0.2
      const viewport = getViewportForBounds(
        element,
        state.width,
        state.height,
        MIN_ZOOM,
        READABLE_ZOOM,
        padding,
      )
      void flow.setViewport(viewport, { duration: 300 })
    },
    [flow, flowStore],
  )

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }, [])

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME)
      if (!isNodeKind(kind)) return
      event.preventDefault()
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      void placeElement(kind, { via: 'drop', point })
    },
    [flow],
  )

  // What the canvas draws besides the design (grid, controls, overview map, legend): the same
  // elements on every drag frame, so React does not re-render them while the canvas does.
  const chrome = useMemo(
    () => (
      <>
        <EdgeMarkers idFor={markerId} />
        <Background
          id="grid-minor"
          variant={BackgroundVariant.Dots}
          gap={GRID}
          size={1}
          className="grid-minor"
        />
        <Background
          id="grid-major"
          variant={BackgroundVariant.Lines}
          gap={GRID * 8}
          lineWidth={1}
          className="grid-major"
        />
        <CanvasControls
          selectOnDrag={selectOnDrag}
          toggleSelectOnDrag={() => setSelectOnDrag((on) => !on)}
          wheelZooms={wheelZooms}
        />
        <FarLayer />
        <OverviewMap ariaLabel="Overview map" />
        <Panel position="top-right">
          <EdgeLegend />
        </Panel>
        <CanvasWhatIfChip />
      </>
    ),
    [selectOnDrag, wheelZooms],
  )

  return (
    <div
      ref={wrapper}
      className={`canvas${connectTargets ? ' is-connecting' : ''}${far ? ' is-far' : ''}${panKeyHeld ? ' is-panning-by-key' : ''}`}
      data-connect-targets={connectTargets?.join(' ')}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ElementTree />
      <ReactFlow<DesignFlowNode, DesignFlowEdge>
        nodes={shown ? nodes : NOTHING_YET}
        edges={shown ? edges : NOTHING_YET}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        onSelectionStart={onSelectionStart}
        onSelectionEnd={onSelectionEnd}
        isValidConnection={isValidConnection}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={openElementMenu}
        onEdgeContextMenu={openConnectionMenu}
        onPaneContextMenu={openCanvasMenu}
        zoomOnDoubleClick
        onlyRenderVisibleElements={!far && docNodes.length > LARGE_DESIGN}
        connectionLineStyle={CONNECTION_LINE_STYLE}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={24}
        snapToGrid
        snapGrid={SNAP_GRID}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionOnDrag={selectOnDrag}
        panOnDrag={selectOnDrag ? PAN_BUTTONS_WHILE_SELECTING : true}
        panActivationKeyCode={PAN_KEY}
        nodesDraggable={!panKeyHeld}
        panOnScroll={!wheelZooms}
        panOnScrollMode={PanOnScrollMode.Free}
        panOnScrollSpeed={1}
        zoomOnScroll={wheelZooms}
        zoomActivationKeyCode={ZOOM_WHILE_WHEELING_KEYS}
        nodeDragThreshold={1}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        aria-label="Design canvas"
      >
        {chrome}
        <AlignmentGuides guides={guides} />
      </ReactFlow>
    </div>
  )
}
