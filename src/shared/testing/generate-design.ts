// A seeded generator of large, valid, realistic designs for tests and benchmarks: a CAS with child
// primaries (each with servers, management points, software update points, distribution points and
// CMG connection points), secondaries, Azure subscriptions with CMGs, client populations assigned to
// primaries, boundary groups, and edges of every kind, laid out on a grid without overlaps. Pure and
// deterministic (its own PRNG, no clock): the same (nodeCount, seed) always gives the same document.
// Runs anywhere: the rules benchmark in Node, unit tests, and the renderer's performance pages.
import {
  DesignDocument,
  FORMAT_ID,
  FORMAT_VERSION,
  SCHEMA_VERSION,
  type DesignDocumentInput,
} from '../model/document'
import type { DesignEdge, EdgeKind, NodeKind } from '../model/schema'
import { MAX_NODES } from '../model/limits'

/** mulberry32: a small, fast 32-bit PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------------------------------------------------------------------------------------------
// Layout geometry (the same conventions as the shipped templates)

const ROLE_X = 10
const ROLE_TOP = 44
const ROLE_PITCH = 54
const SERVER_WIDTH = 190
const SERVER_BOTTOM = 10
const SITE_PAD = 20
const SITE_TOP = 56
const SERVER_GAP = 20
const SERVERS_PER_ROW = 6
const LEAF_WIDTH = 220
const LEAF_HEIGHT = 80
const TOP_GAP = 60
const MAX_ROW_WIDTH = 4_000

const TENANT_ID = 'tenant-1'
const DOMAIN = 'contoso.com'
const EVALUATION_DATE = '2026-01-15'
const MAX_PRIMARIES = 25
const MAX_EXTRA_MPS = 14
const MAX_EXTRA_CPS = 3
const MAX_SECONDARIES = 250

const CITIES = [
  'Seattle',
  'Chicago',
  'Dallas',
  'Atlanta',
  'Boston',
  'Denver',
  'Toronto',
  'Mexico City',
  'Sao Paulo',
  'London',
  'Paris',
  'Berlin',
  'Madrid',
  'Milan',
  'Stockholm',
  'Warsaw',
  'Dubai',
  'Mumbai',
  'Singapore',
  'Tokyo',
  'Seoul',
  'Sydney',
  'Johannesburg',
  'Cairo',
  'Dublin',
]
const REGIONS = ['eastus', 'westeurope', 'westus2', 'northeurope', 'southeastasia']
const LOCATIONS = ['internet', 'internet', 'intranet', 'intranet', 'vpn', 'branch', 'mixed'] as const
const AUTH_METHODS = ['entra', 'entra', 'pki', 'token'] as const

// ---------------------------------------------------------------------------------------------
// The logical design before layout

interface Leaf {
  readonly id: string
  readonly kind: NodeKind
  readonly name: string
  readonly props: Record<string, unknown>
}

interface Server {
  readonly id: string
  readonly name: string
  readonly props: Record<string, unknown>
  readonly roles: Leaf[]
}

interface Site {
  readonly id: string
  readonly name: string
  readonly props: Record<string, unknown>
  readonly servers: Server[]
}

interface Subscription {
  readonly id: string
  readonly name: string
  readonly props: Record<string, unknown>
  readonly children: Leaf[]
}

interface Primary {
  readonly site: Site
  readonly cmgId: string
  readonly mpIds: string[]
  readonly supIds: string[]
  readonly dpIds: string[]
  readonly secondaries: Site[]
  readonly boundaryGroups: Leaf[]
  readonly populations: Leaf[]
  extraMps: number
  extraCps: number
  nextServer: number
}

/** A node as emitted, before the schema checks its props for its kind. */
interface RawNode {
  readonly id: string
  readonly kind: NodeKind
  readonly name: string
  readonly parentId?: string
  readonly position: { readonly x: number; readonly y: number }
  readonly size?: { readonly width: number; readonly height: number }
  readonly props: Record<string, unknown>
}

