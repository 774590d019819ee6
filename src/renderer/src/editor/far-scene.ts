// The design as the far-zoom layer draws it and the canvas hit-tests it: every element's absolute
// box (its live drag position and size when it has one), parents before children and notes last,
// and every connection's two ends on the facing sides of its elements. Also the queries the canvas
// needs while only a few elements are React Flow nodes: the innermost element under a point, the
// elements inside a selection box, and an element with the ids of its containers. Pure (no DOM,
// no React), so it is unit-tested and shared by the far layer (FarLayer.tsx), the canvas and the
// overview map. Runs in the renderer.
import type { DesignEdge, DesignNode, EdgeKind, NodeKind } from '../../../shared/model/schema'
import { isContainer, nodeSize, type Point, type Rect } from '../design/geometry'
import type { LiveGeometry } from '../store/document'
import { directRoute, type Route } from './edge-routing'

export interface SceneElement {
  readonly id: string
  readonly kind: NodeKind
  readonly parentId: string | undefined
  /** Absolute box in canvas (flow) units. */
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  /** Containers holding it (0 for a top-level element). */
  readonly depth: number
  readonly container: boolean
}

export interface SceneConnection {
  readonly id: string
  readonly kind: EdgeKind
  readonly source: string
  readonly target: string
  readonly route: Route
}

export interface Scene {
  /** Drawing order: containers by depth, then leaves by depth, notes last (over everything). */
  readonly elements: readonly SceneElement[]
  readonly byId: ReadonlyMap<string, SceneElement>
  readonly connections: readonly SceneConnection[]
}

/** Depth of every element (cycles and missing parents count as top level). */
function depths(nodes: readonly DesignNode[], byId: ReadonlyMap<string, DesignNode>): Map<string, number> {
  const out = new Map<string, number>()
  const depthOf = (node: DesignNode, guard: number): number => {
    const known = out.get(node.id)
    if (known !== undefined) return known
    const parent = node.parentId === undefined ? undefined : byId.get(node.parentId)
    const depth = parent && guard < 64 ? depthOf(parent, guard + 1) + 1 : 0
    out.set(node.id, depth)
    return depth
  }
  for (const node of nodes) depthOf(node, 0)
  return out
}

const drawRank = (e: SceneElement): number => (e.kind === 'note' ? 2 : e.container ? 0 : 1)

const sameElement = (a: SceneElement, b: SceneElement): boolean =>
  a.kind === b.kind &&
  a.parentId === b.parentId &&
  a.x === b.x &&
  a.y === b.y &&
  a.width === b.width &&
  a.height === b.height &&
  a.depth === b.depth

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i])

/**
 * Builds the scene of `nodes` and `edges`, with `live` drag positions and sizes applied. Given the
 * `previous` scene, every element, connection and list that did not change is that scene's very
 * object: an edit to an element's properties gives back the previous scene itself, and a drag frame
 * re-routes only the connections of what moved (docs/performance.md).
 */
export function buildScene(
  nodes: readonly DesignNode[],
  edges: readonly DesignEdge[],
  live: LiveGeometry,
  previous?: Scene,
): Scene {
  const source = new Map(nodes.map((n) => [n.id, n]))
  const depth = depths(nodes, source)
  const absolute = new Map<string, Point>()
  const positionOf = (node: DesignNode, guard: number): Point => {
    const known = absolute.get(node.id)
    if (known) return known
    const own = live.positions.get(node.id) ?? node.position
    const parent = node.parentId === undefined ? undefined : source.get(node.parentId)
    const origin = parent && guard < 64 ? positionOf(parent, guard + 1) : { x: 0, y: 0 }
    const at = { x: origin.x + own.x, y: origin.y + own.y }
    absolute.set(node.id, at)
    return at
  }
  let reused = 0
  const built: SceneElement[] = nodes.map((node) => {
    const { x, y } = positionOf(node, 0)
    const { width, height } = live.sizes.get(node.id) ?? nodeSize(node)
    const element: SceneElement = {
      id: node.id,
      kind: node.kind,
      parentId: node.parentId,
      x,
      y,
      width,
      height,
      depth: depth.get(node.id) ?? 0,
      container: isContainer(node.kind),
    }
    const before = previous?.byId.get(node.id)
    if (before && sameElement(before, element)) {
      reused++
      return before
    }
    return element
  })
  const unchanged =
    previous !== undefined && reused === built.length && built.length === previous.elements.length
  const elements = unchanged
    ? previous.elements
    : built.sort((a, b) => drawRank(a) - drawRank(b) || a.depth - b.depth)
  const byId = unchanged ? previous.byId : new Map(elements.map((e) => [e.id, e]))
  const earlier = new Map(previous?.connections.map((c) => [c.id, c]))
  const box = (e: SceneElement) => ({ left: e.x, top: e.y, right: e.x + e.width, bottom: e.y + e.height })
  const connections: SceneConnection[] = []
  for (const edge of edges) {
    const from = byId.get(edge.source)
    const to = byId.get(edge.target)
    if (!from || !to) continue
    const before = earlier.get(edge.id)
    const keep =
      before !== undefined &&
      before.kind === edge.kind &&
      before.source === edge.source &&
      before.target === edge.target &&
      previous?.byId.get(edge.source) === from &&
      previous.byId.get(edge.target) === to
    connections.push(
      keep
        ? before
        : {
            id: edge.id,
            kind: edge.kind,
            source: edge.source,
            target: edge.target,
            route: directRoute(box(from), box(to)),
          },
    )
  }
  if (unchanged && sameList(connections, previous.connections)) return previous
  return {
    elements,
    byId,
    connections: previous && sameList(connections, previous.connections) ? previous.connections : connections,
  }
}

