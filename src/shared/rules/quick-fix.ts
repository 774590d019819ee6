// Quick fixes as rules declare them: what the button says and the design change it makes, as a
// plain description (set properties, add connection points, replace an edge) that the renderer
// applies with one generic function (renderer/src/design/quick-fixes.ts). Here too: the builders
// several rules share (VM instances and sizes, connection points, edges). Pure.
import type { DesignNode, EdgeKind } from '../model/schema'
import { CMG_MAX_VMS, cmgLoad } from './capacity'
import { label, perVmLimit, type CmgNode, type RuleContext, type SiteNode } from './context'
import type { RuleHit } from './types'

/** A design change, described; the renderer re-reads the elements it names when applying it. */
export type DesignPatch =
  | {
      /** Merge `props` into the properties of node `nodeId`. */
      readonly kind: 'setProps'
      readonly nodeId: string
      readonly props: Readonly<Record<string, unknown>>
    }
  | {
      /** Add `count` new servers in site `siteId`, each holding a connection point linked to `cmgId`. */
      readonly kind: 'addConnectionPoints'
      readonly siteId: string
      readonly cmgId: string
      readonly count: number
    }
  | {
      /** Replace the edges of kind `edgeKind` leaving `source` by one edge to `target`. */
      readonly kind: 'replaceEdge'
      readonly edgeKind: EdgeKind
      readonly source: string
      readonly target: string
    }

export interface QuickFixSpec {
  /** Stable identifier of the kind of fix ("add-vms", "add-connection-point"…). */
  readonly id: string
  /** What the button says after "Fix: ", e.g. "Add a VM instance (1 → 2)". */
  readonly label: string
  readonly patch: DesignPatch
}

const STANDARD_SIZE = 'Standard_A2_v2'
const LARGE_SIZE = 'Standard_A4_v2'
/** First version whose VMSS CMGs offer a choice of VM size (and the Large size). */
const SIZE_CHOICE_FROM = 2107

/** The first of `ids` that is a node of `kind`. */
export function nodeOfKind<K extends DesignNode['kind']>(
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

/** Every node of `ids` that is of `kind`, in the order given. */
export function nodesOfKind<K extends DesignNode['kind']>(
  ctx: RuleContext,
  ids: readonly string[],
  kind: K,
): Extract<DesignNode, { kind: K }>[] {
  return ids.flatMap((id) => {
    const n = ctx.node(id)
    return n?.kind === kind ? [n as Extract<DesignNode, { kind: K }>] : []
  })
}

export const setPropsFix = (
  id: string,
  text: string,
  nodeId: string,
  props: Readonly<Record<string, unknown>>,
): QuickFixSpec => ({ id, label: text, patch: { kind: 'setProps', nodeId, props } })

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

function switchSizeFix(cmgId: string, size: string): QuickFixSpec {
  const tier = size === LARGE_SIZE ? 'Large' : 'Standard'
  return setPropsFix('switch-size', `Switch to ${size} (${tier})`, cmgId, { vmSize: size })
}

/** The offered size that carries the CMG's load at its VM count: Standard, or Large when needed. */
function supportedSize(ctx: RuleContext, cmg: CmgNode): string {
  if (cmg.props.method !== 'vmss' || ctx.v < SIZE_CHOICE_FROM) return STANDARD_SIZE
  const standard = perVmLimit({ ...cmg, props: { ...cmg.props, vmSize: STANDARD_SIZE } }, ctx.v)
  return standard * cmg.props.vmCount >= cmgLoad(ctx, cmg) ? STANDARD_SIZE : LARGE_SIZE
}

/** For a hit on a CMG whose size is not the supported one: switch to that size. */
export function supportedSizeFixes(ctx: RuleContext, hit: Pick<RuleHit, 'nodeIds'>): QuickFixSpec[] {
  const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
  if (!cmg) return []
  const size = supportedSize(ctx, cmg)
  return size === cmg.props.vmSize ? [] : [switchSizeFix(cmg.id, size)]
}

/**
 * For a hit on a CMG: more VM instances (at least `minimum`, enough for its share, at most 16),
 * and, once the count reaches `minimum`, the Large size when it carries the load at that count.
 */
export function vmFixes(ctx: RuleContext, hit: Pick<RuleHit, 'nodeIds'>, minimum: number): QuickFixSpec[] {
  const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
  if (!cmg) return []
  const fixes: QuickFixSpec[] = []
  const from = cmg.props.vmCount
  const to = Math.max(minimum, vmsNeeded(ctx, cmg))
  if (to > from && to <= CMG_MAX_VMS)
    fixes.push(
      setPropsFix(
        'add-vms',
        to === from + 1 ? `Add a VM instance (${from} → ${to})` : `Set ${to} VM instances (${from} → ${to})`,
        cmg.id,
        { vmCount: to },
      ),
    )
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
// Connection points and edges

export function addConnectionPointsFix(site: SiteNode, cmg: CmgNode, count: number): QuickFixSpec {
  return {
    id: 'add-connection-point',
    label:
      count === 1
        ? `Add a CMG connection point on a new server at ${label(site)}`
        : `Add ${count} CMG connection points on new servers at ${label(site)}`,
    patch: { kind: 'addConnectionPoints', siteId: site.id, cmgId: cmg.id, count },
  }
}

/** For a hit on a site and a CMG: `needed(have, cmg)` more connection points of the CMG there. */
export function moreConnectionPoints(
  ctx: RuleContext,
  hit: Pick<RuleHit, 'nodeIds'>,
  needed: (have: number, cmg: CmgNode) => number,
): QuickFixSpec[] {
  const site = nodeOfKind(ctx, hit.nodeIds, 'site')
  const cmg = nodeOfKind(ctx, hit.nodeIds, 'cmg')
  if (!site || !cmg) return []
  const count = needed(ctx.cpsOf(cmg, site).length, cmg)
  return count > 0 ? [addConnectionPointsFix(site, cmg, count)] : []
}

export const edgeFix = (
  id: string,
  text: string,
  edgeKind: EdgeKind,
  source: string,
  target: string,
): QuickFixSpec => ({ id, label: text, patch: { kind: 'replaceEdge', edgeKind, source, target } })

/** The one primary site clients could be assigned to, when there is exactly one. */
export function onlyPrimary(sites: readonly SiteNode[]): SiteNode | undefined {
  const primaries = sites.filter((s) => s.props.type === 'primary')
  return primaries.length === 1 ? primaries[0] : undefined
}
