// Geometry of a design as drawn: element sizes and container layouts (declared with each kind in
// src/shared/kinds), absolute positions from the parent chain, hit-testing a canvas point against
// containers, and growing containers so a new child fits. Pure; works on the DesignDocument alone
// (no React Flow internals), so placement decisions are deterministic.
import type { DesignDocument } from '../../../shared/model/document'
import { NODE_KINDS, type DesignNode, type NodeKind } from '../../../shared/model/schema'
import {
  CONTAINER_KINDS,
  KINDS,
  type ContainerLayout as KindContainerLayout,
  type Size,
} from '../../../shared/kinds'

/** Snap grid of the canvas, in flow units. */
export const GRID = 16

export type { Size }
export interface Point {
  readonly x: number
  readonly y: number
}
export interface Rect extends Point, Size {}

export interface ContainerLayout extends KindContainerLayout {
  readonly defaultSize: Size
}

/** Layout of each container kind with its default size, as its kind declares them. */
export const CONTAINER_LAYOUT: Readonly<Partial<Record<NodeKind, ContainerLayout>>> = Object.fromEntries(
  NODE_KINDS.flatMap((kind) => {
    const { container, size } = KINDS[kind]
    return container ? [[kind, { ...container, defaultSize: size }]] : []
  }),
)

export const defaultSize = (kind: NodeKind): Size => KINDS[kind].size

/** The size an element is drawn at: its stored size, else its kind's default. */
export function nodeSize(node: Pick<DesignNode, 'kind' | 'size'>): Size {
  return node.size ?? defaultSize(node.kind)
}

export const isContainer = (kind: NodeKind): boolean => CONTAINER_KINDS.has(kind)

export type NodeIndex = ReadonlyMap<string, DesignNode>

const parentIdCache = new WeakMap<DesignDocument, ReadonlySet<string>>()

/** Ids of the nodes that contain at least one other node (computed once per document object). */
export function parentIds(doc: DesignDocument): ReadonlySet<string> {
  let ids = parentIdCache.get(doc)
  if (!ids) {
    ids = new Set(doc.nodes.flatMap((n) => (n.parentId === undefined ? [] : [n.parentId])))
    parentIdCache.set(doc, ids)
  }
  return ids
}

/** The elements by id: a new map, the caller's to keep up to date. */
export function indexNodes(doc: Pick<DesignDocument, 'nodes'>): Map<string, DesignNode> {
  return new Map(doc.nodes.map((n) => [n.id, n]))
}

/** Absolute canvas position (positions of nested nodes are relative to their parent). */
export function absolutePosition(index: NodeIndex, id: string): Point {
  let x = 0
  let y = 0
  let current = index.get(id)
  let guard = 0
  while (current && guard++ < 64) {
    x += current.position.x
    y += current.position.y
    current = current.parentId === undefined ? undefined : index.get(current.parentId)
  }
  return { x, y }
}

export function absoluteRect(index: NodeIndex, id: string): Rect | undefined {
  const node = index.get(id)
  if (!node) return undefined
  return { ...absolutePosition(index, id), ...nodeSize(node) }
}

function depth(index: NodeIndex, node: DesignNode): number {
  let d = 0
  let current: DesignNode | undefined = node
  while (current?.parentId !== undefined && d < 64) {
    current = index.get(current.parentId)
    d++
  }
  return d
}

const contains = (r: Rect, p: Point) =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height

export const rectsOverlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The innermost container under a canvas point, if any. */
export function containerAt(index: NodeIndex, point: Point): DesignNode | undefined {
  let best: DesignNode | undefined
  let bestDepth = -1
  for (const node of index.values()) {
    if (!isContainer(node.kind)) continue
    const rect = absoluteRect(index, node.id)
    if (!rect || !contains(rect, point)) continue
    const d = depth(index, node)
    if (d > bestDepth) {
      best = node
      bestDepth = d
    }
  }
  return best
}

/** The node itself and its ancestors, innermost first. */
export function selfAndAncestors(index: NodeIndex, id: string): DesignNode[] {
  const chain: DesignNode[] = []
  let current = index.get(id)
  while (current && chain.length < 64) {
    chain.push(current)
    current = current.parentId === undefined ? undefined : index.get(current.parentId)
  }
  return chain
}

/** `position` (relative to its container) of a nested element, moved back inside the container. */
export function keepInsideParent(index: NodeIndex, node: DesignNode, position: Point): Point {
  const parent = node.parentId === undefined ? undefined : index.get(node.parentId)
  if (!parent) return position
  const size = nodeSize(node)
  const room = nodeSize(parent)
  const clamp = (value: number, hi: number) => Math.min(Math.max(value, 0), Math.max(0, hi))
  return { x: clamp(position.x, room.width - size.width), y: clamp(position.y, room.height - size.height) }
}

export const snap = (value: number): number => Math.round(value / GRID) * GRID