type Rng = () => number
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T
const pad = (n: number, width: number): string => String(n).padStart(width, '0')

function server(id: string, host: string, roles: Leaf[], extra: Record<string, unknown> = {}): Server {
  return { id, name: host.toUpperCase(), props: { fqdn: `${host}.${DOMAIN}`, ...extra }, roles }
}

const role = (id: string, kind: NodeKind, name: string, props: Record<string, unknown> = {}): Leaf => ({
  id,
  kind,
  name,
  props,
})

/** Nodes the fixed part of a design with `primaries` primaries and `cmgs` CMGs uses. */
function fixedNodeCount(primaries: number, cmgs: number, subscriptions: number): number {
  const central = 4 // CAS site, its site server, SCP, top-level SUP
  const azure = subscriptions + cmgs + 1 // + one existing cloud distribution point
  const note = 1
  const perPrimary = 9 // site, site server + MP + SUP + DP, CP server + CP, one boundary group, one population
  return central + azure + note + primaries * perPrimary
}

type Filler = 'dpServer' | 'secondary' | 'population' | 'boundaryGroup' | 'mpServer' | 'cpServer'
const FILLER_COST: Readonly<Record<Filler, number>> = {
  dpServer: 2,
  secondary: 4,
  population: 1,
  boundaryGroup: 1,
  mpServer: 2,
  cpServer: 2,
}
const FILLER_WEIGHTS: readonly (readonly [Filler, number])[] = [
  ['dpServer', 3],
  ['secondary', 2],
  ['population', 4],
  ['boundaryGroup', 2],
  ['mpServer', 0.5],
  ['cpServer', 0.3],
]
const TOTAL_WEIGHT = FILLER_WEIGHTS.reduce((n, [, w]) => n + w, 0)

function pickFiller(rng: Rng): Filler {
  let r = rng() * TOTAL_WEIGHT
  for (const [filler, weight] of FILLER_WEIGHTS) {
    r -= weight
    if (r < 0) return filler
  }
  return 'population'
}

/** A three-character site code for the k-th secondary: "000", "001" … (never "CAS" or "Pnn"). */
const secondaryCode = (k: number): string => k.toString(36).toUpperCase().padStart(3, '0')

// ---------------------------------------------------------------------------------------------
// Layout

interface Placed {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

const serverHeight = (s: Server): number =>
  ROLE_TOP + Math.max(1, s.roles.length) * ROLE_PITCH + SERVER_BOTTOM

/** Positions of a site's servers (relative to the site) and the site's size. */
function layoutSite(site: Site): { servers: Placed[]; width: number; height: number } {
  const servers: Placed[] = []
  let y = SITE_TOP
  let widest = 0
  for (let row = 0; row * SERVERS_PER_ROW < site.servers.length; row++) {
    const rowServers = site.servers.slice(row * SERVERS_PER_ROW, (row + 1) * SERVERS_PER_ROW)
    let rowHeight = 0
    rowServers.forEach((s, col) => {
      const height = serverHeight(s)
      servers.push({ x: SITE_PAD + col * (SERVER_WIDTH + SERVER_GAP), y, width: SERVER_WIDTH, height })
      rowHeight = Math.max(rowHeight, height)
    })
    widest = Math.max(widest, rowServers.length)
    y += rowHeight + SERVER_GAP
  }
  return { servers, width: SITE_PAD + widest * (SERVER_WIDTH + SERVER_GAP), height: y }
}

/** Shelf packing of top-level items: left to right, wrapping at MAX_ROW_WIDTH; `breakRow` starts a new band. */
class Shelf {
  private x = 0
  private y = 0
  private rowHeight = 0

  place(width: number, height: number): { x: number; y: number } {
    if (this.x > 0 && this.x + width > MAX_ROW_WIDTH) this.breakRow()
    const at = { x: this.x, y: this.y }
    this.x += width + TOP_GAP
    this.rowHeight = Math.max(this.rowHeight, height)
    return at
  }

