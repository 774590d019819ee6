// Capacity per node (docs/rules-catalogue.md section 1): for every CMG, CMG connection point, MP,
// SUP, site and the hierarchy, the load, the limit, the rule that fires when the load exceeds it,
// and the client growth factor at which it would. Pure; loads use the context's growth-scaled
// client counts.
import {
  CMG_MAX_VMS,
  fmt,
  type CmgNode,
  type CpNode,
  type PopNode,
  type RuleContext,
  type SiteNode,
} from './context'
import type { CapacityRow } from './types'

export { CMG_MAX_VMS }
export const VMS_PER_CONNECTION_POINT = 4
export const DEFAULT_DYNAMIC_PORTS = 16_384
/** Windows' largest dynamic port range, 1025-65535 (Microsoft KB 929851). */
export const EXTENDED_DYNAMIC_PORTS = 64_511
export const MP_CLIENTS = 25_000
export const SUP_CLIENTS_COLOCATED = 25_000
export const SUP_CLIENTS_REMOTE_TUNED = 150_000
export const STANDALONE_PRIMARY_CLIENTS = 175_000
export const STANDALONE_PRIMARY_WINDOWS = 150_000
export const CHILD_PRIMARY_CLIENTS = 150_000
export const SECONDARY_CLIENTS = 15_000
export const HIERARCHY_WINDOWS = 700_000
export const CAS_SQL_STANDARD_CLIENTS = 50_000

/** A population counts as Windows clients unless it is macOS only. */
export const isWindowsPopulation = (pop: PopNode): boolean =>
  !(pop.props.os.length > 0 && pop.props.os.every((o) => o === 'macOS'))

/** clients(s): clients assigned to a site. */
export const clientsAt = (ctx: RuleContext, site: SiteNode): number =>
  ctx.popsAt(site).reduce((n, p) => n + ctx.count(p), 0)

/** internetClients(s): clients of CMG-using populations assigned to a site. */
export const internetClientsAt = (ctx: RuleContext, site: SiteNode): number =>
  ctx.popsAt(site).reduce((n, p) => n + (p.props.usesCmg ? ctx.count(p) : 0), 0)

export const windowsClientsAt = (ctx: RuleContext, site: SiteNode): number =>
  ctx.popsAt(site).reduce((n, p) => n + (isWindowsPopulation(p) ? ctx.count(p) : 0), 0)

/**
 * Each CMG-using population spreads evenly over the CMGs it may use (all, or those it is pinned to).
 * One pass over the populations gives every CMG's share: the unpinned populations' shares, which
 * every CMG carries, plus the shares of the populations pinned to it. (Walking every population once
 * per CMG, as popsVia(c) does, made capacity quadratic in the design's size.)
 */
function sharesOverCmgs(ctx: RuleContext, measure: (pop: PopNode) => number): (cmg: CmgNode) => number {
  let unpinned = 0
  const pinnedShares = new Map<string, number>()
  for (const pop of ctx.popsCmg) {
    const pinned = ctx.pinnedCmgs(pop)
    if (pinned.length === 0) {
      unpinned += measure(pop) / ctx.cmgs.length
      continue
    }
    const share = measure(pop) / pinned.length
    for (const id of new Set(pinned.map((c) => c.id)))
      pinnedShares.set(id, (pinnedShares.get(id) ?? 0) + share)
  }
  return (cmg) => unpinned + (pinnedShares.get(cmg.id) ?? 0)
}

/** Concurrent clients a CMG is expected to carry (its capacity load). */
export const cmgLoad = (ctx: RuleContext, cmg: CmgNode): number =>
  ctx.cached('cmgLoads', () => sharesOverCmgs(ctx, (p) => ctx.concurrent(p)))(cmg)

/** Clients that use a CMG over a month (its egress driver), whether or not they connect at the same time. */
export const cmgClients = (ctx: RuleContext, cmg: CmgNode): number =>
  ctx.cached('cmgClients', () => sharesOverCmgs(ctx, (p) => ctx.count(p)))(cmg)

