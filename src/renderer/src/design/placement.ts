// Where a new element from the palette goes: at a canvas point (drag and drop) or, from the
// keyboard, into the selected container or at the viewport centre. Sites hold servers, servers
// hold roles, Azure subscriptions hold CMGs and cloud DPs; a role dropped on a site can get a new
// server; anything else in the wrong place is refused with a reason. Also where an element dragged
// on the canvas goes: into another legal container (by the same rules and reasons), or nowhere.
// Pure; runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import { DesignNode, type DesignNodeInput, type NodeKind } from '../../../shared/model/schema'
import { PARENT_KINDS } from '../../../shared/model/structure'
import {
  type NodeIndex,
  type Point,
  type Size,
  childPositionAt,
  containerAt,
  defaultSize,
  freeTopLevelSpot,
  growToFit,
  indexNodes,
  nextChildSlot,
  nodeSize,
  selfAndAncestors,
  snap,
  CONTAINER_LAYOUT,
} from './geometry'
import { KINDS } from '../../../shared/kinds'
import { sentenceCase } from './kind-info'
import { joinOr } from './connection-rules'
import { type RandomSource, newNodeId, nextCmgPrefix, nextName, nextSiteCode, takenIds } from './naming'

export type PlacementTarget =
  | { readonly via: 'drop'; readonly point: Point }
  | { readonly via: 'keyboard'; readonly viewportCenter: Point; readonly selectedIds: readonly string[] }

export interface Placement {
  /** Nodes to add, parents before children. */
  readonly nodes: readonly DesignNode[]
  /** Containers that grow so the new nodes fit. */
  readonly resized: ReadonlyMap<string, Size>
  /** The element the user asked for (selected after adding). */
  readonly primaryId: string
}

export type PlacementPlan =
  | { readonly type: 'place'; readonly placement: Placement }
  /** A role aimed at a site: placing it needs a new server, which the user must confirm. */
  | {
      readonly type: 'needsServer'
      readonly site: DesignNode
      readonly serverName: string
      readonly placement: Placement
    }
  | { readonly type: 'refused'; readonly reason: string }

const refused = (reason: string): PlacementPlan => ({ type: 'refused', reason })

function buildNode(
  doc: DesignDocument,
  kind: NodeKind,
  id: string,
  position: Point,
  parentId: string | undefined,
  extraNames: readonly string[] = [],
): DesignNode {
  const input: Record<string, unknown> = {
    id,
    kind,
    name: nextName(doc, kind, extraNames),
    position: { x: position.x, y: position.y },
    props: {},
  }
  if (parentId !== undefined) input.parentId = parentId
  if (kind === 'site') input.props = { siteCode: nextSiteCode(doc) }
  if (kind === 'cmg') input.props = { prefix: nextCmgPrefix(doc) }
  const layout = CONTAINER_LAYOUT[kind]
  if (layout) input.size = { ...layout.defaultSize }
  return DesignNode.parse(input as DesignNodeInput)
}

function hintFor(kind: NodeKind, via: PlacementTarget['via']): string {
  const allowed = PARENT_KINDS[kind]
  const parents = joinOr(allowed.map((k) => KINDS[k].phrase))
  const roleHint = allowed.includes('server') ? ` (or ${KINDS.site.phrase}, to add a server for it)` : ''
  return via === 'drop'
    ? `drop it onto ${parents}${roleHint}`
    : `select ${parents}${roleHint} first, then press Enter`
}

function placeInside(
  doc: DesignDocument,
  index: NodeIndex,
  kind: NodeKind,
  parent: DesignNode,
  target: PlacementTarget,
  random?: RandomSource,
): Placement {
  const size = defaultSize(kind)
  const position =
    target.via === 'drop' ? childPositionAt(index, parent, target.point, size) : nextChildSlot(index, parent)
  const node = buildNode(doc, kind, newNodeId(kind, takenIds(doc), random), position, parent.id)
  return { nodes: [node], resized: growToFit(index, parent.id, { ...position, ...size }), primaryId: node.id }
}

function placeRoleWithServer(
  doc: DesignDocument,
  index: NodeIndex,
  kind: NodeKind,
  site: DesignNode,
  target: PlacementTarget,
  random?: RandomSource,
): PlacementPlan {
  const taken = takenIds(doc)
  const serverLayout = CONTAINER_LAYOUT.server
  const serverSize = serverLayout?.defaultSize ?? defaultSize('server')
  const serverPos =
    target.via === 'drop'
      ? childPositionAt(index, site, target.point, serverSize)
      : nextChildSlot(index, site)
  const serverId = newNodeId('server', taken, random)
  const server = buildNode(doc, 'server', serverId, serverPos, site.id)
  taken.add(serverId)
  const rolePos = { x: serverLayout?.padX ?? 10, y: serverLayout?.header ?? 44 }
  const role = buildNode(doc, kind, newNodeId(kind, taken, random), rolePos, serverId, [server.name])
  return {
    type: 'needsServer',
    site,
    serverName: server.name,
    placement: {
      nodes: [server, role],
      resized: growToFit(index, site.id, { ...serverPos, ...nodeSize(server) }),
      primaryId: role.id,
    },
  }
}

