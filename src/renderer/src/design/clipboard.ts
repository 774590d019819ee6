// Copy, paste and duplicate of design elements. Copying takes the selected elements with everything
// inside them (a site brings its servers and their roles) and the connections between them. Pasting
// gives every element a fresh id and a unique name (MP01 → MP02), keeps the internal connections,
// makes site codes, CMG prefixes and server FQDNs unique too, and places the copies: top-level
// elements offset from the originals, nested ones (servers, roles, CMGs) in the next free slot of the
// selected container — a role needs a selected server, a server a selected site, or the paste is
// refused with the reason. Cut and paste is a move: the first paste of cut elements also gets back
// their connections to elements outside the cut, each one that is still legal then (by the rules of
// drawing a connection), and says which could not be kept and why. Pure; runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import type { DesignEdge, DesignNode } from '../../../shared/model/schema'
import { MAX_NAME } from '../../../shared/model/limits'
import { PARENT_KINDS } from '../../../shared/model/structure'
import { checkConnection, joinOr } from './connection-rules'
import { CONNECTION_KINDS } from '../../../shared/kinds/connections'
import {
  type NodeIndex,
  type Point,
  type Size,
  growToFit,
  indexNodes,
  nextChildSlot,
  nodeSize,
  selfAndAncestors,
} from './geometry'
import { KINDS } from '../../../shared/kinds'
import { type RandomSource, newNodeId, takenIds, uniqueId } from './naming'

/** Marks the JSON written to the system clipboard as a CMG Designer selection. */
export const CLIPBOARD_FORMAT = 'cmg-designer/selection'

/** Distance between a top-level original and its copy, and between successive pastes. */
export const PASTE_OFFSET = 32

/** What Copy puts on the clipboard: elements (parents before children) and the edges among them. */
export interface ClipboardContent {
  readonly format: typeof CLIPBOARD_FORMAT
  readonly version: 1
  readonly nodes: readonly DesignNode[]
  readonly edges: readonly DesignEdge[]
}

/**
 * A connection between a cut element and one left outside the cut, remembered at the Cut so the
 * paste can put it back.
 */
export interface CutConnection {
  readonly edge: DesignEdge
  /** The end outside the cut as it was then (named in the message if it is gone by the paste). */
  readonly outside: Pick<DesignNode, 'id' | 'kind' | 'name'>
}

/** A connection of the cut elements the paste could not put back, and why. */
export interface DroppedConnection {
  /** As the canvas names the edge: "Connection point linked to CMG: CMGCP01 → GraniteFalls". */
  readonly connection: string
  readonly reason: string
}

export type PastePlan =
  | {
      readonly type: 'paste'
      /** The new elements, parents before children. */
      readonly nodes: readonly DesignNode[]
      /** The connections among the new elements, then those of a cut put back. */
      readonly edges: readonly DesignEdge[]
      /** Connections of a cut that could not be put back. */
      readonly dropped: readonly DroppedConnection[]
      /** Containers that grow so the pasted elements fit. */
      readonly resized: ReadonlyMap<string, Size>
      /** The pasted elements that were copied as roots (selected after pasting). */
      readonly rootIds: readonly string[]
    }
  | { readonly type: 'refused'; readonly reason: string }

/** Nodes in `nodes` ordered so that each parent comes before its children. */
function parentsFirst(nodes: readonly DesignNode[]): DesignNode[] {
  const ids = new Set(nodes.map((n) => n.id))
  const placed = new Set<string>()
  const out: DesignNode[] = []
  let pending = [...nodes]
  while (pending.length > 0) {
    const next: DesignNode[] = []
    for (const n of pending) {
      if (n.parentId === undefined || !ids.has(n.parentId) || placed.has(n.parentId)) {
        placed.add(n.id)
        out.push(n)
      } else next.push(n)
    }
    // A parent cycle cannot occur in a valid document; stop rather than loop if one ever does.
    if (next.length === pending.length) break
    pending = next
  }
  return out
}

/**
 * The clipboard content for the selected nodes: each with everything nested inside it, plus the
 * edges whose two ends are both copied. Null when nothing that exists is selected.
 */