/**
 * load(cp): concurrent CMG clients assigned to the CP's site, shared by the site's connection points
 * (those linked to a CMG; one linked to none carries no clients).
 */
export function connectionPointLoad(ctx: RuleContext, cp: CpNode): number {
  const site = ctx.siteOf(cp)
  if (!site || !ctx.cmgOf(cp)) return 0
  const cps = ctx.cpsAtSite(site).length
  const concurrent = ctx.popsAt(site).reduce((n, p) => n + (p.props.usesCmg ? ctx.concurrent(p) : 0), 0)
  return cps > 0 ? concurrent / cps : 0
}

export const connectionPointPortLimit = (ctx: RuleContext, cp: CpNode): number =>
  ctx.serverOf(cp)?.props.tcpDynamicPortsExtended ? EXTENDED_DYNAMIC_PORTS : DEFAULT_DYNAMIC_PORTS

/** The smallest growth factor at which a load that scales with clients exceeds its limit. */
function breaksAt(ctx: RuleContext, load: number, limit: number): number | null {
  const base = load / ctx.growth
  if (base <= 0) return null
  return limit / base
}

/** What a CMG row measures, and why its limit is 0 when there is no documented capacity. */
function cmgRowLabel(ctx: RuleContext, cmg: CmgNode): string {
  const count = cmg.props.vmCount
  if (count < 1) return `Concurrent clients (${fmt(count)} VMs: no capacity)`
  const size = cmg.props.method === 'vmss' ? ctx.runSize(cmg) : cmg.props.method
  if (!ctx.capKnown(cmg))
    return `Concurrent clients (${fmt(ctx.vms(cmg))} × ${size}: no documented capacity for ${size})`
  const extra = count > CMG_MAX_VMS ? `; only ${CMG_MAX_VMS} of the design's ${fmt(count)} VMs count` : ''
  return `Concurrent clients (${fmt(ctx.vms(cmg))} × ${size} at ${fmt(ctx.perVm(cmg))} per VM${extra})`
}

function cmgRows(ctx: RuleContext): CapacityRow[] {
  return ctx.cmgs.map((cmg) => {
    const perVm = ctx.perVm(cmg)
    const load = cmgLoad(ctx, cmg)
    const limit = ctx.cap(cmg)
    return {
      nodeId: cmg.id,
      metric: 'concurrentClients',
      label: cmgRowLabel(ctx, cmg),
      load,
      limit,
      ruleId: 'CMG-CAP-001',
      vmsNeeded: perVm > 0 ? Math.max(1, Math.ceil(load / perVm)) : CMG_MAX_VMS + 1,
      // Without a documented capacity there is nothing to break (CMG-DEPLOY-007/009 report the CMG).
      breaksAtGrowth: ctx.capKnown(cmg) ? breaksAt(ctx, load, limit) : null,
    }
  })
}

function connectionPointRows(ctx: RuleContext): CapacityRow[] {
  const rows: CapacityRow[] = []
  for (const cp of ctx.cps) {
    const load = connectionPointLoad(ctx, cp)
    const limit = connectionPointPortLimit(ctx, cp)
    rows.push({
      nodeId: cp.id,
      metric: 'connectionPointPorts',
      label: `Client connections through this server (${limit === DEFAULT_DYNAMIC_PORTS ? 'default' : 'extended'} dynamic port range)`,
      load,
      limit,
      ruleId: 'CMG-CAP-003',
      breaksAtGrowth: breaksAt(ctx, load, limit),
    })
    const cmg = ctx.cmgOf(cp)
    const site = ctx.siteOf(cp)
    if (cmg && site) {
      const sharing = ctx.cpsOf(cmg, site).length
      const vms = ctx.vms(cmg)
      rows.push({
        nodeId: cp.id,
        metric: 'vmsPerConnectionPoint',
        label: `CMG VMs served (${fmt(vms)} VMs over ${sharing} connection point${sharing === 1 ? '' : 's'} at this site)`,
        load: vms / Math.max(1, sharing),
        limit: VMS_PER_CONNECTION_POINT,
        ruleId: 'CMG-CAP-002',
        breaksAtGrowth: null,
      })
    }
  }
  return rows
}