/** Decides where a new element of `kind` goes, or why it cannot go there. */
export function planPlacement(
  doc: DesignDocument,
  kind: NodeKind,
  target: PlacementTarget,
  random?: RandomSource,
): PlacementPlan {
  const index = indexNodes(doc)
  const allowed = PARENT_KINDS[kind]
  const info = KINDS[kind]
  const size = defaultSize(kind)

  if (allowed.length === 0) {
    let position: Point
    if (target.via === 'drop') {
      const container = containerAt(index, target.point)
      if (container && kind !== 'note')
        return refused(
          `${sentenceCase(info.phrase)} cannot go inside ${KINDS[container.kind].phrase} — drop it on empty canvas.`,
        )
      position = { x: snap(target.point.x - size.width / 2), y: snap(target.point.y - size.height / 2) }
    } else {
      const centre = {
        x: target.viewportCenter.x - size.width / 2,
        y: target.viewportCenter.y - size.height / 2,
      }
      position = freeTopLevelSpot(index, centre, size)
    }
    const node = buildNode(doc, kind, newNodeId(kind, takenIds(doc), random), position, undefined)
    return { type: 'place', placement: { nodes: [node], resized: new Map(), primaryId: node.id } }
  }

  let chain: DesignNode[] = []
  if (target.via === 'drop') {
    const container = containerAt(index, target.point)
    if (container) chain = selfAndAncestors(index, container.id)
  } else if (target.selectedIds.length === 1 && target.selectedIds[0] !== undefined) {
    chain = selfAndAncestors(index, target.selectedIds[0])
  }

  const parent = chain.find((n) => allowed.includes(n.kind))
  if (parent) return { type: 'place', placement: placeInside(doc, index, kind, parent, target, random) }

  const site = chain.find((n) => n.kind === 'site')
  if (site && allowed.includes('server')) return placeRoleWithServer(doc, index, kind, site, target, random)

  const parents = joinOr(allowed.map((k) => KINDS[k].phrase))
  const innermost = chain[0]
  if (innermost)
    return refused(
      `${sentenceCase(info.phrase)} must be inside ${parents}, not inside ${KINDS[innermost.kind].phrase}.`,
    )
  return refused(`${sentenceCase(info.phrase)} must be inside ${parents} — ${hintFor(kind, target.via)}.`)
}

export type MovePlan =
  /** Not a change of container: an ordinary move (top-level kinds always move freely). */
  | { readonly type: 'move' }
  /** Into another container, at `position` relative to it, with the containers that grow. */
  | {
      readonly type: 'reparent'
      readonly parentId: string
      readonly position: Point
      readonly resized: ReadonlyMap<string, Size>
    }
  | { readonly type: 'refused'; readonly reason: string }

/** The element and everything inside it. */
function subtree(index: NodeIndex, id: string): Set<string> {
  const ids = new Set([id])
  for (const n of index.values()) if (selfAndAncestors(index, n.id).some((a) => a.id === id)) ids.add(n.id)
  return ids
}

/**
 * Where the nested element `nodeId`, dragged so that its centre is at canvas point `centre`, goes:
 * the innermost container there (not counting the element itself and what it holds) decides, with
 * the rules and refusal reasons of a palette drop — but a role dragged onto a site is refused
 * rather than offered a new server.
 */
export function planMove(doc: DesignDocument, nodeId: string, centre: Point): MovePlan {
  const full = indexNodes(doc)
  const node = full.get(nodeId)
  if (!node || PARENT_KINDS[node.kind].length === 0) return { type: 'move' }
  const moving = subtree(full, nodeId)
  const index: NodeIndex = new Map([...full].filter(([id]) => !moving.has(id)))
  const allowed = PARENT_KINDS[node.kind]
  const container = containerAt(index, centre)
  const chain = container ? selfAndAncestors(index, container.id) : []
  const parent = chain.find((n) => allowed.includes(n.kind))
  if (parent?.id === node.parentId) return { type: 'move' }
  const phrase = sentenceCase(KINDS[node.kind].phrase)
  const parents = joinOr(allowed.map((k) => KINDS[k].phrase))
  if (!parent) {
    const innermost = chain[0]
    return {
      type: 'refused',
      reason: innermost
        ? `${phrase} must be inside ${parents}, not inside ${KINDS[innermost.kind].phrase}.`
        : `${phrase} must be inside ${parents} — drag it onto ${parents}.`,
    }
  }
  const size = nodeSize(node)
  const position = childPositionAt(index, parent, centre, size)
  return {
    type: 'reparent',
    parentId: parent.id,
    position,
    resized: growToFit(index, parent.id, { ...position, ...size }),
  }
}