export function copySelection(doc: DesignDocument, nodeIds: Iterable<string>): ClipboardContent | null {
  const chosen = new Set<string>()
  const existing = new Set(doc.nodes.map((n) => n.id))
  for (const id of nodeIds) if (existing.has(id)) chosen.add(id)
  if (chosen.size === 0) return null
  let grew = true
  while (grew) {
    grew = false
    for (const n of doc.nodes)
      if (n.parentId !== undefined && chosen.has(n.parentId) && !chosen.has(n.id)) {
        chosen.add(n.id)
        grew = true
      }
  }
  const nodes = parentsFirst(doc.nodes.filter((n) => chosen.has(n.id)))
  const edges = doc.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target))
  return { format: CLIPBOARD_FORMAT, version: 1, nodes, edges }
}

/**
 * The connections between the elements in `content` and elements of `doc` outside it: what a Cut of
 * `content` removes along with the elements, and its paste puts back.
 */
export function cutConnections(doc: DesignDocument, content: ClipboardContent): CutConnection[] {
  const cutIds = new Set(content.nodes.map((n) => n.id))
  const connections: CutConnection[] = []
  for (const edge of doc.edges) {
    if (cutIds.has(edge.source) === cutIds.has(edge.target)) continue
    const outsideId = cutIds.has(edge.source) ? edge.target : edge.source
    const outside = doc.nodes.find((n) => n.id === outsideId)
    if (outside)
      connections.push({ edge, outside: { id: outside.id, kind: outside.kind, name: outside.name } })
  }
  return connections
}

/** The clipboard content as the text written to the system clipboard. */
export function clipboardText(content: ClipboardContent): string {
  return JSON.stringify(content, null, 2)
}

const lower = (s: string) => s.toLowerCase()

/**
 * `wanted` if no name in `used` (lower-cased) equals it, else the next free variant: a trailing
 * number counts up keeping its width (MP01 → MP02, NYC-CP1 → NYC-CP2), other names get " 2", " 3"…
 * (`separator` between name and number; "" for codes that allow no spaces).
 */
export function uniqueVariant(
  wanted: string,
  used: ReadonlySet<string>,
  maxLength = MAX_NAME,
  separator = ' ',
): string {
  if (wanted.trim() === '' || !used.has(lower(wanted))) return wanted
  const match = /^(.*?)(\d+)$/.exec(wanted)
  const base = match ? (match[1] ?? '') : `${wanted}${separator}`
  const digits = match?.[2]
  let n = digits === undefined ? 2 : Number(digits) + 1
  for (; ; n++) {
    const number = String(n).padStart(digits?.length ?? 0, '0')
    const candidate = `${base.slice(0, Math.max(0, maxLength - number.length))}${number}`
    if (!used.has(lower(candidate))) return candidate
  }
}

/** A free three-character site code: the next number for "P01"-style codes, else P01, P02… */
function uniqueSiteCode(code: string, used: ReadonlySet<string>): string {
  if (code === '' || !used.has(lower(code))) return code
  const match = /^([A-Za-z0-9]*?)(\d+)$/.exec(code)
  if (match) {
    const prefix = match[1] ?? ''
    const width = code.length - prefix.length
    for (let n = Number(match[2]) + 1; String(n).length <= width; n++) {
      const candidate = `${prefix}${String(n).padStart(width, '0')}`
      if (!used.has(lower(candidate))) return candidate
    }
  }
  for (let n = 1; n < 1000; n++) {
    const candidate = n < 100 ? `P${String(n).padStart(2, '0')}` : String(n)
    if (!used.has(lower(candidate))) return candidate
  }
  return ''
}

/** Names and codes already used, kept up to date while the copies are made unique. */
class UsedValues {
  readonly names = new Set<string>()
  readonly siteCodes = new Set<string>()
  readonly cmgPrefixes = new Set<string>()
  readonly fqdns = new Set<string>()

  constructor(nodes: readonly DesignNode[]) {
    for (const n of nodes) this.add(n)
  }

  add(n: DesignNode): void {
    if (n.name.trim() !== '') this.names.add(lower(n.name))
    if (n.kind === 'site' && n.props.siteCode !== '') this.siteCodes.add(lower(n.props.siteCode))
    if (n.kind === 'cmg' && n.props.prefix !== '') this.cmgPrefixes.add(lower(n.props.prefix))
    if (n.kind === 'server' && n.props.fqdn !== '') this.fqdns.add(lower(n.props.fqdn))
  }
}

