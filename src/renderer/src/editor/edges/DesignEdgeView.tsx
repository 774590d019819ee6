// The edge drawn for every connection kind: a "floating" bezier that leaves and enters each
// element on the sides facing each other (so edges between nested elements and large containers
// read cleanly, whatever handle the user dragged from), styled by kind through CSS classes shared
// with the legend. Runs in the renderer.
import { memo } from 'react'
import {
  BaseEdge,
  Position,
  getBezierPath,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react'
import type { DesignFlowEdge } from '../flow-elements'

interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

interface Anchors {
  readonly sx: number
  readonly sy: number
  readonly sourcePosition: Position
  readonly tx: number
  readonly ty: number
  readonly targetPosition: Position
}

function box(node: InternalNode): Box {
  const width = node.measured.width ?? node.width ?? 0
  const height = node.measured.height ?? node.height ?? 0
  const { x, y } = node.internals.positionAbsolute
  return { left: x, top: y, right: x + width, bottom: y + height }
}

/**
 * Picks the facing sides of two boxes: left/right when they are apart horizontally at least as
 * much as vertically (diagrams here mostly read left to right), top/bottom otherwise; the edge
 * leaves and enters at the middle of those sides.
 */
function anchors(a: Box, b: Box): Anchors {
  const gapX = Math.max(b.left - a.right, a.left - b.right)
  const gapY = Math.max(b.top - a.bottom, a.top - b.bottom)
  const acx = (a.left + a.right) / 2
  const acy = (a.top + a.bottom) / 2
  const bcx = (b.left + b.right) / 2
  const bcy = (b.top + b.bottom) / 2
  if (gapX >= gapY) {
    const rightward = bcx >= acx
    return {
      sx: rightward ? a.right : a.left,
      sy: acy,
      sourcePosition: rightward ? Position.Right : Position.Left,
      tx: rightward ? b.left : b.right,
      ty: bcy,
      targetPosition: rightward ? Position.Left : Position.Right,
    }
  }
  const downward = bcy >= acy
  return {
    sx: acx,
    sy: downward ? a.bottom : a.top,
    sourcePosition: downward ? Position.Bottom : Position.Top,
    tx: bcx,
    ty: downward ? b.top : b.bottom,
    targetPosition: downward ? Position.Top : Position.Bottom,
  }
}

function DesignEdgeView({ id, source, target, data, markerEnd, selected }: EdgeProps<DesignFlowEdge>) {
  const sourceNode = useInternalNode(source)
  const targetNode = useInternalNode(target)
  if (!sourceNode || !targetNode || !data) return null
  const a = anchors(box(sourceNode), box(targetNode))
  const [path] = getBezierPath({
    sourceX: a.sx,
    sourceY: a.sy,
    sourcePosition: a.sourcePosition,
    targetX: a.tx,
    targetY: a.ty,
    targetPosition: a.targetPosition,
  })
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      className={`edge-style edge-style-${data.kind}${selected ? ' is-selected' : ''}`}
      interactionWidth={16}
    />
  )
}

export default memo(DesignEdgeView)
