// One-click fixes for findings whose fix is mechanical: add CMG VM instances, add a CMG connection
// point on a new server in a site (linked to the CMG, placed inside the site without overlapping),
// allow CMG traffic on a site's first management point, switch a CMG to an offered VM size, and
// complete the structure where only one answer fits (assign clients to the only primary or to a
// secondary's parent, create a CMG at the top-level site, link a connection point to the only CMG,
// cap peak concurrency at the client count). Each fix
// is a pure function from the current design to the next one, applied by the store as one undoable
// step; it re-reads the elements it needs at apply time and returns the design unchanged if they are
// gone. Pure; runs in the renderer.
import type { DesignDocument } from '../../../shared/model/document'
import { DesignNode, type DesignEdge } from '../../../shared/model/schema'
import { CMG_MAX_VMS, VMS_PER_CONNECTION_POINT, cmgLoad } from '../../../shared/rules/capacity'
import {
  RuleContext,
  label,
  perVmLimit,
  type CmgNode,
  type EvaluationOptions,
  type SiteNode,
} from '../../../shared/rules/context'
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

export interface QuickFix {
  /** Stable identifier of the kind of fix ("add-vms", "add-connection-point"…). */
  readonly id: string
  /** What the button says after "Fix: ", e.g. "Add a VM instance (1 → 2)". */
  readonly label: string
  /** The design with the fix applied (the same object when there is nothing left to fix). */
  readonly apply: (doc: DesignDocument) => DesignDocument
}

const STANDARD_SIZE = 'Standard_A2_v2'
const LARGE_SIZE = 'Standard_A4_v2'
/** First version whose VMSS CMGs offer a choice of VM size (and the Large size). */
const SIZE_CHOICE_FROM = 2107

type FindingRef = Pick<Finding, 'ruleId' | 'nodeIds'>

function nodeOfKind<K extends DesignNode['kind']>(
  ctx: RuleContext,
  ids: readonly string[],
  kind: K,
): Extract<DesignNode, { kind: K }> | undefined {
  for (const id of ids) {
    const n = ctx.node(id)
    if (n?.kind === kind) return n as Extract<DesignNode, { kind: K }>
  }
  return undefined
}

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
// VM instances and sizes

/**
 * VM instances a CMG needs so that its own share of the clients fits. Clients pick at random among
 * the CMGs they may use, so VMs beyond its share would not relieve another CMG (addendum A3.5).
 */
function vmsNeeded(ctx: RuleContext, cmg: CmgNode, perVm = ctx.perVm(cmg)): number {
  if (perVm <= 0) return Number.POSITIVE_INFINITY
  return Math.max(1, Math.ceil(cmgLoad(ctx, cmg) / perVm))
}

function setVmCountFix(cmgId: string, from: number, to: number): QuickFix {
  return {
    id: 'add-vms',
    label:
      to === from + 1 ? `Add a VM instance (${from} → ${to})` : `Set ${to} VM instances (${from} → ${to})`,
    apply: (doc) => withNodeProps(doc, cmgId, { vmCount: to }),
  }
}

function switchSizeFix(cmgId: string, size: string): QuickFix {
  const tier = size === LARGE_SIZE ? 'Large' : 'Standard'
  return {
    id: 'switch-size',
    label: `Switch to ${size} (${tier})`,
    apply: (doc) => withNodeProps(doc, cmgId, { vmSize: size }),
  }
}

/** The offered size that carries the CMG's load at its VM count: Standard, or Large when needed. */
function supportedSize(ctx: RuleContext, cmg: CmgNode): string {
  if (cmg.props.method !== 'vmss' || ctx.v < SIZE_CHOICE_FROM) return STANDARD_SIZE
  const standard = perVmLimit({ ...cmg, props: { ...cmg.props, vmSize: STANDARD_SIZE } }, ctx.v)
  return standard * cmg.props.vmCount >= cmgLoad(ctx, cmg) ? STANDARD_SIZE : LARGE_SIZE
}