function roleRows(ctx: RuleContext): CapacityRow[] {
  const rows: CapacityRow[] = []
  for (const site of ctx.sites) {
    const clients = clientsAt(ctx, site)
    const mps = ctx.mps(site)
    const cmgMps = ctx.cmgMps(site)
    const internet = internetClientsAt(ctx, site)
    for (const mp of mps) {
      const all = clients / mps.length
      const viaCmg = mp.props.allowCmgTraffic && cmgMps.length > 0 ? internet / cmgMps.length : 0
      const load = Math.max(all, viaCmg)
      rows.push({
        nodeId: mp.id,
        metric: 'mpClients',
        label: viaCmg > all ? 'Clients per MP (internet clients over the CMG-enabled MPs)' : 'Clients per MP',
        load,
        limit: MP_CLIENTS,
        ruleId: 'CMG-CAP-004',
        breaksAtGrowth: breaksAt(ctx, load, MP_CLIENTS),
      })
    }
    const sups = ctx.sups(site)
    for (const sup of sups) {
      const tuned = sup.props.remote && sup.props.wsusPoolTuned
      const limit = tuned ? SUP_CLIENTS_REMOTE_TUNED : SUP_CLIENTS_COLOCATED
      const load = clients / sups.length
      rows.push({
        nodeId: sup.id,
        metric: 'supClients',
        label: tuned ? 'Clients per SUP (remote, WsusPool tuned)' : 'Clients per SUP (colocated or untuned)',
        load,
        limit,
        ruleId: 'CMG-CAP-005',
        breaksAtGrowth: breaksAt(ctx, load, limit),
      })
    }
  }
  return rows
}

function siteRows(ctx: RuleContext): CapacityRow[] {
  const rows: CapacityRow[] = []
  const row = (
    site: SiteNode,
    metric: CapacityRow['metric'],
    label: string,
    load: number,
    limit: number,
  ): CapacityRow => ({
    nodeId: site.id,
    metric,
    label,
    load,
    limit,
    ruleId: 'CMG-CAP-007',
    breaksAtGrowth: breaksAt(ctx, load, limit),
  })
  for (const site of ctx.sites) {
    const clients = clientsAt(ctx, site)
    if (site.props.type === 'primary' && ctx.isStandalone(site)) {
      rows.push(
        row(site, 'siteClients', 'Clients of a standalone primary', clients, STANDALONE_PRIMARY_CLIENTS),
      )
      rows.push(
        row(
          site,
          'siteWindowsClients',
          'Windows clients of a standalone primary',
          windowsClientsAt(ctx, site),
          STANDALONE_PRIMARY_WINDOWS,
        ),
      )
    } else if (site.props.type === 'primary') {
      rows.push(row(site, 'siteClients', 'Clients of a child primary', clients, CHILD_PRIMARY_CLIENTS))
    } else if (site.props.type === 'secondary') {
      rows.push(row(site, 'siteClients', 'Clients of a secondary site', clients, SECONDARY_CLIENTS))
    } else {
      let total = 0
      let windows = 0
      for (const s of ctx.sites) {
        total += clientsAt(ctx, s)
        windows += windowsClientsAt(ctx, s)
      }
      rows.push(
        row(site, 'hierarchyWindowsClients', 'Windows clients in the hierarchy', windows, HIERARCHY_WINDOWS),
      )
      if (site.props.sqlEdition === 'standard')
        rows.push(
          row(
            site,
            'hierarchyClientsSqlStandard',
            'Clients in a hierarchy whose CAS runs SQL Server Standard',
            total,
            CAS_SQL_STANDARD_CLIENTS,
          ),
        )
    }
  }
  return rows
}

/** Every capacity row of the design, in a stable order (CMGs, connection points, MPs/SUPs, sites). */
export function computeCapacity(ctx: RuleContext): readonly CapacityRow[] {
  return ctx.cached('capacity', () => [
    ...cmgRows(ctx),
    ...connectionPointRows(ctx),
    ...roleRows(ctx),
    ...siteRows(ctx),
  ])
}