  breakRow(): void {
    if (this.x === 0) return
    this.x = 0
    this.y += this.rowHeight + TOP_GAP
    this.rowHeight = 0
  }
}

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * A valid design of exactly `nodeCount` nodes from 26 up to MAX_NODES (smaller requests get the
 * smallest complete design, 26 nodes). The same arguments always return the same design.
 */
export function generateDesign(nodeCount: number, seed = 1): DesignDocument {
  const target = Math.min(MAX_NODES, Math.max(0, Math.floor(Number.isFinite(nodeCount) ? nodeCount : 0)))
  const rng = mulberry32(seed)
  const primaryCount = Math.min(MAX_PRIMARIES, Math.max(2, Math.round(Math.sqrt(target) / 3)))
  const cmgCount = Math.min(5, Math.ceil(primaryCount / 5))
  const subscriptionCount = cmgCount <= 2 ? 1 : 2

  // Central site and Azure.
  const cas: Site = {
    id: 'site-cas',
    name: 'Central administration site',
    props: { siteCode: 'CAS', type: 'cas', location: 'Headquarters datacenter', sqlEdition: 'enterprise' },
    servers: [
      server(
        'srv-cas',
        'cas-ss',
        [
          role('scp-cas', 'serviceConnectionPoint', 'SCP', { mode: 'online' }),
          role('sup-cas', 'softwareUpdatePoint', 'SUP-CAS'),
        ],
        {
          isSiteServer: true,
        },
      ),
    ],
  }
  const cmgs: Leaf[] = []
  for (let c = 0; c < cmgCount; c++) {
    const region = REGIONS[c % REGIONS.length] as string
    const prefix = `contosocmg${c + 1}`
    cmgs.push({
      id: `cmg-${c + 1}`,
      kind: 'cmg',
      name: `CMG ${region}`,
      props: {
        prefix,
        serviceNameCn: `${prefix}.${DOMAIN}`,
        certIssuer: 'publicCA',
        certKeyLength: 2048,
        dnsCnameConfigured: true,
        method: 'vmss',
        lifecycle: 'new',
        region,
        resourceGroup: { name: `rg-cmg-${region}`, mode: 'new', region },
        vmSize: 'Standard_A2_v2',
        vmCount: 2,
        contentEnabled: true,
        trustedRootChainUploaded: true,
      },
    })
  }
  const subscriptions: Subscription[] = []
  for (let s = 0; s < subscriptionCount; s++)
    subscriptions.push({
      id: `sub-${s + 1}`,
      name: s === 0 ? 'Contoso production' : `Contoso production ${s + 1}`,
      props: {
        subscriptionName: s === 0 ? 'Contoso production' : `Contoso production ${s + 1}`,
        tenantId: TENANT_ID,
        registeredProviders: [
          'Microsoft.KeyVault',
          'Microsoft.Storage',
          'Microsoft.Network',
          'Microsoft.Compute',
        ],
      },
      children: [],
    })
  cmgs.forEach((cmg, c) => (subscriptions[c % subscriptionCount] as Subscription).children.push(cmg))
  ;(subscriptions[0] as Subscription).children.push({
    id: 'cdp-1',
    kind: 'cloudDistributionPoint',
    name: 'Cloud DP (legacy)',
    props: { lifecycle: 'existing' },
  })

  // Primaries with their mandatory servers and roles.
  const primaries: Primary[] = []
  let populationSeq = 0
  let boundaryGroupSeq = 0
  let secondarySeq = 0
  const newPopulation = (p: number): Leaf => {
    const location = pick(rng, LOCATIONS)
    const count = 50 + Math.round(rng() * 295) * 10
    const usesCmg = location === 'internet' || location === 'mixed'
    const id = `pop-${pad(p + 1, 2)}-${pad(++populationSeq, 5)}`
    return {
      id,
      kind: 'clientPopulation',
      name: `${CITIES[p % CITIES.length]} ${location} clients ${populationSeq}`,
      props: {
        count,
        concurrent: Math.round(count * (0.3 + rng() * 0.4)),
        location,
        usesCmg,
        // The CMG serves no macOS clients, so only on-premises populations include Macs.
        os: !usesCmg && rng() < 0.2 ? ['win10plus', 'macOS'] : ['win10plus'],
        joinType: 'hybridJoined',
        identityType: 'hybrid',
        identityTenantId: TENANT_ID,
        authMethod: pick(rng, AUTH_METHODS),
      },
    }
  }
  const newBoundaryGroup = (p: number): Leaf => {
    const n = ++boundaryGroupSeq
    return {
      id: `bg-${pad(p + 1, 2)}-${pad(n, 5)}`,
      kind: 'boundaryGroup',
      name: `${CITIES[p % CITIES.length]} boundary group ${n}`,
      props: { allowPeerDownloads: true },
    }
  }
  for (let p = 0; p < primaryCount; p++) {
    const code = `P${pad(p + 1, 2)}`
    const tag = pad(p + 1, 2)
    const host = code.toLowerCase()
    const mp = role(`mp-${tag}-1`, 'managementPoint', `MP-${code}`, {
      allowCmgTraffic: true,
      aspNet45: true,
      clientConnections: 'both',
    })
    const sup = role(`sup-${tag}-1`, 'softwareUpdatePoint', `SUP-${code}`, {
      allowCmgTraffic: true,
      clientConnections: 'both',
    })
    const dp = role(`dp-${tag}-1`, 'distributionPoint', `DP-${code}`)
    const cp = role(`cp-${tag}-1`, 'cmgConnectionPoint', `CMGCP-${code}-1`)
    const site: Site = {
      id: `site-${tag}`,
      name: `${CITIES[p % CITIES.length]} primary`,
      props: {
        siteCode: code,
        type: 'primary',
        location: `${CITIES[p % CITIES.length]} datacenter`,
        ehttpEnabled: true,
        usePkiClientCertWhenAvailable: true,
        restrictedCtl: true,
      },
      servers: [
        server(`srv-${tag}-1`, `${host}-ss`, [mp, sup, dp], { isSiteServer: true }),
        server(`srv-${tag}-2`, `${host}-cp1`, [cp]),
      ],
    }
    primaries.push({
      site,
      cmgId: (cmgs[p % cmgCount] as Leaf).id,
      mpIds: [mp.id],
      supIds: [sup.id],
      dpIds: [dp.id],
      secondaries: [],
      boundaryGroups: [newBoundaryGroup(p)],
      populations: [newPopulation(p)],
      extraMps: 0,
      extraCps: 0,
      nextServer: 3,
    })
  }

  // Fill the remaining budget with realistic growth, round-robin over the primaries.
  let remaining = target - fixedNodeCount(primaryCount, cmgCount, subscriptionCount)
  for (let i = 0; remaining > 0; i++) {
    const p = i % primaryCount
    const primary = primaries[p] as Primary
    const tag = pad(p + 1, 2)
    const code = `P${tag}`
    let filler = pickFiller(rng)
    if (FILLER_COST[filler] > remaining) filler = 'population'
    if (filler === 'mpServer' && primary.extraMps >= MAX_EXTRA_MPS) filler = 'dpServer'
    if (filler === 'cpServer' && primary.extraCps >= MAX_EXTRA_CPS) filler = 'dpServer'
    if (filler === 'secondary' && primary.secondaries.length >= MAX_SECONDARIES) filler = 'dpServer'
    if (FILLER_COST[filler] > remaining) filler = 'population'
    const n = primary.nextServer
    switch (filler) {
      case 'dpServer': {
        const dp = role(`dp-${tag}-${n}`, 'distributionPoint', `DP-${code}-${n}`, { isPull: rng() < 0.3 })
        primary.site.servers.push(server(`srv-${tag}-${n}`, `${code.toLowerCase()}-dp${n}`, [dp]))
        primary.dpIds.push(dp.id)
        primary.nextServer++
        break
      }
      case 'mpServer': {
        const mp = role(`mp-${tag}-${n}`, 'managementPoint', `MP-${code}-${n}`, {
          allowCmgTraffic: rng() < 0.5,
          aspNet45: true,
        })
        primary.site.servers.push(server(`srv-${tag}-${n}`, `${code.toLowerCase()}-mp${n}`, [mp]))
        primary.mpIds.push(mp.id)
        primary.extraMps++
        primary.nextServer++
        break
      }
      case 'cpServer': {
        const cp = role(`cp-${tag}-${n}`, 'cmgConnectionPoint', `CMGCP-${code}-${n}`)
        primary.site.servers.push(server(`srv-${tag}-${n}`, `${code.toLowerCase()}-cp${n}`, [cp]))
        primary.extraCps++
        primary.nextServer++
        break
      }
      case 'secondary': {
        const sc = secondaryCode(++secondarySeq)
        const host = `sec-${sc.toLowerCase()}`
        const mp = role(`mp-sec-${sc}`, 'managementPoint', `MP-${sc}`)
        const dp = role(`dp-sec-${sc}`, 'distributionPoint', `DP-${sc}`)
        primary.secondaries.push({
          id: `site-sec-${sc}`,
          name: `${CITIES[p % CITIES.length]} branch ${primary.secondaries.length + 1}`,
          props: { siteCode: sc, type: 'secondary', location: `${CITIES[p % CITIES.length]} branch office` },
          servers: [server(`srv-sec-${sc}`, host, [mp, dp], { isSiteServer: true })],
        })
        primary.dpIds.push(dp.id)
        break
      }
      case 'boundaryGroup':
        primary.boundaryGroups.push(newBoundaryGroup(p))
        break
      case 'population':
        primary.populations.push(newPopulation(p))
        break
    }
    remaining -= FILLER_COST[filler]
  }

  // Edges of every kind.
  const edges: DesignEdge[] = []
  const edge = (kind: EdgeKind, source: string, target: string): void => {
    edges.push({ id: `e-${kind}-${edges.length + 1}`, kind, source, target })
  }
  const concurrentByCmg = new Map<string, number>()
  for (const cmg of cmgs) edge('createdAt', cmg.id, cas.id)
  for (const primary of primaries) {
    edge('hierarchy', cas.id, primary.site.id)
    for (const secondary of primary.secondaries) edge('hierarchy', primary.site.id, secondary.id)
    for (const s of primary.site.servers)
      for (const r of s.roles) if (r.kind === 'cmgConnectionPoint') edge('linkedTo', r.id, primary.cmgId)
    primary.boundaryGroups.forEach((bg, b) => {
      edge('references', bg.id, pick(rng, primary.mpIds))
      edge('references', bg.id, pick(rng, primary.supIds))
      edge('references', bg.id, pick(rng, primary.dpIds))
      if (b === 0 || rng() < 0.5) edge('references', bg.id, primary.cmgId)
    })
    for (const pop of primary.populations) {
      edge('assignedTo', pop.id, primary.site.id)
      edge('inBoundaryGroup', pop.id, pick(rng, primary.boundaryGroups).id)
      if (pop.props.usesCmg === true) {
        edge('uses', pop.id, primary.cmgId)
        concurrentByCmg.set(
          primary.cmgId,
          (concurrentByCmg.get(primary.cmgId) ?? 0) + (pop.props.concurrent as number),
        )
      }
    }
  }
  // Size each CMG for the clients pinned to it, as a planner would (Large VMs when Standard runs out).
  for (const cmg of cmgs) {
    const load = concurrentByCmg.get(cmg.id) ?? 0
    const large = load > 16 * 6_000 * 0.8
    const perVm = large ? 10_000 : 6_000
    cmg.props.vmSize = large ? 'Standard_A4_v2' : 'Standard_A2_v2'
    cmg.props.vmCount = Math.min(16, Math.max(2, Math.ceil((load * 1.2) / perVm)))
  }

  // Layout and emission: parents always precede their children.
  const nodes: RawNode[] = []
  const shelf = new Shelf()
  const emitSite = (site: Site): void => {
    const laid = layoutSite(site)
    const at = shelf.place(laid.width, laid.height)
    nodes.push({
      id: site.id,
      kind: 'site',
      name: site.name,
      position: at,
      size: { width: laid.width, height: laid.height },
      props: site.props,
    })
    site.servers.forEach((s, i) => {
      const box = laid.servers[i] as Placed
      nodes.push({
        id: s.id,
        kind: 'server',
        name: s.name,
        parentId: site.id,
        position: { x: box.x, y: box.y },
        size: { width: box.width, height: box.height },
        props: s.props,
      })
      s.roles.forEach((r, k) =>
        nodes.push({
          id: r.id,
          kind: r.kind,
          name: r.name,
          parentId: s.id,
          position: { x: ROLE_X, y: ROLE_TOP + k * ROLE_PITCH },
          props: r.props,
        }),
      )
    })
  }
  const emitLeaf = (leaf: Leaf): void => {
    nodes.push({
      id: leaf.id,
      kind: leaf.kind,
      name: leaf.name,
      position: shelf.place(LEAF_WIDTH, LEAF_HEIGHT),
      props: leaf.props,
    })
  }

  emitSite(cas)
  for (const sub of subscriptions) {
    const width = SITE_PAD + sub.children.length * (LEAF_WIDTH + SERVER_GAP)
    const height = SITE_TOP + LEAF_HEIGHT + SITE_PAD
    nodes.push({
      id: sub.id,
      kind: 'azureSubscription',
      name: sub.name,
      position: shelf.place(width, height),
      size: { width, height },
      props: sub.props,
    })
    sub.children.forEach((child, i) =>
      nodes.push({
        id: child.id,
        kind: child.kind,
        name: child.name,
        parentId: sub.id,
        position: { x: SITE_PAD + i * (LEAF_WIDTH + SERVER_GAP), y: SITE_TOP },
        props: child.props,
      }),
    )
  }
  emitLeaf({
    id: 'note-1',
    kind: 'note',
    name: 'About this design',
    props: { text: `Generated design: ${target} nodes, seed ${seed}.` },
  })
  for (const primary of primaries) {
    shelf.breakRow()
    emitSite(primary.site)
    for (const secondary of primary.secondaries) emitSite(secondary)
    for (const bg of primary.boundaryGroups) emitLeaf(bg)
    for (const pop of primary.populations) emitLeaf(pop)
  }

  const input = {
    format: FORMAT_ID,
    formatVersion: FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    app: { name: 'CMG Designer', version: 'generated' },
    design: {
      name: `Generated design (${target} nodes, seed ${seed})`,
      cmVersion: 2509,
      environment: 'production',
      evaluationDate: EVALUATION_DATE,
      adUserDiscovery: true,
      pki: { available: true, crlPublishedExternally: true },
      tenants: [
        {
          id: TENANT_ID,
          name: 'Contoso (contoso.onmicrosoft.com)',
          cloudManagement: true,
          entraUserDiscovery: true,
        },
      ],
    },
    nodes: nodes as DesignDocumentInput['nodes'],
    edges,
    suppressions: [
      {
        ruleId: 'CMG-HA-002',
        nodeId: (cmgs[0] as Leaf).id,
        reason: 'Generated design: one connection point per primary is accepted.',
      },
    ],
  }
  // The schema fills every default and checks the result; a generator bug fails loudly here.
  return DesignDocument.parse(input)
}