function childrenOf(index: NodeIndex, parentId: string): DesignNode[] {
  return [...index.values()].filter((n) => n.parentId === parentId)
}

/** Where the next child of `parent` goes when no drop point is given: after its last child. */
export function nextChildSlot(index: NodeIndex, parent: DesignNode): Point {
  const layout = CONTAINER_LAYOUT[parent.kind]
  if (!layout) return { x: 0, y: 0 }
  const children = childrenOf(index, parent.id)
  if (children.length === 0) return { x: layout.padX, y: layout.header }
  if (layout.flow === 'row') {
    const right = Math.max(...children.map((c) => c.position.x + nodeSize(c).width))
    return { x: right + layout.gap, y: layout.header }
  }
  const bottom = Math.max(...children.map((c) => c.position.y + nodeSize(c).height))
  return { x: layout.padX, y: bottom + layout.gap }
}

/**
 * Position (relative to `parent`) for a child dropped at absolute `point`: centred on the point,
 * snapped, kept below the header and inside the left/top margins; if that spot overlaps a sibling
 * the child goes to the next free slot instead.
 */
export function childPositionAt(index: NodeIndex, parent: DesignNode, point: Point, size: Size): Point {
  const layout = CONTAINER_LAYOUT[parent.kind]
  if (!layout) return point
  const origin = absolutePosition(index, parent.id)
  const x = Math.max(layout.padX, snap(point.x - origin.x - size.width / 2))
  const y = Math.max(layout.header, snap(point.y - origin.y - size.height / 2))
  const candidate: Rect = { x, y, ...size }
  const clash = childrenOf(index, parent.id).some((c) =>
    rectsOverlap(candidate, { ...c.position, ...nodeSize(c) }),
  )
  return clash ? nextChildSlot(index, parent) : { x, y }
}

/**
 * New sizes for `parentId` and its ancestors so that a child occupying `childRect` (relative to
 * the parent) fits with the container's margins. Only containers that must grow are returned.
 */
export function growToFit(index: NodeIndex, parentId: string, childRect: Rect): Map<string, Size> {
  const resized = new Map<string, Size>()
  let parent = index.get(parentId)
  let rect = childRect
  while (parent) {
    const layout = CONTAINER_LAYOUT[parent.kind]
    const current = nodeSize(parent)
    const padX = layout?.padX ?? 0
    const padBottom = layout?.padBottom ?? 0
    const width = Math.max(current.width, rect.x + rect.width + padX)
    const height = Math.max(current.height, rect.y + rect.height + padBottom)
    if (width === current.width && height === current.height) break
    resized.set(parent.id, { width, height })
    rect = { ...parent.position, width, height }
    parent = parent.parentId === undefined ? undefined : index.get(parent.parentId)
  }
  return resized
}

/**
 * Smallest size a container may be resized to: big enough for its children plus margins, and at
 * least a header and some room.
 */
export function minimumContainerSize(index: NodeIndex, container: DesignNode): Size {
  const layout = CONTAINER_LAYOUT[container.kind]
  const base = { width: 160, height: (layout?.header ?? 40) + 24 }
  let width = base.width
  let height = base.height
  for (const child of childrenOf(index, container.id)) {
    const size = nodeSize(child)
    width = Math.max(width, child.position.x + size.width + (layout?.padX ?? 0))
    height = Math.max(height, child.position.y + size.height + (layout?.padBottom ?? 0))
  }
  return { width, height }
}

/** A free top-level spot near `point` (stepping right and down until nothing overlaps). */
export function freeTopLevelSpot(index: NodeIndex, point: Point, size: Size): Point {
  const topLevel = [...index.values()].filter((n) => n.parentId === undefined)
  for (let step = 0; step < 60; step++) {
    const candidate: Rect = { x: snap(point.x + step * GRID * 2), y: snap(point.y + step * GRID), ...size }
    if (!topLevel.some((n) => rectsOverlap(candidate, { ...n.position, ...nodeSize(n) }))) return candidate
  }
  return { x: snap(point.x), y: snap(point.y) }
}

/** The box around every element of the whole design, in canvas coordinates. */
export function designBounds(doc: Pick<DesignDocument, 'nodes'>): Rect | null {
  const index = indexNodes(doc)
  let bounds: { left: number; top: number; right: number; bottom: number } | null = null
  for (const node of doc.nodes) {
    const r = absoluteRect(index, node.id)
    if (!r) continue
    bounds = bounds
      ? {
          left: Math.min(bounds.left, r.x),
          top: Math.min(bounds.top, r.y),
          right: Math.max(bounds.right, r.x + r.width),
          bottom: Math.max(bounds.bottom, r.y + r.height),
        }
      : { left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height }
  }
  return (
    bounds && {
      x: bounds.left,
      y: bounds.top,
      width: bounds.right - bounds.left,
      height: bounds.bottom - bounds.top,
    }
  )
}
