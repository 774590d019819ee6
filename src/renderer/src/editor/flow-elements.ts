// Derives React Flow nodes and edges from the document with per-id caches: an element whose place,
// size, kind, parent, name, selection and live drag position/size are unchanged keeps the very same
// React Flow object (its view reads the rest of the element itself), so React Flow re-adopts and
// re-renders only what changed (a drag frame touches the dragged nodes only); when no object
// changed, the very same array comes back, so React Flow skips the update altogether (an edit to
// one element's properties touches neither React Flow's nodes nor the edges). Runs in the renderer.
import type { Edge, Node } from '@xyflow/react'
import type { DesignEdge, DesignNode, EdgeKind, NodeKind } from '../../../shared/model/schema'
import { nodeSize, type Point, type Size } from '../design/geometry'
import { KINDS } from '../../../shared/kinds'
import { CONNECTION_KINDS } from '../../../shared/kinds/connections'
import { accessibleNodeName } from '../design/kind-info'
import type { LiveGeometry } from '../store/document'

/**
 * `node` is the element as it was when the React Flow node was built; it can be older than the
 * document (see sameFrame), so views read the element with useElement and fall back to it.
 */
export type DesignNodeData = { readonly node: DesignNode }
export type DesignFlowNode = Node<DesignNodeData, NodeKind>
export type DesignEdgeData = { readonly kind: EdgeKind }
export type DesignFlowEdge = Edge<DesignEdgeData, 'design'>

/** Notes float above containers and their contents. */
const NOTE_Z_INDEX = 10

interface NodeEntry {
  readonly source: DesignNode
  readonly selected: boolean
  readonly position: Point | undefined
  readonly size: Size | undefined
  readonly flow: DesignFlowNode
}

/**
 * Does the React Flow node built from `built` also stand for `next`? It holds the element's place,
 * size, kind, parent and name (its accessible name); the node view reads everything else from the
 * document itself (store/element-content.ts), so an edit to anything else needs no new node.
 */
function sameFrame(built: DesignNode, next: DesignNode): boolean {
  return (
    built === next ||
    (built.kind === next.kind &&
      built.name === next.name &&
      built.parentId === next.parentId &&
      built.position.x === next.position.x &&
      built.position.y === next.position.y &&
      built.size?.width === next.size?.width &&
      built.size?.height === next.size?.height)
  )
}

/** Orders nodes so every parent precedes its children (React Flow requires it). */
function parentsFirst(nodes: readonly DesignNode[]): readonly DesignNode[] {
  const seen = new Set<string>()
  let ordered = true
  for (const n of nodes) {
    if (n.parentId !== undefined && !seen.has(n.parentId)) {
      ordered = false
      break
    }
    seen.add(n.id)
  }
  if (ordered) return nodes
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const out: DesignNode[] = []
  const placed = new Set<string>()
  const place = (n: DesignNode, depth: number) => {
    if (placed.has(n.id) || depth > 64) return
    const parent = n.parentId === undefined ? undefined : byId.get(n.parentId)
    if (parent) place(parent, depth + 1)
    placed.add(n.id)
    out.push(n)
  }
  for (const n of nodes) place(n, 0)
  return out
}

/** `next` when any item differs from `previous` (by identity, in order), else `previous`. */
function sameOrNext<T>(previous: T[], next: T[]): T[] {
  return previous.length === next.length && next.every((item, i) => item === previous[i]) ? previous : next
}

export class FlowNodeCache {
  private entries = new Map<string, NodeEntry>()
  private output: DesignFlowNode[] = []
  private readonly measured = new Map<string, { width: number; height: number }>()

  /** Remembers a node's measured size so a rebuilt object keeps it (no re-measure, no flicker). */
  setMeasured(id: string, dimensions: { width: number; height: number }): void {
    this.measured.set(id, dimensions)
  }

  derive(nodes: readonly DesignNode[], selected: ReadonlySet<string>, live: LiveGeometry): DesignFlowNode[] {
    const next = new Map<string, NodeEntry>()
    const out: DesignFlowNode[] = []
    for (const source of parentsFirst(nodes)) {
      const isSelected = selected.has(source.id)
      const position = live.positions.get(source.id)
      const size = live.sizes.get(source.id)
      const previous = this.entries.get(source.id)
      const entry =
        previous &&
        sameFrame(previous.source, source) &&
        previous.selected === isSelected &&
        previous.position === position &&
        previous.size === size
          ? previous
          : {
              source,
              selected: isSelected,
              position,
              size,
              flow: this.build(source, isSelected, position, size, position !== undefined),
            }
      next.set(source.id, entry)
      out.push(entry.flow)
    }
    for (const id of this.measured.keys()) if (!next.has(id)) this.measured.delete(id)
    this.entries = next
    this.output = sameOrNext(this.output, out)
    return this.output
  }

  private build(
    source: DesignNode,
    selected: boolean,
    position: Point | undefined,
    size: Size | undefined,
    dragging: boolean,
  ): DesignFlowNode {
    const { width, height } = size ?? nodeSize(source)
    const measured = this.measured.get(source.id)
    const node: DesignFlowNode = {
      id: source.id,
      type: source.kind,
      position: position ?? source.position,
      data: { node: source },
      selected,
      width,
      height,
      ariaLabel: accessibleNodeName(source.kind, source.name),
    }
    if (source.parentId !== undefined) {
      node.parentId = source.parentId
    }
    if (source.kind === 'note') node.zIndex = NOTE_Z_INDEX
    if (dragging) node.dragging = true
    if (measured) node.measured = measured
    return node
  }
}

interface EdgeEntry {
  readonly source: DesignEdge
  readonly selected: boolean
  readonly label: string
  readonly flow: DesignFlowEdge
}

function edgeLabel(edge: DesignEdge, names: ReadonlyMap<string, string>): string {
  return `${CONNECTION_KINDS[edge.kind].label}: ${names.get(edge.source) ?? edge.source} → ${names.get(edge.target) ?? edge.target}`
}

export class FlowEdgeCache {
  private entries = new Map<string, EdgeEntry>()
  private output: DesignFlowEdge[] = []

  derive(
    edges: readonly DesignEdge[],
    nodes: readonly DesignNode[],
    selected: ReadonlySet<string>,
  ): DesignFlowEdge[] {
    const names = new Map(nodes.map((n) => [n.id, n.name.trim() === '' ? KINDS[n.kind].label : n.name]))
    const next = new Map<string, EdgeEntry>()
    const out: DesignFlowEdge[] = []
    for (const source of edges) {
      const isSelected = selected.has(source.id)
      const label = edgeLabel(source, names)
      const previous = this.entries.get(source.id)
      const entry =
        previous && previous.source === source && previous.selected === isSelected && previous.label === label
          ? previous
          : {
              source,
              selected: isSelected,
              label,
              flow: {
                id: source.id,
                type: 'design' as const,
                source: source.source,
                target: source.target,
                data: { kind: source.kind },
                selected: isSelected,
                className: `edge-kind-${source.kind}`,
                markerEnd: markerId(source.kind),
                ariaLabel: label,
              },
            }
      next.set(source.id, entry)
      out.push(entry.flow)
    }
    this.entries = next
    this.output = sameOrNext(this.output, out)
    return this.output
  }
}

/** Id of the arrowhead marker drawn for an edge kind (defined once by the canvas). */
export const markerId = (kind: EdgeKind): string => `cmg-arrow-${kind}`