/** The copy's props with the values that must be unique in a design made unique. */
function uniqueProps(node: DesignNode, used: UsedValues): DesignNode {
  switch (node.kind) {
    case 'site':
      return {
        ...node,
        props: { ...node.props, siteCode: uniqueSiteCode(node.props.siteCode, used.siteCodes) },
      }
    case 'cmg': {
      const prefix = uniqueVariant(node.props.prefix, used.cmgPrefixes, 64, '')
      const { serviceNameCn } = node.props
      const oldPrefix = `${lower(node.props.prefix)}.`
      const renamedService =
        prefix !== node.props.prefix && lower(serviceNameCn).startsWith(oldPrefix)
          ? `${prefix}${serviceNameCn.slice(node.props.prefix.length)}`
          : serviceNameCn
      return { ...node, props: { ...node.props, prefix, serviceNameCn: renamedService } }
    }
    case 'server': {
      const { fqdn } = node.props
      if (fqdn === '' || !used.fqdns.has(lower(fqdn))) return node
      const dot = fqdn.indexOf('.')
      const host = dot < 0 ? fqdn : fqdn.slice(0, dot)
      const domain = dot < 0 ? '' : fqdn.slice(dot)
      const hosts = new Set(
        [...used.fqdns]
          .filter((f) => f.endsWith(lower(domain)))
          .map((f) => f.slice(0, f.length - domain.length)),
      )
      return { ...node, props: { ...node.props, fqdn: `${uniqueVariant(host, hosts, 63, '')}${domain}` } }
    }
    default:
      return node
  }
}

/** The innermost node that is, or contains, every selected node (inclusive ancestor chain). */
function commonChain(index: NodeIndex, selectedIds: readonly string[]): DesignNode[] {
  let chain: DesignNode[] | undefined
  for (const id of selectedIds) {
    const own = selfAndAncestors(index, id)
    if (own.length === 0) continue
    if (!chain) chain = own
    else {
      const ids = new Set(own.map((n) => n.id))
      chain = chain.filter((n) => ids.has(n.id))
    }
  }
  return chain ?? []
}

export interface PasteOptions {
  /** The nodes selected when pasting: nested copies go into the container they are (inside). */
  readonly selectedIds: readonly string[]
  /** How far top-level copies move from where they were copied (32, 64… for successive pastes). */
  readonly offset: number
  /**
   * The connections of the Cut that filled the clipboard, on its first paste: each comes back,
   * joined to the pasted copy, if it is still legal. Ignored while any cut element is in the design
   * (the Cut was undone, so this paste is a copy).
   */
  readonly cutConnections?: readonly CutConnection[]
  readonly random?: RandomSource
}

const shownName = (node: Pick<DesignNode, 'kind' | 'name'>) =>
  node.name.trim() === '' ? KINDS[node.kind].label : node.name

/** The connection as the canvas names its edge: "<kind label>: <source> → <target>". */
function describeConnection(
  edge: DesignEdge,
  source: Pick<DesignNode, 'kind' | 'name'>,
  target: Pick<DesignNode, 'kind' | 'name'>,
): string {
  return `${CONNECTION_KINDS[edge.kind].label}: ${shownName(source)} → ${shownName(target)}`
}

/**
 * Puts back the connections of a cut between the pasted elements (`newIds` maps a cut id to its
 * copy's) and the rest of `doc` (which already holds the paste): each one whose outside end still
 * exists and that may still be drawn (not a duplicate, not a second link where only one is allowed,
 * not a loop in the site hierarchy), checked with the ones put back before it.
 */
function restoreCutConnections(
  doc: DesignDocument,
  connections: readonly CutConnection[],
  newIds: ReadonlyMap<string, string>,
  taken: Set<string>,
  random: RandomSource | undefined,
): { restored: DesignEdge[]; dropped: DroppedConnection[] } {
  const restored: DesignEdge[] = []
  const dropped: DroppedConnection[] = []
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]))
  for (const { edge, outside } of connections) {
    const source = newIds.get(edge.source) ?? edge.source
    const target = newIds.get(edge.target) ?? edge.target
    const sourceNode = nodes.get(source) ?? outside
    const targetNode = nodes.get(target) ?? outside
    const connection = describeConnection(edge, sourceNode, targetNode)
    if (!nodes.has(outside.id)) {
      dropped.push({ connection, reason: `${shownName(outside)} is no longer in the design.` })
      continue
    }
    const check = checkConnection({ ...doc, edges: [...doc.edges, ...restored] }, source, target)
    if (!check.ok) {
      dropped.push({ connection, reason: check.reason })
      continue
    }
    const id = uniqueId('e', taken, random)
    taken.add(id)
    restored.push({ id, kind: edge.kind, source, target })
  }
  return { restored, dropped }
}