const contains = (e: SceneElement, p: Point) =>
  p.x >= e.x && p.x <= e.x + e.width && p.y >= e.y && p.y <= e.y + e.height

/** The element drawn on top at `point` (the innermost one; a note over everything), or undefined. */
export function elementAt(scene: Scene, point: Point): SceneElement | undefined {
  for (let i = scene.elements.length - 1; i >= 0; i--) {
    const element = scene.elements[i] as SceneElement
    if (contains(element, point)) return element
  }
  return undefined
}

/** The elements lying wholly inside `rect` (React Flow's "full" selection mode), in drawing order. */
export function elementsInside(scene: Scene, rect: Rect): SceneElement[] {
  const right = rect.x + rect.width
  const bottom = rect.y + rect.height
  return scene.elements.filter(
    (e) => e.x >= rect.x && e.y >= rect.y && e.x + e.width <= right && e.y + e.height <= bottom,
  )
}

/** The ids of `ids` and of every container holding one of them. */
export function withContainers(scene: Scene, ids: Iterable<string>): Set<string> {
  const out = new Set<string>()
  for (const id of ids) {
    for (let e = scene.byId.get(id); e && !out.has(e.id);) {
      out.add(e.id)
      e = e.parentId === undefined ? undefined : scene.byId.get(e.parentId)
    }
  }
  return out
}

/** The connections with an end on one of `ids` (React Flow's box selection takes them along). */
export function connectionsOf(scene: Scene, ids: ReadonlySet<string>): string[] {
  return scene.connections.filter((c) => ids.has(c.source) || ids.has(c.target)).map((c) => c.id)
}

const boundsCache = new WeakMap<Scene, Rect | null>()

/** Bounds of the whole scene, or null when it is empty (computed once per scene). */
export function sceneBounds(scene: Scene): Rect | null {
  if (boundsCache.has(scene)) return boundsCache.get(scene) ?? null
  const bounds = computeBounds(scene)
  boundsCache.set(scene, bounds)
  return bounds
}

function computeBounds(scene: Scene): Rect | null {
  if (scene.elements.length === 0) return null
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const e of scene.elements) {
    left = Math.min(left, e.x)
    top = Math.min(top, e.y)
    right = Math.max(right, e.x + e.width)
    bottom = Math.max(bottom, e.y + e.height)
  }
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/**
 * The control-point offset of React Flow's bezier edges (getBezierPath, curvature 0.25), so the far
 * layer draws the same curves React Flow drew at far zoom.
 */
export function bezierOffset(distance: number, curvature = 0.25): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance)
}

/**
 * Whether `next` places every element as `previous` did: the same elements in the same order, any
 * changed one changed in its properties only (a quick check per element, instead of rebuilding).
 */
function sameGeometry(previous: readonly DesignNode[], next: readonly DesignNode[]): boolean {
  if (previous.length !== next.length) return false
  for (let i = 0; i < next.length; i++) {
    const a = previous[i] as DesignNode
    const b = next[i] as DesignNode
    if (a === b) continue
    if (
      a.id !== b.id ||
      a.kind !== b.kind ||
      a.parentId !== b.parentId ||
      a.position.x !== b.position.x ||
      a.position.y !== b.position.y ||
      a.size?.width !== b.size?.width ||
      a.size?.height !== b.size?.height
    )
      return false
  }
  return true
}

let cached: {
  readonly nodes: readonly DesignNode[]
  readonly edges: readonly DesignEdge[]
  readonly live: LiveGeometry
  readonly scene: Scene
} | null = null

/**
 * The scene of the document's current `nodes`, `edges` and `live` geometry, built once per change
 * of any of them (by identity) from the scene before, and shared by everything drawing or
 * hit-testing it in a frame.
 */
export function sceneOf(
  nodes: readonly DesignNode[],
  edges: readonly DesignEdge[],
  live: LiveGeometry,
): Scene {
  if (cached?.nodes === nodes && cached.edges === edges && cached.live === live) return cached.scene
  const scene =
    cached && cached.edges === edges && cached.live === live && sameGeometry(cached.nodes, nodes)
      ? cached.scene
      : buildScene(nodes, edges, live, cached?.scene)
  cached = { nodes, edges, live, scene }
  return scene
}
