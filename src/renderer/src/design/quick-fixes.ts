// One-click fixes for findings whose fix is mechanical. Each rule declares its own fixes
// (`Rule.quickFixes` in src/shared/rules, beside the rule): a label and a described design change.
// Here they become functions from the current design to the next one, applied by the store as one
// undoable step: set properties, add a CMG connection point on a new server in a site (linked to
// the CMG, placed inside the site without overlapping), or replace an edge. Each re-reads the
// elements it needs at apply time and returns the design unchanged if they are gone. A fix that sets
// properties also names the field it changes, for "Show the field". Pure; runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import { DesignNode, type DesignEdge } from '../../../shared/model/schema'
import { RuleContext, type EvaluationOptions } from '../../../shared/rules/context'
import type { DesignPatch, QuickFixSpec } from '../../../shared/rules/quick-fix'
import { RULES_BY_ID } from '../../../shared/rules/registry'
import type { Finding } from '../../../shared/rules/types'
import {
  CONTAINER_LAYOUT,
  GRID,
  indexNodes,
  nodeSize,
  rectsOverlap,
  type NodeIndex,
  type Point,
  type Rect,
  type Size,
} from './geometry'
import { newNodeId, nextName, takenIds, uniqueId, type RandomSource } from './naming'

/** The inspector field a fix changes: of element `nodeId`, at dotted `path` ("resourceGroup.name"). */
export interface FixField {
  readonly nodeId: string
  readonly path: string
}

/** A rule's fix (its id and label) made applicable. */
export interface QuickFix extends Omit<QuickFixSpec, 'patch'> {
  /** The design with the fix applied (the same object when there is nothing left to fix). */
  readonly apply: (doc: DesignDocument) => DesignDocument
  /** The field it sets, when it sets a property of an element. */
  readonly field?: FixField
}

type FindingRef = Pick<Finding, 'ruleId' | 'nodeIds'>

function withNodeProps(
  doc: DesignDocument,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): DesignDocument {
  const node = doc.nodes.find((n) => n.id === id)
  if (!node) return doc
  // The store validates the whole result before committing it.
  const next = { ...node, props: { ...node.props, ...patch } } as DesignNode
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? next : n)) }
}

// ---------------------------------------------------------------------------------------------
// Connection points

const serverLayout = () => {
  const layout = CONTAINER_LAYOUT.server
  if (!layout) throw new Error('servers have a container layout')
  return layout
}

/** Where a new server goes in a site: to the right of its children, or on a new row below them. */
function serverSlot(
  index: NodeIndex,
  site: DesignNode,
  serverSize: Size,
): { position: Point; siteSize: Size } {
  const layout = CONTAINER_LAYOUT.site
  const padX = layout?.padX ?? 20
  const header = layout?.header ?? 56
  const gap = layout?.gap ?? 20
  const padBottom = layout?.padBottom ?? 20
  const children = [...index.values()].filter((n) => n.parentId === site.id)
  const right = children.reduce((x, c) => Math.max(x, c.position.x + nodeSize(c).width), 0)
  const bottom = children.reduce((y, c) => Math.max(y, c.position.y + nodeSize(c).height), 0)
  const candidates: Point[] =
    children.length === 0
      ? [{ x: padX, y: header }]
      : [
          { x: right + gap, y: header },
          { x: padX, y: bottom + gap },
        ]
  const current = nodeSize(site)
  const others = [...index.values()].filter((n) => n.parentId === undefined && n.id !== site.id)
  const grown = (p: Point): Size => ({
    width: Math.max(current.width, p.x + serverSize.width + padX),
    height: Math.max(current.height, p.y + serverSize.height + padBottom),
  })
  const clear = (p: Point) => {
    const rect: Rect = { ...site.position, ...grown(p) }
    return !others.some((n) => rectsOverlap(rect, { ...n.position, ...nodeSize(n) }))
  }
  const position = candidates.find(clear) ?? candidates[candidates.length - 1] ?? { x: padX, y: header }
  const snapped = { x: Math.ceil(position.x / GRID) * GRID, y: Math.ceil(position.y / GRID) * GRID }
  return { position: snapped, siteSize: grown(snapped) }
}

