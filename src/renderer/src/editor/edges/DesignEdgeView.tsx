// The edge drawn for every connection kind, styled by kind through CSS classes shared with the
// legend. It leaves and enters each element on the sides facing each other (whatever handle the
// user dragged from) and runs orthogonally, taking another side or bend when that passes through
// fewer containers holding neither end (edge-routing.ts); at far zoom it is a plain curve, cheap to
// draw by the thousand. With connection labels on (store/canvas-settings.ts) and names readable, it
// shows its kind ("linked to") at its middle; a click there selects the connection. Runs in the
// renderer (editing canvas and presentation).
import { memo, useMemo } from 'react'
import {
  BaseEdge,
  Position,
  getBezierPath,
  getSmoothStepPath,
  useInternalNode,
  useStore,
  type EdgeProps,
  type InternalNode,
  type ReactFlowState,
} from '@xyflow/react'
import { CONTAINER_KINDS } from '../../../../shared/kinds'
import type { NodeKind } from '../../../../shared/model/schema'
import { CONNECTION_KINDS } from '../../../../shared/kinds/connections'
import { useCanvasSettings } from '../../store/canvas-settings'
import {
  candidateRoutes,
  chooseRouteIndex,
  directRoute,
  type Box,
  type ContainerBox,
  type Side,
} from '../edge-routing'
import type { DesignFlowEdge } from '../flow-elements'
import { isFar } from '../zoom-level'

const POSITION: Readonly<Record<Side, Position>> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
}

/** Route index meaning "far zoom: draw the plain curve". */
const FAR_ROUTE = -1

function box(node: InternalNode): Box {
  const width = node.measured.width ?? node.width ?? 0
  const height = node.measured.height ?? node.height ?? 0
  const { x, y } = node.internals.positionAbsolute
  return { left: x, top: y, right: x + width, bottom: y + height }
}

/**
 * The absolute boxes of every container on the canvas, built once per React Flow node array (a
 * drag frame makes a new array; panning and zooming do not) and shared by every edge.
 */
const containerCache = new WeakMap<ReactFlowState['nodes'], ContainerBox[]>()
function containerBoxes(s: ReactFlowState): ContainerBox[] {
  let boxes = containerCache.get(s.nodes)
  if (!boxes) {
    boxes = []
    for (const node of s.nodeLookup.values()) {
      if (CONTAINER_KINDS.has(node.type as NodeKind)) boxes.push({ id: node.id, box: box(node) })
    }
    containerCache.set(s.nodes, boxes)
  }
  return boxes
}

/** The ids of `id` and every element holding it. */
function selfAndAncestors(s: ReactFlowState, id: string, into: Set<string>): void {
  for (let node = s.nodeLookup.get(id); node && !into.has(node.id);) {
    into.add(node.id)
    node = node.parentId === undefined ? undefined : s.nodeLookup.get(node.parentId)
  }
}

/**
 * A selector for the route index of the connection from `source` to `target` (FAR_ROUTE at far
 * zoom): a number, so the edge re-renders only when its route changes, and recomputed only when
 * the nodes change (not on every pan or zoom frame).
 */
function routeSelector(source: string, target: string): (s: ReactFlowState) => number {
  let lastNodes: ReactFlowState['nodes'] | undefined
  let lastIndex = 0
  return (s) => {
    if (isFar(s)) return FAR_ROUTE
    if (s.nodes === lastNodes) return lastIndex
    const sourceNode = s.nodeLookup.get(source)
    const targetNode = s.nodeLookup.get(target)
    lastNodes = s.nodes
    if (!sourceNode || !targetNode) return (lastIndex = 0)
    const related = new Set<string>()
    selfAndAncestors(s, source, related)
    selfAndAncestors(s, target, related)
    lastIndex = chooseRouteIndex(box(sourceNode), box(targetNode), containerBoxes(s), related)
    return lastIndex
  }
}

function DesignEdgeView({ id, source, target, data, markerEnd, selected }: EdgeProps<DesignFlowEdge>) {
  const sourceNode = useInternalNode(source)
  const targetNode = useInternalNode(target)
  const selectRoute = useMemo(() => routeSelector(source, target), [source, target])
  const routeIndex = useStore(selectRoute)
  const showLabel = useCanvasSettings((s) => s.edgeLabels) && routeIndex !== FAR_ROUTE
  if (!sourceNode || !targetNode || !data) return null
  const sourceBox = box(sourceNode)
  const targetBox = box(targetNode)
  const route =
    routeIndex === FAR_ROUTE
      ? directRoute(sourceBox, targetBox)
      : (candidateRoutes(sourceBox, targetBox)[routeIndex] ?? directRoute(sourceBox, targetBox))
  const horizontal = route.sourceSide === 'left' || route.sourceSide === 'right'
  const ends = {
    sourceX: route.sourceX,
    sourceY: route.sourceY,
    sourcePosition: POSITION[route.sourceSide],
    targetX: route.targetX,
    targetY: route.targetY,
    targetPosition: POSITION[route.targetSide],
  }
  const [path, labelX, labelY] =
    routeIndex === FAR_ROUTE
      ? getBezierPath(ends)
      : getSmoothStepPath({
          ...ends,
          borderRadius: 8,
          ...(horizontal ? { centerX: route.bend } : { centerY: route.bend }),
        })
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      className={`edge-style edge-style-${data.kind}${selected ? ' is-selected' : ''}`}
      interactionWidth={16}
      {...(showLabel && {
        label: CONNECTION_KINDS[data.kind].verb,
        labelX,
        labelY,
        labelShowBg: true,
        labelBgPadding: [4, 2] as [number, number],
        labelBgBorderRadius: 3,
      })}
    />
  )
}

export default memo(DesignEdgeView)
