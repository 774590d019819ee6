// Auto-layout of a design. Containers are tidied first (servers side by side in their site, roles
// stacked in their server, CMGs and cloud DPs stacked in their subscription; sizes fit the
// contents), then ELK's layered algorithm arranges the sites top-down along the hierarchy edges
// (CAS above primaries above secondaries), and a second ELK run arranges the columns left to right:
// client populations, boundary groups, the sites, Azure subscriptions, ordering each column so that
// connections cross as little as possible. Notes keep their place next to the element they were
// closest to and move only as far as needed not to cover anything. The result (new positions and
// sizes) is committed by the caller as one step; nothing overlaps. Pure apart from the ELK instance
// it is given (the app passes one running in a worker; tests pass elkjs directly).
import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api'
import type { DesignDocument } from '../../../shared/model/document'
import type { DesignNode, NodeKind } from '../../../shared/model/schema'
import {
  CONTAINER_LAYOUT,
  GRID,
  type Point,
  type Rect,
  type Size,
  nodeSize,
  rectsOverlap,
  snap,
} from './geometry'

/** The part of an ELK instance the layout needs. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>
}

export interface LayoutResult {
  readonly positions: ReadonlyMap<string, Point>
  readonly sizes: ReadonlyMap<string, Size>
}

/** Space between sites in a level and between hierarchy levels. */
const SITE_SPACING = 64
const SITE_LEVEL_SPACING = 96
/** Space between elements of a column and between columns. */
const COLUMN_NODE_SPACING = 48
const COLUMN_SPACING = 128

/** Left-to-right column of each top-level kind (sites form one block in their column). */
const COLUMN: Readonly<Partial<Record<NodeKind, number>>> = {
  clientPopulation: 0,
  boundaryGroup: 1,
  site: 2,
  azureSubscription: 3,
}
const SITES_COLUMN = 2
const SITE_LEVEL = { cas: 0, primary: 1, secondary: 2 } as const
const SITES_BLOCK_ID = 'layout-sites-block'

interface Placed {
  readonly position: Point
  readonly size: Size
}

interface Tree {
  readonly byId: ReadonlyMap<string, DesignNode>
  readonly children: ReadonlyMap<string, readonly DesignNode[]>
  readonly order: ReadonlyMap<string, number>
}

function buildTree(doc: DesignDocument): Tree {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]))
  const children = new Map<string, DesignNode[]>()
  for (const n of doc.nodes) {
    if (n.parentId === undefined || !byId.has(n.parentId)) continue
    const list = children.get(n.parentId)
    if (list) list.push(n)
    else children.set(n.parentId, [n])
  }
  return { byId, children, order: new Map(doc.nodes.map((n, i) => [n.id, i])) }
}

/**
 * Lays out the inside of `node` (recursively) and returns its size; children's positions are
 * written to `out`. Children keep their current order along the container's flow.
 */
function layoutInside(tree: Tree, node: DesignNode, out: Map<string, Placed>, depth = 0): Size {
  const layout = CONTAINER_LAYOUT[node.kind]
  const kids = tree.children.get(node.id) ?? []
  if (!layout || depth > 32) return nodeSize(node)
  if (kids.length === 0) return layout.defaultSize
  const row = layout.flow === 'row'
  const sorted = [...kids].sort(
    (a, b) =>
      (row ? a.position.x - b.position.x : a.position.y - b.position.y) ||
      (row ? a.position.y - b.position.y : a.position.x - b.position.x) ||
      (tree.order.get(a.id) ?? 0) - (tree.order.get(b.id) ?? 0),
  )
  let cursor = row ? layout.padX : layout.header
  let across = 0
  for (const child of sorted) {
    const size = layoutInside(tree, child, out, depth + 1)
    const position = row ? { x: cursor, y: layout.header } : { x: layout.padX, y: cursor }
    out.set(child.id, { position, size })
    cursor += (row ? size.width : size.height) + layout.gap
    across = Math.max(across, row ? size.height : size.width)
  }
  const along = cursor - layout.gap
  const fitted = row
    ? { width: along + layout.padX, height: layout.header + across + layout.padBottom }
    : { width: layout.padX + across + layout.padX, height: along + layout.padBottom }
  return {
    width: Math.max(layout.defaultSize.width, fitted.width),
    height: Math.max(layout.defaultSize.height, fitted.height),
  }
}