/** The toast after a paste that could not put back every connection of the cut. */
export function droppedConnectionsMessage(dropped: readonly DroppedConnection[]): string {
  const count = dropped.length === 1 ? '1 connection was' : `${dropped.length} connections were`
  return `Pasted, but ${count} not kept: ${dropped.map((d) => `${d.connection} (${d.reason})`).join('; ')}`
}

/** Plans pasting `content` into `doc`: fresh ids, unique names, positions, grown containers. */
export function planPaste(doc: DesignDocument, content: ClipboardContent, options: PasteOptions): PastePlan {
  if (content.nodes.length === 0) return { type: 'refused', reason: 'The clipboard is empty.' }
  const copiedIds = new Set(content.nodes.map((n) => n.id))
  const roots = content.nodes.filter((n) => n.parentId === undefined || !copiedIds.has(n.parentId))
  const index = new Map(indexNodes(doc))
  const chain = commonChain(index, options.selectedIds)

  const targets = new Map<string, DesignNode>()
  for (const root of roots) {
    const allowed = PARENT_KINDS[root.kind]
    if (allowed.length === 0) continue
    const target = chain.find((n) => allowed.includes(n.kind))
    if (!target) {
      const what = KINDS[root.kind].phrase.replace(/^an? /, 'the ')
      return {
        type: 'refused',
        reason: `Select ${joinOr(allowed.map((k) => KINDS[k].phrase))} to paste ${what} into.`,
      }
    }
    targets.set(root.id, target)
  }

  const taken = takenIds(doc)
  const newIds = new Map<string, string>()
  for (const n of content.nodes) {
    const id = newNodeId(n.kind, taken, options.random)
    taken.add(id)
    newIds.set(n.id, id)
  }

  const used = new UsedValues(doc.nodes)
  const resized = new Map<string, Size>()
  const nodes: DesignNode[] = []
  for (const original of content.nodes) {
    const id = newIds.get(original.id) as string
    const target = targets.get(original.id)
    let parentId: string | undefined
    let position: Point
    if (target) {
      parentId = target.id
      position = nextChildSlot(index, target)
    } else if (original.parentId !== undefined && copiedIds.has(original.parentId)) {
      parentId = newIds.get(original.parentId)
      position = original.position
    } else {
      position = { x: original.position.x + options.offset, y: original.position.y + options.offset }
    }
    const { parentId: _originalParent, ...rest } = original
    const moved = {
      ...rest,
      id,
      name: uniqueVariant(original.name, used.names),
      position: { x: position.x, y: position.y },
      ...(parentId === undefined ? {} : { parentId }),
    } as DesignNode
    const copy = uniqueProps(moved, used)
    used.add(copy)
    nodes.push(copy)
    index.set(copy.id, copy)
    if (target) {
      for (const [grownId, size] of growToFit(index, target.id, { ...position, ...nodeSize(copy) })) {
        resized.set(grownId, size)
        const grown = index.get(grownId)
        if (grown) index.set(grownId, { ...grown, size })
      }
    }
  }

  const edges: DesignEdge[] = []
  for (const e of content.edges) {
    const source = newIds.get(e.source)
    const target = newIds.get(e.target)
    if (source === undefined || target === undefined) continue
    const id = uniqueId('e', taken, options.random)
    taken.add(id)
    edges.push({ id, kind: e.kind, source, target })
  }

  const cutUndone = content.nodes.some((n) => doc.nodes.some((d) => d.id === n.id))
  const { restored, dropped } =
    options.cutConnections && !cutUndone
      ? restoreCutConnections(
          { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
          options.cutConnections,
          newIds,
          taken,
          options.random,
        )
      : { restored: [], dropped: [] }

  return {
    type: 'paste',
    nodes,
    edges: [...edges, ...restored],
    dropped,
    resized,
    rootIds: roots.map((r) => newIds.get(r.id) as string),
  }
}