function vmFixes(ctx: RuleContext, cmg: CmgNode, minimum: number): QuickFix[] {
  const fixes: QuickFix[] = []
  const from = cmg.props.vmCount
  const to = Math.max(minimum, vmsNeeded(ctx, cmg))
  if (to > from && to <= CMG_MAX_VMS) fixes.push(setVmCountFix(cmg.id, from, to))
  if (
    minimum <= from &&
    cmg.props.method === 'vmss' &&
    ctx.v >= SIZE_CHOICE_FROM &&
    cmg.props.vmSize !== LARGE_SIZE
  ) {
    const large = perVmLimit({ ...cmg, props: { ...cmg.props, vmSize: LARGE_SIZE } }, ctx.v)
    if (vmsNeeded(ctx, cmg, large) <= from) fixes.push(switchSizeFix(cmg.id, LARGE_SIZE))
  }
  return fixes
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

function addConnectionPointsFix(
  site: SiteNode,
  cmg: CmgNode,
  count: number,
  random?: RandomSource,
): QuickFix {
  return {
    id: 'add-connection-point',
    label:
      count === 1
        ? `Add a CMG connection point on a new server at ${label(site)}`
        : `Add ${count} CMG connection points on new servers at ${label(site)}`,
    apply: (doc) => {
      let next = doc
      for (let i = 0; i < count; i++) next = withConnectionPoint(next, site.id, cmg.id, random)
      return next
    },
  }
}

/** The site a CMG without connection points should get one at: where its clients are assigned. */
function siteForCmg(ctx: RuleContext, cmg: CmgNode): SiteNode | undefined {
  const primaries = (sites: readonly (SiteNode | undefined)[]) =>
    sites.find((s): s is SiteNode => s?.props.type === 'primary')
  return (
    primaries(ctx.popsVia(cmg).map((p) => ctx.popSite(p))) ??
    primaries([ctx.cmgSite(cmg)]) ??
    primaries(ctx.sites) ??
    ctx.top
  )
}

// ---------------------------------------------------------------------------------------------
// Structure

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

function edgeFix(
  id: string,
  text: string,
  kind: DesignEdge['kind'],
  source: string,
  target: string,
  random?: RandomSource,
): QuickFix {
  return { id, label: text, apply: (doc) => withOnlyEdge(doc, kind, source, target, random) }
}

/** The one primary site clients could be assigned to, when there is exactly one. */
function onlyPrimary(sites: readonly SiteNode[]): SiteNode | undefined {
  const primaries = sites.filter((s) => s.props.type === 'primary')
  return primaries.length === 1 ? primaries[0] : undefined
}

/** The primary a population at a secondary or the CAS belongs to, when only one fits. */
function primaryFor(ctx: RuleContext, site: SiteNode): SiteNode | undefined {
  if (site.props.type === 'secondary') {
    const parent = ctx.parentSite(site)
    return parent?.props.type === 'primary' ? parent : undefined
  }
  return onlyPrimary(ctx.childSites(site))
}

// ---------------------------------------------------------------------------------------------

/**
 * The mechanical fixes for a finding, evaluated with the same options (what-if growth) as the
 * finding itself; empty when its fix needs a decision only the user can make.
 */
export function quickFixesFor(
  doc: DesignDocument,
  finding: FindingRef,
  options: EvaluationOptions = {},
  random?: RandomSource,
): QuickFix[] {
  const ctx = new RuleContext(doc, options)
  const ids = finding.nodeIds
  switch (finding.ruleId) {
    case 'CMG-HA-001': {
      const cmg = nodeOfKind(ctx, ids, 'cmg')
      return cmg ? vmFixes(ctx, cmg, 2).filter((f) => f.id === 'add-vms') : []
    }
    case 'CMG-CAP-001': {
      const cmg = nodeOfKind(ctx, ids, 'cmg')
      return cmg ? vmFixes(ctx, cmg, 1) : []
    }
    case 'CMG-HA-002':
    case 'CMG-CAP-002': {
      const site = nodeOfKind(ctx, ids, 'site')
      const cmg = nodeOfKind(ctx, ids, 'cmg')
      if (!site || !cmg) return []
      const have = ctx.cpsOf(cmg, site).length
      const needed =
        finding.ruleId === 'CMG-HA-002'
          ? Math.max(1, 2 - have)
          : Math.ceil(cmg.props.vmCount / VMS_PER_CONNECTION_POINT) - have
      return needed > 0 ? [addConnectionPointsFix(site, cmg, needed, random)] : []
    }
    case 'CMG-TOPTIER-004': {
      const cmg = nodeOfKind(ctx, ids, 'cmg')
      const site = cmg ? siteForCmg(ctx, cmg) : undefined
      return cmg && site ? [addConnectionPointsFix(site, cmg, 1, random)] : []
    }
    case 'CMG-TOPTIER-005': {
      const pop = nodeOfKind(ctx, ids, 'clientPopulation')
      const site = nodeOfKind(ctx, ids, 'site')
      const cmg = pop ? (ctx.pinnedCmgs(pop)[0] ?? ctx.cmgs[0]) : undefined
      return site && cmg ? [addConnectionPointsFix(site, cmg, 1, random)] : []
    }
    case 'CMG-MP-001': {
      const site = nodeOfKind(ctx, ids, 'site')
      const mp = site ? ctx.mps(site)[0] : undefined
      if (!mp) return []
      return [
        {
          id: 'allow-cmg-traffic',
          label: `Allow CMG traffic on ${label(mp)}`,
          apply: (d) => withNodeProps(d, mp.id, { allowCmgTraffic: true }),
        },
      ]
    }
    case 'CMG-DEPLOY-007':
    case 'CMG-DEPLOY-008': {
      const cmg = nodeOfKind(ctx, ids, 'cmg')
      if (!cmg) return []
      const size = supportedSize(ctx, cmg)
      return size === cmg.props.vmSize ? [] : [switchSizeFix(cmg.id, size)]
    }
    case 'CMG-STRUCT-001': {
      const pop = nodeOfKind(ctx, ids, 'clientPopulation')
      const site = onlyPrimary(ctx.sites)
      return pop && site
        ? [edgeFix('assign-site', `Assign to ${label(site)}`, 'assignedTo', pop.id, site.id, random)]
        : []
    }
    case 'CMG-STRUCT-002': {
      const cmg = nodeOfKind(ctx, ids, 'cmg')
      const top = ctx.top
      return cmg && top
        ? [
            edgeFix(
              'create-at-top',
              `Create it at ${label(top)} (the top-level site)`,
              'createdAt',
              cmg.id,
              top.id,
              random,
            ),
          ]
        : []
    }
    case 'CMG-STRUCT-003': {
      const pop = nodeOfKind(ctx, ids, 'clientPopulation')
      const site = pop ? ctx.popSite(pop) : undefined
      const primary = site ? primaryFor(ctx, site) : undefined
      return pop && primary
        ? [edgeFix('assign-site', `Assign to ${label(primary)}`, 'assignedTo', pop.id, primary.id, random)]
        : []
    }
    case 'CMG-STRUCT-005': {
      const pop = nodeOfKind(ctx, ids, 'clientPopulation')
      if (!pop) return []
      const count = pop.props.count
      return [
        {
          id: 'cap-concurrency',
          label: `Set peak concurrency to the client count (${count.toLocaleString('en-US')})`,
          apply: (d) => withNodeProps(d, pop.id, { concurrent: count }),
        },
      ]
    }
    case 'CMG-STRUCT-006': {
      const cp = nodeOfKind(ctx, ids, 'cmgConnectionPoint')
      const [cmg, ...others] = ctx.cmgs
      return cp && cmg && others.length === 0
        ? [edgeFix('link-cmg', `Link to ${label(cmg)}`, 'linkedTo', cp.id, cmg.id, random)]
        : []
    }
    default:
      return []
  }
}