const sizeOf = (placed: ReadonlyMap<string, Placed>, node: DesignNode): Size =>
  placed.get(node.id)?.size ?? nodeSize(node)

/** Position of `id` relative to its top-level ancestor, from the tidied inner layout. */
function offsetInTop(tree: Tree, placed: ReadonlyMap<string, Placed>, id: string): Point {
  let x = 0
  let y = 0
  let current = tree.byId.get(id)
  for (let guard = 0; current?.parentId !== undefined && guard < 64; guard++) {
    const p = placed.get(current.id)?.position ?? current.position
    x += p.x
    y += p.y
    current = tree.byId.get(current.parentId)
  }
  return { x, y }
}

function topAncestor(tree: Tree, id: string): DesignNode | undefined {
  let current = tree.byId.get(id)
  for (let guard = 0; current?.parentId !== undefined && guard < 64; guard++) {
    const parent = tree.byId.get(current.parentId)
    if (!parent) break
    current = parent
  }
  return current
}

const byCurrentPosition = (horizontal: boolean) => (a: DesignNode, b: DesignNode) =>
  horizontal
    ? a.position.x - b.position.x || a.position.y - b.position.y
    : a.position.y - b.position.y || a.position.x - b.position.x

/** Positions of the sites inside the sites block (ELK layered, top-down) and the block's size. */
async function layoutSites(
  elk: ElkLike,
  doc: DesignDocument,
  sites: readonly DesignNode[],
  placed: ReadonlyMap<string, Placed>,
): Promise<{ positions: Map<string, Point>; size: Size }> {
  const level = new Map(sites.map((s) => [s.id, s.kind === 'site' ? SITE_LEVEL[s.props.type] : 1]))
  const edges: ElkExtendedEdge[] = []
  for (const e of doc.edges) {
    if (e.kind !== 'hierarchy' || !level.has(e.source) || !level.has(e.target) || e.source === e.target)
      continue
    const up = (level.get(e.source) ?? 0) <= (level.get(e.target) ?? 0)
    edges.push({ id: e.id, sources: [up ? e.source : e.target], targets: [up ? e.target : e.source] })
  }
  const layoutOptions: LayoutOptions = {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.partitioning.activate': 'true',
    'elk.spacing.nodeNode': String(SITE_SPACING),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(SITE_LEVEL_SPACING),
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    // One layout for everything: separately packed components would ignore the levels and columns.
    'elk.separateConnectedComponents': 'false',
  }
  const graph: ElkNode = {
    id: SITES_BLOCK_ID,
    layoutOptions,
    children: [...sites].sort(byCurrentPosition(true)).map((s) => ({
      id: s.id,
      ...sizeOf(placed, s),
      layoutOptions: { 'elk.partitioning.partition': String(level.get(s.id) ?? 1) },
    })),
    edges,
  }
  const result = await elk.layout(graph)
  const positions = new Map<string, Point>()
  let width = 0
  let height = 0
  for (const child of result.children ?? []) {
    const site = doc.nodes.find((n) => n.id === child.id)
    if (!site) continue
    const p = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) }
    const size = sizeOf(placed, site)
    positions.set(child.id, p)
    width = Math.max(width, p.x + size.width)
    height = Math.max(height, p.y + size.height)
  }
  return { positions, size: { width, height } }
}

/** One end of a connection in the column layout: the layout node it attaches to, and its column. */
interface ColumnEnd {
  readonly node: string
  readonly column: number
  /** The nested element the connection really starts or ends at, if not the layout node itself. */
  readonly inner?: string
}

/**
 * Top-level positions of the populations, boundary groups, the sites block and the
 * subscriptions (ELK layered, left to right, one partition per column).
 */
