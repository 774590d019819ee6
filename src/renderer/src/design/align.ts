// Aligning, distributing and nudging selected elements. Align and distribute work on siblings (the
// same container, or all top level) within the box the selection spans, so nested elements never
// leave their container; nudging (arrow keys) moves the outermost selected elements and keeps nested
// ones inside their container. Each returns new positions for the store to commit as one step. Pure;
// runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { DesignNode } from '../../../shared/model/schema'
import { COORD_MAX } from '../../../shared/model/limits'
import { type NodeIndex, type Point, indexNodes, nodeSize } from './geometry'

export const ALIGN_MODES = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const
export type AlignMode = (typeof ALIGN_MODES)[number]
export const DISTRIBUTE_AXES = ['horizontal', 'vertical'] as const
export type DistributeAxis = (typeof DISTRIBUTE_AXES)[number]

export type PositionsOrReason =
  | { readonly ok: true; readonly positions: ReadonlyMap<string, Point> }
  | { readonly ok: false; readonly reason: string }

const refuse = (reason: string): PositionsOrReason => ({ ok: false, reason })

/** The selected nodes if they are 2+ siblings, else why they cannot be aligned. */
export function selectedSiblings(
  doc: Pick<DesignDocument, 'nodes'>,
  ids: Iterable<string>,
):
  | { readonly ok: true; readonly nodes: readonly DesignNode[] }
  | { readonly ok: false; readonly reason: string } {
  const wanted = new Set(ids)
  const nodes = doc.nodes.filter((n) => wanted.has(n.id))
  if (nodes.length < 2) return { ok: false, reason: 'Select two or more elements to align them.' }
  const parent = nodes[0]?.parentId
  if (nodes.some((n) => n.parentId !== parent))
    return {
      ok: false,
      reason: 'Only elements in the same container (or all at the top level) can be aligned together.',
    }
  return { ok: true, nodes }
}

/** True when the selection can be aligned (drives whether the align toolbar shows). */
export function canAlign(doc: Pick<DesignDocument, 'nodes'>, ids: ReadonlySet<string>): boolean {
  return ids.size >= 2 && selectedSiblings(doc, ids).ok
}

interface Box {
  readonly node: DesignNode
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

const boxes = (nodes: readonly DesignNode[]): Box[] =>
  nodes.map((node) => ({ node, ...node.position, ...nodeSize(node) }))

/** Changed positions only (aligning what is already aligned changes nothing). */
function changed(list: readonly { node: DesignNode; x: number; y: number }[]): Map<string, Point> {
  const out = new Map<string, Point>()
  for (const { node, x, y } of list)
    if (x !== node.position.x || y !== node.position.y) out.set(node.id, { x, y })
  return out
}

/** Aligns the selected siblings' edges or centres to the box they span together. */
export function alignNodes(doc: DesignDocument, ids: Iterable<string>, mode: AlignMode): PositionsOrReason {
  const siblings = selectedSiblings(doc, ids)
  if (!siblings.ok) return siblings
  const list = boxes(siblings.nodes)
  const left = Math.min(...list.map((b) => b.x))
  const right = Math.max(...list.map((b) => b.x + b.width))
  const top = Math.min(...list.map((b) => b.y))
  const bottom = Math.max(...list.map((b) => b.y + b.height))
  const place = (b: Box): { node: DesignNode; x: number; y: number } => {
    switch (mode) {
      case 'left':
        return { node: b.node, x: left, y: b.y }
      case 'centre':
        return { node: b.node, x: Math.round((left + right) / 2 - b.width / 2), y: b.y }
      case 'right':
        return { node: b.node, x: right - b.width, y: b.y }
      case 'top':
        return { node: b.node, x: b.x, y: top }
      case 'middle':
        return { node: b.node, x: b.x, y: Math.round((top + bottom) / 2 - b.height / 2) }
      case 'bottom':
        return { node: b.node, x: b.x, y: bottom - b.height }
    }
  }
  return { ok: true, positions: changed(list.map(place)) }
}

/**
 * Spreads 3+ selected siblings so the gaps between them are equal along the axis; the first and
 * last (by position) stay where they are.
 */
export function distributeNodes(
  doc: DesignDocument,
  ids: Iterable<string>,
  axis: DistributeAxis,
): PositionsOrReason {
  const siblings = selectedSiblings(doc, ids)
  if (!siblings.ok) return siblings
  if (siblings.nodes.length < 3) return refuse('Select three or more elements to distribute them.')
  const horizontal = axis === 'horizontal'
  const start = (b: Box) => (horizontal ? b.x : b.y)
  const length = (b: Box) => (horizontal ? b.width : b.height)
  const list = boxes(siblings.nodes).sort((a, b) => start(a) - start(b) || a.node.id.localeCompare(b.node.id))
  const first = list[0] as Box
  const end = Math.max(...list.map((b) => start(b) + length(b)))
  const total = list.reduce((sum, b) => sum + length(b), 0)
  const gap = (end - start(first) - total) / (list.length - 1)
  let cursor = start(first)
  const placed = list.map((b) => {
    const at = Math.round(cursor)
    cursor += length(b) + gap
    return horizontal ? { node: b.node, x: at, y: b.y } : { node: b.node, x: b.x, y: at }
  })
  return { ok: true, positions: changed(placed) }
}

/** The selected nodes that no other selected node contains (moving a container moves its contents). */
function outermost(index: NodeIndex, ids: ReadonlySet<string>): DesignNode[] {
  const out: DesignNode[] = []
  for (const id of ids) {
    const node = index.get(id)
    if (!node) continue
    let parentId = node.parentId
    let nested = false
    for (let guard = 0; parentId !== undefined && guard < 64; guard++) {
      if (ids.has(parentId)) {
        nested = true
        break
      }
      parentId = index.get(parentId)?.parentId
    }
    if (!nested) out.push(node)
  }
  return out
}

const clamp = (value: number, lo: number, hi: number) => Math.min(Math.max(value, lo), Math.max(lo, hi))

/**
 * Positions after moving the selection by (dx, dy): nested elements stay inside their container
 * (React Flow's "parent" extent), top-level ones inside the canvas bounds.
 */
export function nudgeNodes(
  doc: DesignDocument,
  ids: ReadonlySet<string>,
  dx: number,
  dy: number,
): ReadonlyMap<string, Point> {
  const index = indexNodes(doc)
  const moved = outermost(index, ids).map((node) => {
    const size = nodeSize(node)
    const parent = node.parentId === undefined ? undefined : index.get(node.parentId)
    const parentSize = parent ? nodeSize(parent) : undefined
    const x = parentSize
      ? clamp(node.position.x + dx, 0, parentSize.width - size.width)
      : clamp(node.position.x + dx, -COORD_MAX, COORD_MAX)
    const y = parentSize
      ? clamp(node.position.y + dy, 0, parentSize.height - size.height)
      : clamp(node.position.y + dy, -COORD_MAX, COORD_MAX)
    return { node, x, y }
  })
  return changed(moved)
}