/** The design with a new server in `siteId` holding a CMG connection point linked to `cmgId`. */
function withConnectionPoint(
  doc: DesignDocument,
  siteId: string,
  cmgId: string,
  random?: RandomSource,
): DesignDocument {
  const index = indexNodes(doc)
  const site = index.get(siteId)
  const cmg = index.get(cmgId)
  if (site?.kind !== 'site' || cmg?.kind !== 'cmg') return doc
  const layout = serverLayout()
  const { position, siteSize } = serverSlot(index, site, layout.defaultSize)
  const taken = takenIds(doc)
  const serverId = newNodeId('server', taken, random)
  taken.add(serverId)
  const cpId = newNodeId('cmgConnectionPoint', taken, random)
  taken.add(cpId)
  const serverName = nextName(doc, 'server')
  const server = DesignNode.parse({
    id: serverId,
    kind: 'server',
    name: serverName,
    parentId: siteId,
    position,
    size: { ...layout.defaultSize },
    props: {},
  })
  const cp = DesignNode.parse({
    id: cpId,
    kind: 'cmgConnectionPoint',
    name: nextName(doc, 'cmgConnectionPoint', [serverName]),
    parentId: serverId,
    position: { x: layout.padX, y: layout.header },
    props: {},
  })
  const edge: DesignEdge = { id: uniqueId('e', taken, random), kind: 'linkedTo', source: cpId, target: cmgId }
  const sizeChanged = siteSize.width !== nodeSize(site).width || siteSize.height !== nodeSize(site).height
  const nodes = sizeChanged
    ? doc.nodes.map((n) => (n.id === siteId ? { ...n, size: { ...siteSize } } : n))
    : doc.nodes
  return { ...doc, nodes: [...nodes, server, cp], edges: [...doc.edges, edge] }
}

// ---------------------------------------------------------------------------------------------
// Edges

/** The design with `source`'s edges of `kind` replaced by one edge to `target`. */
function withOnlyEdge(
  doc: DesignDocument,
  kind: DesignEdge['kind'],
  source: string,
  target: string,
  random?: RandomSource,
): DesignDocument {
  const index = indexNodes(doc)
  if (!index.has(source) || !index.has(target)) return doc
  const kept = doc.edges.filter((e) => !(e.kind === kind && e.source === source))
  const edge: DesignEdge = { id: uniqueId('e', takenIds(doc), random), kind, source, target }
  return { ...doc, edges: [...kept, edge] }
}

// ---------------------------------------------------------------------------------------------
// The field a fix changes

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The path of the first property `patch` changes in `current`, descending into nested objects (a
 * patch of `clientSettings` that turns on `enableCmg` changes "clientSettings.enableCmg"); the
 * first key of the patch when it changes nothing.
 */
export function changedPath(current: unknown, patch: Readonly<Record<string, unknown>>): string[] {
  for (const [key, value] of Object.entries(patch)) {
    const before = isPlainObject(current) ? current[key] : undefined
    if (isPlainObject(value) && isPlainObject(before)) {
      const unchanged = JSON.stringify(before) === JSON.stringify({ ...before, ...value })
      if (!unchanged) return [key, ...changedPath(before, value)]
    } else if (JSON.stringify(before) !== JSON.stringify(value)) return [key]
  }
  const [first] = Object.keys(patch)
  return first === undefined ? [] : [first]
}

function fieldOf(doc: DesignDocument, patch: DesignPatch): FixField | undefined {
  if (patch.kind !== 'setProps') return undefined
  const node = doc.nodes.find((n) => n.id === patch.nodeId)
  const path = changedPath(node?.props, patch.props)
  return path.length === 0 ? undefined : { nodeId: patch.nodeId, path: path.join('.') }
}

// ---------------------------------------------------------------------------------------------

/** The design with `patch` applied (the same object when what it names is gone). */
function applyPatch(doc: DesignDocument, patch: DesignPatch, random?: RandomSource): DesignDocument {
  switch (patch.kind) {
    case 'setProps':
      return withNodeProps(doc, patch.nodeId, patch.props)
    case 'addConnectionPoints': {
      let next = doc
      for (let i = 0; i < patch.count; i++)
        next = withConnectionPoint(next, patch.siteId, patch.cmgId, random)
      return next
    }
    case 'replaceEdge':
      return withOnlyEdge(doc, patch.edgeKind, patch.source, patch.target, random)
  }
}

/**
 * The mechanical fixes its rule offers for a finding, evaluated with the same options (what-if
 * growth) as the finding itself; empty when its fix needs a decision only the user can make.
 */
export function quickFixesFor(
  doc: DesignDocument,
  finding: FindingRef,
  options: EvaluationOptions = {},
  random?: RandomSource,
): QuickFix[] {
  const quickFixes = RULES_BY_ID.get(finding.ruleId)?.quickFixes
  if (!quickFixes) return []
  return quickFixes(new RuleContext(doc, options), finding).map((fix) => {
    const field = fieldOf(doc, fix.patch)
    return {
      id: fix.id,
      label: fix.label,
      apply: (d: DesignDocument) => applyPatch(d, fix.patch, random),
      ...(field ? { field } : {}),
    }
  })
}