async function layoutColumns(
  elk: ElkLike,
  doc: DesignDocument,
  tree: Tree,
  placed: ReadonlyMap<string, Placed>,
  columnNodes: readonly DesignNode[],
  block: { positions: ReadonlyMap<string, Point>; size: Size } | null,
): Promise<Map<string, Point>> {
  const endOf = (id: string): ColumnEnd | undefined => {
    const top = topAncestor(tree, id)
    if (!top) return undefined
    const column = COLUMN[top.kind]
    if (column === undefined) return undefined
    if (top.kind === 'site') return block ? { node: SITES_BLOCK_ID, column, inner: id } : undefined
    return top.id === id ? { node: top.id, column } : { node: top.id, column, inner: id }
  }
  /** Where a nested end sits inside its layout node (the block for sites). */
  const innerOffset = (end: ColumnEnd & { inner: string }): Rect => {
    const top = topAncestor(tree, end.inner) as DesignNode
    const base =
      end.node === SITES_BLOCK_ID ? (block?.positions.get(top.id) ?? { x: 0, y: 0 }) : { x: 0, y: 0 }
    const offset = top.id === end.inner ? { x: 0, y: 0 } : offsetInTop(tree, placed, end.inner)
    const inner = tree.byId.get(end.inner) as DesignNode
    return { x: base.x + offset.x, y: base.y + offset.y, ...sizeOf(placed, inner) }
  }

  const ports = new Map<string, ElkPort[]>()
  const edges: ElkExtendedEdge[] = []
  const portFor = (end: ColumnEnd, otherColumn: number, nodeWidth: number): string => {
    if (end.inner === undefined) return end.node
    const west = otherColumn < end.column
    const id = `${end.node}:${end.inner}:${west ? 'w' : 'e'}`
    const list = ports.get(end.node) ?? []
    if (!list.some((p) => p.id === id)) {
      const rect = innerOffset(end as ColumnEnd & { inner: string })
      list.push({
        id,
        x: west ? 0 : nodeWidth,
        // Ends at the same height (sites side by side) are ordered left to right by a hair's breadth.
        y: Math.round(rect.y + rect.height / 2) + rect.x * 1e-6,
        width: 1,
        height: 1,
        layoutOptions: { 'elk.port.side': west ? 'WEST' : 'EAST' },
      })
      ports.set(end.node, list)
    }
    return id
  }
  const widthOf = (nodeId: string): number => {
    if (nodeId === SITES_BLOCK_ID) return block?.size.width ?? 0
    const node = tree.byId.get(nodeId)
    return node ? sizeOf(placed, node).width : 0
  }

  for (const e of doc.edges) {
    const a = endOf(e.source)
    const b = endOf(e.target)
    if (!a || !b || a.node === b.node) continue
    const [from, to] = a.column <= b.column ? [a, b] : [b, a]
    edges.push({
      id: `layout-${e.id}`,
      sources: [portFor(from, to.column, widthOf(from.node))],
      targets: [portFor(to, from.column, widthOf(to.node))],
    })
  }

  const child = (id: string, size: Size, column: number): ElkNode => {
    const nodePorts = ports.get(id)
    return {
      id,
      ...size,
      ...(nodePorts ? { ports: nodePorts } : {}),
      layoutOptions: {
        'elk.partitioning.partition': String(column),
        ...(nodePorts ? { 'elk.portConstraints': 'FIXED_POS' } : {}),
      },
    }
  }
  const children: ElkNode[] = []
  for (const n of [...columnNodes].sort(byCurrentPosition(false)))
    children.push(child(n.id, sizeOf(placed, n), COLUMN[n.kind] ?? 0))
  if (block) children.push(child(SITES_BLOCK_ID, block.size, SITES_COLUMN))

  const result = await elk.layout({
    id: 'layout-root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': String(COLUMN_NODE_SPACING),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_SPACING),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      'elk.separateConnectedComponents': 'false',
    },
    children,
    edges,
  })
  const positions = new Map<string, Point>()
  for (const c of result.children ?? [])
    positions.set(c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) })
  return positions
}

function distance(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width))
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height))
  return Math.hypot(dx, dy)
}

/** The nearest grid position to `rect` where it covers none of `taken` (searching outwards). */
function freeSpotNear(rect: Rect, taken: readonly Rect[]): Point {
  const clear = (r: Rect) => !taken.some((t) => rectsOverlap(r, t))
  if (clear(rect)) return rect
  for (let ring = 1; ring <= 400; ring++) {
    const d = ring * GRID
    const offsets: Point[] = [
      { x: 0, y: d },
      { x: d, y: 0 },
      { x: 0, y: -d },
      { x: -d, y: 0 },
      { x: d, y: d },
      { x: -d, y: d },
      { x: d, y: -d },
      { x: -d, y: -d },
    ]
    for (const o of offsets) {
      const candidate = { ...rect, x: rect.x + o.x, y: rect.y + o.y }
      if (clear(candidate)) return candidate
    }
  }
  const bottom = Math.max(...taken.map((t) => t.y + t.height))
  return { x: rect.x, y: bottom + GRID * 2 }
}

/** New positions of the notes: beside the element each was closest to, moved off anything else. */
function placeNotes(
  notes: readonly DesignNode[],
  others: readonly DesignNode[],
  topLevel: ReadonlyMap<string, Point>,
  placed: ReadonlyMap<string, Placed>,
): Map<string, Point> {
  const taken: Rect[] = others.map((n) => ({ ...(topLevel.get(n.id) ?? n.position), ...sizeOf(placed, n) }))
  const out = new Map<string, Point>()
  for (const note of [...notes].sort(byCurrentPosition(false))) {
    const size = nodeSize(note)
    const before: Rect = { ...note.position, ...size }
    let anchor: DesignNode | undefined
    let best = Infinity
    for (const other of others) {
      const d = distance(before, { ...other.position, ...nodeSize(other) })
      if (d < best) {
        best = d
        anchor = other
      }
    }
    const anchorNow = anchor ? topLevel.get(anchor.id) : undefined
    const wanted =
      anchor && anchorNow
        ? {
            x: snap(anchorNow.x + note.position.x - anchor.position.x),
            y: snap(anchorNow.y + note.position.y - anchor.position.y),
          }
        : note.position
    const spot = freeSpotNear({ ...wanted, ...size }, taken)
    out.set(note.id, { x: spot.x, y: spot.y })
    taken.push({ x: spot.x, y: spot.y, ...size })
  }
  return out
}

/** Lays out the whole design; see the module comment. */
export async function computeAutoLayout(doc: DesignDocument, elk: ElkLike): Promise<LayoutResult> {
  const tree = buildTree(doc)
  const placed = new Map<string, Placed>()
  const topLevel = doc.nodes.filter((n) => n.parentId === undefined || !tree.byId.has(n.parentId))
  for (const node of topLevel) {
    const size = layoutInside(tree, node, placed)
    placed.set(node.id, { position: node.position, size })
  }

  const sites = topLevel.filter((n) => n.kind === 'site')
  const notes = topLevel.filter((n) => COLUMN[n.kind] === undefined)
  const columnNodes = topLevel.filter((n) => COLUMN[n.kind] !== undefined && n.kind !== 'site')
  const block = sites.length > 0 ? await layoutSites(elk, doc, sites, placed) : null
  const columns = await layoutColumns(elk, doc, tree, placed, columnNodes, block)

  // Keep the laid-out design where it was: its top-left corner stays at the old top-left corner.
  const arranged = [...sites, ...columnNodes]
  const raw = new Map<string, Point>()
  const blockAt = columns.get(SITES_BLOCK_ID) ?? { x: 0, y: 0 }
  for (const site of sites) {
    const inBlock = block?.positions.get(site.id) ?? { x: 0, y: 0 }
    raw.set(site.id, { x: blockAt.x + inBlock.x, y: blockAt.y + inBlock.y })
  }
  for (const n of columnNodes) raw.set(n.id, columns.get(n.id) ?? n.position)
  const topLevelPositions = new Map<string, Point>()
  if (arranged.length > 0) {
    const oldLeft = Math.min(...arranged.map((n) => n.position.x))
    const oldTop = Math.min(...arranged.map((n) => n.position.y))
    const newLeft = Math.min(...arranged.map((n) => raw.get(n.id)?.x ?? 0))
    const newTop = Math.min(...arranged.map((n) => raw.get(n.id)?.y ?? 0))
    const dx = oldLeft - newLeft
    const dy = oldTop - newTop
    for (const [id, p] of raw) topLevelPositions.set(id, { x: snap(p.x + dx), y: snap(p.y + dy) })
  }
  for (const [id, p] of placeNotes(notes, arranged, topLevelPositions, placed)) topLevelPositions.set(id, p)

  const positions = new Map<string, Point>()
  const sizes = new Map<string, Size>()
  for (const [id, p] of topLevelPositions) positions.set(id, p)
  for (const [id, entry] of placed) {
    const node = tree.byId.get(id)
    if (!node) continue
    if (node.parentId !== undefined && tree.byId.has(node.parentId)) positions.set(id, entry.position)
    if (CONTAINER_LAYOUT[node.kind]) sizes.set(id, entry.size)
  }
  return { positions, sizes }
}
